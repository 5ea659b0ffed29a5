export { personalDataRule, detectPersonalData, PERSONAL_DATA_SOURCE } from './personalDataRule';
export { personalDataMessagesDe, personalDataMessagesEn } from './messages';
export { isValidAhv, isValidIban, IBAN_LENGTHS } from './checksums';
export { makeAllowList, normaliseForAllowList } from './allowList';
export type { PersonalDataKind, Span as PersonalDataSpan } from './detectors';
