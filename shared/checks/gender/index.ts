export { findGenderIssues, genderRule, GENDER_SOURCES } from './genderRule';
export { genderMessagesDe, genderMessagesEn } from './messages';
export { GENDER_TERMS, type GenderTerm } from './terms';
export { THING_SUFFIXES, THING_WORDS } from './exceptions';
