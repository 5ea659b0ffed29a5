/**
 * Word lists of the readability rules: abbreviations to spell out and office German ("Amtsdeutsch") with plainer
 * alternatives, after the BBB-Arbeitshandbuch „Bürgernahe Verwaltungssprache“ of the Bundesverwaltungsamt.
 */

export interface LexiconEntry {
  /** The form shown to the person (message parameter). */
  term: string;
  /** Regular expression source, matched case-insensitively between word boundaries. */
  pattern: string;
  suggestion: string;
}

/** Abbreviation letters separated by a period and optional space: "i. d. R.", "i.d.R.". */
const abbreviation = (term: string, suggestion: string): LexiconEntry => ({
  term,
  pattern: term
    .split('.')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => `${part}\\.`)
    .join('\\s?'),
  suggestion,
});

export const ABBREVIATION_ENTRIES: readonly LexiconEntry[] = [
  abbreviation('i. d. R.', 'in der Regel'),
  abbreviation('ggf.', 'gegebenenfalls'),
  abbreviation('bzgl.', 'bezüglich'),
  abbreviation('lt.', 'laut'),
  abbreviation('u. U.', 'unter Umständen'),
  abbreviation('z. Hd.', 'zu Händen'),
  abbreviation('inkl.', 'inklusive'),
  abbreviation('zzgl.', 'zuzüglich'),
  abbreviation('evtl.', 'eventuell'),
  abbreviation('bzw.', 'beziehungsweise'),
  abbreviation('z. B.', 'zum Beispiel'),
  abbreviation('u. a.', 'unter anderem'),
  abbreviation('d. h.', 'das heißt'),
  abbreviation('usw.', 'und so weiter'),
  abbreviation('vgl.', 'vergleiche'),
  abbreviation('o. Ä.', 'oder Ähnliches'),
  abbreviation('sog.', 'sogenannt'),
  abbreviation('z. T.', 'zum Teil'),
  abbreviation('z. Zt.', 'zurzeit'),
  abbreviation('i. A.', 'im Auftrag'),
  abbreviation('i. V.', 'in Vertretung'),
  abbreviation('gem.', 'gemäß'),
  abbreviation('Abs.', 'Absatz'),
  abbreviation('insb.', 'insbesondere'),
  abbreviation('bspw.', 'beispielsweise'),
  abbreviation('mind.', 'mindestens'),
];

const ADJECTIVE_ENDING = '(?:e|en|er|es|em)?';
const office = (term: string, pattern: string, suggestion: string): LexiconEntry => ({
  term,
  pattern,
  suggestion,
});

export const OFFICE_GERMAN_ENTRIES: readonly LexiconEntry[] = [
  office('seitens', 'seitens', 'von'),
  office('diesbezüglich', `diesbezüglich${ADJECTIVE_ENDING}`, 'dazu'),
  office('bezüglich', 'bezüglich', 'zu'),
  office('zwecks', 'zwecks', 'für'),
  office('hinsichtlich', 'hinsichtlich', 'zu'),
  office('betreffend', `betreffend${ADJECTIVE_ENDING}|betreffs`, 'zu'),
  office('obliegen', 'obliegen|obliegt|oblag|oblagen', 'zuständig sein'),
  office('Inanspruchnahme', 'Inanspruchnahme', 'Nutzung'),
  office('beiliegend', `beiliegend${ADJECTIVE_ENDING}`, 'mit diesem Schreiben'),
  office('vorbehaltlich', 'vorbehaltlich', 'wenn'),
  office('unverzüglich', `unverzüglich${ADJECTIVE_ENDING}`, 'sofort'),
  office('Antragsteller', 'Antragsteller(?:in|innen|n|s)?', 'Antragstellende'),
  office('sofern', 'sofern', 'wenn'),
  office('gemäß', 'gemäß', 'nach'),
  office('mittels', 'mittels', 'mit'),
  office('im Rahmen von', 'im\\s+Rahmen\\s+(?:von|des|der|eines|einer)', 'bei'),
  office('aufgrund', 'aufgrund|auf\\s+Grund', 'wegen'),
  office('infolge', 'infolge', 'wegen'),
  office('nachstehend', `nachstehend${ADJECTIVE_ENDING}`, 'unten'),
  office('vorstehend', `vorstehend${ADJECTIVE_ENDING}`, 'oben'),
  office('fernmündlich', `fernmündlich${ADJECTIVE_ENDING}`, 'telefonisch'),
  office('postalisch', `postalisch${ADJECTIVE_ENDING}`, 'per Post'),
  office('Lichtbild', 'Lichtbild(?:er|es|ern)?', 'Foto'),
  office('Postwertzeichen', 'Postwertzeichen', 'Briefmarke'),
  office('Zuwiderhandlung', 'Zuwiderhandlung(?:en)?', 'Verstoß'),
  office('in Kenntnis setzen', 'in\\s+Kenntnis\\s+(?:zu\\s+)?(?:setzen|gesetzt)', 'informieren'),
  office('zur Kenntnis nehmen', 'zur\\s+Kenntnis\\s+(?:zu\\s+)?(?:nehmen|genommen)', 'beachten'),
  office('Rückäußerung', 'Rückäußerung(?:en)?', 'Antwort'),
  office('alsbald', 'alsbald', 'bald'),
  office('umgehend', `umgehend${ADJECTIVE_ENDING}`, 'sofort'),
  office('nebst', 'nebst', 'mit'),
  office('in Ermangelung', 'in\\s+Ermangelung', 'ohne'),
  office('Personenkraftwagen', 'Personenkraftwagen|Pkw|PKW', 'Auto'),
  office('Verfahrensweise', 'Verfahrensweise(?:n)?', 'Vorgehen'),
  office('zur Verfügung stellen', 'zur\\s+Verfügung\\s+(?:zu\\s+)?(?:stellen|gestellt)', 'bereitstellen'),
  office('Erfordernis', 'Erfordernis(?:se|sen)?', 'Bedarf'),
];
