import { addStrings } from '.';
import type { Strings } from './resources';

/** The strings of one dashboard page; they load with its code. */
export const svEvaluation = {
  evaluation: {
    title: 'Underlag för utvärdering av strategin',
  },
} as const;

export const enEvaluation: Strings<typeof svEvaluation> = {
  evaluation: {
    title: "Evidence for the strategy's evaluation",
  },
};

addStrings({ sv: svEvaluation, en: enEvaluation });
