import { addStrings } from '.';
import type { Strings } from './resources';

/** The strings of one dashboard page; they load with its code. */
export const svPartnerFinder = {
  partnerFinder: {
    title: 'Hitta partner',
  },
} as const;

export const enPartnerFinder: Strings<typeof svPartnerFinder> = {
  partnerFinder: {
    title: 'Partner finder',
  },
};

addStrings({ sv: svPartnerFinder, en: enPartnerFinder });
