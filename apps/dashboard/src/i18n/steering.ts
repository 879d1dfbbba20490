import { addStrings } from '.';
import type { Strings } from './resources';

/** The strings of one dashboard page; they load with its code. */
export const svSteeringBoard = {
  steeringBoard: {
    title: 'Styrgruppens översikt',
  },
} as const;

export const enSteeringBoard: Strings<typeof svSteeringBoard> = {
  steeringBoard: {
    title: 'Steering group overview',
  },
};

addStrings({ sv: svSteeringBoard, en: enSteeringBoard });
