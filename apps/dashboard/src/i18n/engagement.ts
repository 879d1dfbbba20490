import { addStrings } from '.';
import type { Strings } from './resources';

/** The strings of one dashboard page; they load with its code. */
export const svEngagement = {
  engagement: {
    title: 'Engagemang per förvaltning',
  },
} as const;

export const enEngagement: Strings<typeof svEngagement> = {
  engagement: {
    title: 'Engagement per department',
  },
};

addStrings({ sv: svEngagement, en: enEngagement });
