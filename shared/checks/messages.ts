/** The check engine's messages of every family, mounted by the renderer under `checks.<family>`. */
import { crisisMessagesDe, crisisMessagesEn } from './crisis/messages';
import { genderMessagesDe, genderMessagesEn } from './gender/messages';
import { personalDataMessagesDe, personalDataMessagesEn } from './personalData/messages';
import { readabilityMessagesDe, readabilityMessagesEn } from './readability/messages';
import { toneMessagesDe, toneMessagesEn } from './tone/messages';
import { recruitingMessagesDe, recruitingMessagesEn } from './recruiting/messages';

export const checkMessagesDe = {
  crisis: crisisMessagesDe,
  gender: genderMessagesDe,
  personalData: personalDataMessagesDe,
  readability: readabilityMessagesDe,
  tone: toneMessagesDe,
  recruiting: recruitingMessagesDe,
};

export const checkMessagesEn = {
  crisis: crisisMessagesEn,
  gender: genderMessagesEn,
  personalData: personalDataMessagesEn,
  readability: readabilityMessagesEn,
  tone: toneMessagesEn,
  recruiting: recruitingMessagesEn,
};
