import { addStrings } from '.';
import type { Strings } from './resources';

/** The strings of one dashboard page; they load with its code. */
export const svProfiling = {
  profiling: {
    title: 'Deltagande i profileringsarenor',
  },
} as const;

export const enProfiling: Strings<typeof svProfiling> = {
  profiling: {
    title: 'Profiling events',
  },
};

addStrings({ sv: svProfiling, en: enProfiling });
