/** Every rule family of the check engine, in the order their findings are listed. */
import { crisisRule } from './crisis/crisisRule';
import { genderRule } from './gender/genderRule';
import { personalDataRule } from './personalData/personalDataRule';
import { readabilityRule } from './readability/rules';
import { toneRule } from './tone/toneRule';
import type { CheckRule } from './types';

export const CHECK_RULES: readonly CheckRule[] = [
  crisisRule,
  personalDataRule,
  genderRule,
  toneRule,
  readabilityRule,
];
