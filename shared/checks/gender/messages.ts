/**
 * Texts of the gender findings for the renderer's i18next catalogues under `checks.gender` (a finding's
 * `messageKey` is `checks.gender.<key>`). Every finding has the params `term` (the flagged words) and
 * `suggestion` (the replacement, '' for `signForbiddenNoSuggestion`). Formal address; each text says what to do.
 */

/** German (de-DE) texts, formal address. */
export const genderMessagesDe = {
  masculineGeneric:
    '„{{term}}“ nennt nur Männer (generisches Maskulinum). Bitte schreiben Sie geschlechtergerecht, zum Beispiel ' +
    '„{{suggestion}}“.',
  signForbidden:
    '„{{term}}“ verwendet ein Genderzeichen (Stern, Doppelpunkt, Unterstrich, Mediopunkt oder Binnen-I). Nach den ' +
    'Sprachregeln Ihrer Organisation ist das nicht zulässig: Bitte schreiben Sie die Paarform oder eine neutrale ' +
    'Form, zum Beispiel „{{suggestion}}“.',
  signForbiddenNoSuggestion:
    '„{{term}}“ verwendet ein Genderzeichen (Stern, Doppelpunkt, Unterstrich, Mediopunkt oder Binnen-I). Nach den ' +
    'Sprachregeln Ihrer Organisation ist das nicht zulässig: Bitte schreiben Sie die Paarform (zum Beispiel ' +
    '„Bürgerinnen und Bürger“) oder eine neutrale Form.',
  signInconsistent:
    '„{{term}}“ verwendet ein anderes Genderzeichen als Ihre Organisation. Bitte schreiben Sie einheitlich ' +
    '„{{suggestion}}“.',
} as const;

/** English texts with the same keys. */
export const genderMessagesEn: Record<keyof typeof genderMessagesDe, string> = {
  masculineGeneric:
    '"{{term}}" only names men (generic masculine). Please write in a gender-inclusive way, for example ' +
    '"{{suggestion}}".',
  signForbidden:
    '"{{term}}" uses a gender sign (asterisk, colon, underscore, mid-dot or internal capital I). Your ' +
    "organisation's language rules do not allow it: please use the pair form or a neutral form, for example " +
    '"{{suggestion}}".',
  signForbiddenNoSuggestion:
    '"{{term}}" uses a gender sign (asterisk, colon, underscore, mid-dot or internal capital I). Your ' +
    'organisation\'s language rules do not allow it: please use the pair form (for example "Bürgerinnen und ' +
    'Bürger") or a neutral form.',
  signInconsistent:
    '"{{term}}" uses a different gender sign from your organisation. Please write "{{suggestion}}" consistently.',
};
