import { addStrings } from '.';
import type { Strings } from './resources';

/** The strings of one dashboard page; they load with its code. */
export const svMembershipValue = {
  membershipValue: {
    title: 'Medlemskapens nytta',
  },
} as const;

export const enMembershipValue: Strings<typeof svMembershipValue> = {
  membershipValue: {
    title: 'Membership value',
  },
};

addStrings({ sv: svMembershipValue, en: enMembershipValue });
