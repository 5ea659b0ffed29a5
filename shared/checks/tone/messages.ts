/**
 * Texts of the tone findings for the renderer's i18next catalogues under `checks.tone` (a finding's
 * `messageKey` is `checks.tone.<key>`). Formal address; each text says what to do.
 */

/** German (de-DE) texts, formal address. */
export const toneMessagesDe = {
  hashtagCamelCase:
    'Der Hashtag {{hashtag}} besteht aus mehreren kleingeschriebenen Wörtern. Screenreader lesen ihn dann als ' +
    'ein unverständliches Wort vor. Bitte schreiben Sie jedes Wort groß (CamelCase), z. B. #ReisenFürAlle.',
  emojiInSentence:
    'Das Emoji {{emoji}} steht mitten im Satz. Screenreader lesen seinen Namen vor und unterbrechen so den Satz. ' +
    'Bitte setzen Sie Emojis ans Satz- oder Textende.',
  tooManyEmoji:
    'Der Text enthält {{count, number}} Emojis; empfohlen sind höchstens {{max, number}}. Screenreader lesen ' +
    'jedes Emoji vor. Bitte streichen Sie einige.',
  pseudoFormatting:
    'Diese Stelle ist mit mathematischen Sonderzeichen „fett“ oder „kursiv“ gesetzt. Screenreader lesen sie nicht ' +
    'oder Buchstabe für Buchstabe vor. Bitte schreiben Sie normal: „{{plain}}“.',
  allCaps:
    '„{{word}}“ steht in Großbuchstaben. Das wirkt wie Schreien und wird von Screenreadern oft buchstabiert. ' +
    'Bitte schreiben Sie das Wort normal.',
  exclamation:
    'Mehrere Ausrufezeichen („{{text}}“) wirken aufgeregt und werden einzeln vorgelesen. Bitte setzen Sie ' +
    'höchstens eines.',
  informalAddress:
    '„{{word}}“ ist die Du-Anrede; Ihre Organisation siezt. Bitte verwenden Sie durchgängig „Sie“.',
  formalAddress:
    '„{{word}}“ ist die Sie-Anrede; Ihre Organisation duzt. Bitte verwenden Sie durchgängig „du“.',
  linkInBio:
    '„{{text}}“ ist eine Instagram-Wendung; auf diesem Netzwerk gibt es keine Bio mit Link. Bitte setzen Sie ' +
    'den Link direkt in den Text.',
} as const;

/** English texts with the same keys. */
export const toneMessagesEn: Record<keyof typeof toneMessagesDe, string> = {
  hashtagCamelCase:
    'The hashtag {{hashtag}} runs several lower-case words together, so screen readers read it as one ' +
    'unintelligible word. Please capitalise each word (CamelCase), e.g. #ReisenFürAlle.',
  emojiInSentence:
    'The emoji {{emoji}} sits inside a sentence. Screen readers read its name aloud and break the sentence. ' +
    'Please put emoji at the end of a sentence or of the text.',
  tooManyEmoji:
    'The text has {{count, number}} emoji; at most {{max, number}} are recommended. Screen readers read each ' +
    'one aloud. Please delete some.',
  pseudoFormatting:
    'This passage uses mathematical symbols as "bold" or "italic" letters. Screen readers skip them or spell ' +
    'them out. Please write plain text: "{{plain}}".',
  allCaps:
    '"{{word}}" is written in capitals. It reads as shouting and screen readers often spell it out. Please ' +
    'write the word normally.',
  exclamation:
    'Several exclamation marks ("{{text}}") seem agitated and are read out one by one. Please use one at most.',
  informalAddress:
    '"{{word}}" is the informal address; your organisation uses the formal "Sie". Please use "Sie" throughout.',
  formalAddress:
    '"{{word}}" is the formal address; your organisation uses the informal "du". Please use "du" throughout.',
  linkInBio:
    '"{{text}}" is an Instagram phrase; this network has no bio link. Please put the link into the text itself.',
};
