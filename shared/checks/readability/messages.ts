/**
 * Strings of the readability checks, for i18next (`{{param}}` interpolation). The renderer merges them under
 * `checks.readability`, so `longSentence` here is the key `checks.readability.longSentence`. Every message says
 * what to do; German addresses the person formally ("Sie").
 */
import type { ReadabilityRuleName } from './rules';

export const readabilityMessagesDe = {
  readingEase:
    'Dieser Text ist schwer zu lesen (Lesbarkeitswert {{score}}, Ziel mindestens {{target}}; Wiener Sachtextformel: Klasse {{grade}}). Bitte schreiben Sie kürzere Sätze und einfachere Wörter.',
  shortText:
    'Dieser kurze Text ist schwer zu lesen (LIX {{lix}}, gut lesbar sind Werte unter 50; Hauptwort- oder Amtsformen: {{forms}}). Bitte schreiben Sie kurze Sätze mit Verben: „Wenn Sie … berücksichtigen“ statt „Unter Berücksichtigung …“.',
  longSentence:
    'Dieser Satz hat {{count}} Wörter (empfohlen: höchstens {{max}}). Bitte teilen Sie ihn in zwei oder mehr Sätze.',
  longWord:
    '„{{word}}“ hat {{letters}} Buchstaben. Bitte gliedern Sie das Wort mit Bindestrich oder umschreiben Sie es.',
  nounStyle:
    'Dieser Satz enthält {{count}} Hauptwörter auf -ung, -heit oder -keit ({{words}}). Bitte verwenden Sie Verben: „Sie können beantragen“ statt „Die Beantragung ist möglich“.',
  abbreviation: 'Bitte schreiben Sie „{{term}}“ aus: „{{suggestion}}“.',
  acronym:
    'Nicht alle kennen „{{term}}“. Bitte erklären Sie die Abkürzung beim ersten Mal, zum Beispiel „ausgeschriebener Name ({{term}})“.',
  officeGerman: '„{{term}}“ ist Amtsdeutsch. Bitte schreiben Sie einfacher, zum Beispiel „{{suggestion}}“.',
} satisfies Record<ReadabilityRuleName, string>;

export type ReadabilityMessages = typeof readabilityMessagesDe;

export const readabilityMessagesEn: ReadabilityMessages = {
  readingEase:
    'This text is hard to read (reading ease {{score}}, target at least {{target}}; Wiener Sachtextformel: grade {{grade}}). Please write shorter sentences and simpler words.',
  shortText:
    'This short text is hard to read (LIX {{lix}}; below 50 reads well; noun-style or officialese forms: {{forms}}). Please write short sentences with verbs: “Wenn Sie … berücksichtigen” rather than “Unter Berücksichtigung …”.',
  longSentence:
    'This sentence has {{count}} words (recommended: at most {{max}}). Please split it into two or more sentences.',
  longWord: '“{{word}}” has {{letters}} letters. Please break the word up with a hyphen or rephrase it.',
  nounStyle:
    'This sentence has {{count}} nouns ending in -ung, -heit or -keit ({{words}}). Please use verbs instead: “Sie können beantragen” rather than “Die Beantragung ist möglich”.',
  abbreviation: 'Please spell out “{{term}}”: “{{suggestion}}”.',
  acronym:
    'Not everybody knows “{{term}}”. Please explain the abbreviation where it first appears, for example “the name in full ({{term}})”.',
  officeGerman: '“{{term}}” is officialese. Please write more plainly, for example “{{suggestion}}”.',
};
