/**
 * Texts of the crisis findings for the renderer's i18next catalogues under `checks.crisis` (a finding's
 * `messageKey` is `checks.crisis.<key>`). Formal address; each text says what to do.
 */

/** German (de-DE) texts, formal address. */
export const crisisMessagesDe = {
  humourEmoji:
    'Das Emoji {{emoji}} wirkt scherzhaft. In der Krisenkommunikation ist Humor fehl am Platz: Bitte entfernen ' +
    'Sie es.',
  humourWord:
    '„{{text}}“ wirkt scherzhaft. In einer Krise erwarten Menschen sachliche, verlässliche Information: Bitte ' +
    'streichen Sie es.',
  exclamation:
    'Mehrere Ausrufezeichen („{{text}}“) wirken in einer Krise aufgeregt oder unseriös. Bitte setzen Sie ' +
    'höchstens ein Ausrufezeichen.',
  humourHashtag:
    'Der Hashtag {{hashtag}} kennzeichnet einen Scherz. Bitte entfernen Sie ihn aus dem Krisenbeitrag.',
  emoji:
    'Emojis ({{emoji}}) passen selten zu einer Krisenmeldung. Bitte prüfen Sie, ob das Emoji nötig ist, und ' +
    'entfernen Sie es sonst.',
} as const;

/** English texts with the same keys. */
export const crisisMessagesEn: Record<keyof typeof crisisMessagesDe, string> = {
  humourEmoji:
    'The emoji {{emoji}} reads as a joke. Humour is out of place in crisis communication: please remove it.',
  humourWord:
    '"{{text}}" reads as a joke. In a crisis people expect factual, reliable information: please delete it.',
  exclamation:
    'Several exclamation marks ("{{text}}") seem agitated or unprofessional in a crisis. Please use one at most.',
  humourHashtag: 'The hashtag {{hashtag}} marks a joke. Please remove it from the crisis post.',
  emoji:
    'Emoji ({{emoji}}) rarely suit a crisis message. Please check whether the emoji is needed and remove it ' +
    'otherwise.',
};
