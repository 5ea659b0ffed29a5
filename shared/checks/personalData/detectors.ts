/**
 * Detectors for personal data in a post. Each returns spans (UTF-16, end exclusive) of one kind. They are
 * context-free regular expressions tuned to keep false positives low; known limits:
 * - phone: German, Swiss and Austrian numbers written with the trunk 0 or +49/+41/+43 (00 49 …); local numbers
 *   without an area code ("123456") are not found; digits may be grouped by single spaces, "/" or "-", never by
 *   dots, so dates, amounts, times, years and postal codes stay clear; a postal-code range ("01067 - 01069") can
 *   look like a number.
 * - licence plates: German plates need the usual shape "B-AB 1234" or "M AB 123" (district 1–3 capitals,
 *   1–2 capitals, 1–4 digits, optional E/H); with spaces only, train lines ("DB RE 7") are excluded; district codes
 *   are not checked against the official list. Swiss plates need a canton code and 3–6 digits (years 1900–2099
 *   excluded: "AG 2024"). Austrian plates need "W-12345A" (district, hyphen, digits, letters).
 * - addresses: a street name ending in -straße/-str./-weg/-gasse/… or "Berliner Straße", or a preposition form
 *   ("Am Markt", "An der Kirche"), followed by a house number of 1–3 digits; federal/state roads ("Bundesstraße 9")
 *   and times/years ("Am Sonntag 14 Uhr", "Im Jahr 2025") are excluded, as are non-street -platz compounds
 *   ("Parkplatz 2", "Tabellenplatz 3"); "-markt" compounds ("Kornmarkt 5") are not found; public places (a polling
 *   station "Goethestraße 7") are flagged too: put them on the allow list. Preposition forms need an ending that
 *   suits an address (end, punctuation, "in …", a postal code), so "Im Stadion 3 Verletzte" stays clear.
 * - German plates with spaces can still match capitals that are no plate ("EU AI 1").
 * - dates of birth: only after "geb.", "geboren (am)", "Geburtsdatum" or "Geburtstag".
 */
import { isValidAhv, isValidIban, IBAN_LENGTHS } from './checksums';

export type PersonalDataKind =
  'iban' | 'ahv' | 'email' | 'dateOfBirth' | 'phone' | 'licencePlate' | 'address';

export interface Span {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

function spans(
  text: string,
  pattern: RegExp,
  kind: PersonalDataKind,
  keep?: (m: RegExpExecArray) => boolean,
): Span[] {
  const found: Span[] = [];
  for (const match of text.matchAll(pattern)) {
    if (keep && !keep(match)) continue;
    if (match[0].length > 0) found.push({ kind, start: match.index, end: match.index + match[0].length });
  }
  return found;
}

const IBAN_START = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?=[ \u00A0]?[A-Z0-9])/gu;
const IBAN_CHAR = /[A-Z0-9]/u;

/** IBANs, spaced (groups of four) or not, kept only with a valid checksum and the country's length. */
export function findIbans(text: string): Span[] {
  const found: Span[] = [];
  for (const match of text.matchAll(IBAN_START)) {
    const start = match.index;
    const expected = IBAN_LENGTHS[match[0].slice(0, 2)];
    let compact = '';
    const ends: number[] = [];
    let i = start;
    while (i < text.length && compact.length < 34) {
      const char = text.charAt(i);
      if (IBAN_CHAR.test(char)) {
        compact += char;
        ends.push(i + 1);
        i += 1;
      } else if ((char === ' ' || char === '\u00A0') && IBAN_CHAR.test(text.charAt(i + 1))) {
        i += 1;
      } else break;
    }
    const lengths = expected === undefined ? ends.map((_e, n) => n + 1).reverse() : [expected];
    for (const length of lengths) {
      const end = ends[length - 1];
      if (end === undefined || length < 15) continue;
      if (/[\p{L}\p{N}]/u.test(text.charAt(end))) continue;
      if (isValidIban(compact.slice(0, length))) {
        found.push({ kind: 'iban', start, end });
        break;
      }
    }
  }
  return found;
}

const AHV = /(?<![\p{N}.])756[. ]?\d{4}[. ]?\d{4}[. ]?\d{2}(?![\p{N}]|\.\d)/gu;

export function findAhv(text: string): Span[] {
  return spans(text, AHV, 'ahv', (m) => isValidAhv(m[0].replace(/\D/gu, '')));
}

const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}][\p{L}\p{N}._%+-]*@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu;

export function findEmails(text: string): Span[] {
  return spans(text, EMAIL, 'email');
}

const MONTHS =
  'Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember';
const DOB = new RegExp(
  `(?<![\\p{L}])(?:geb\\.|geboren|Geburtsdatum|Geburtstag)(?:\\s*:)?\\s*(?:am\\s+)?` +
    `(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?(?:\\d{4}|\\d{2})(?!\\d)|\\d{1,2}\\.\\s?(?:${MONTHS})\\s+\\d{4}|` +
    `\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4})`,
  'giu',
);

export function findDatesOfBirth(text: string): Span[] {
  return spans(text, DOB, 'dateOfBirth');
}

const SEP = String.raw`(?:[ \u00A0]?[/–-][ \u00A0]?|[ \u00A0])?`;
const PHONE_INTERNATIONAL = new RegExp(
  String.raw`(?<![\p{L}\p{N}+])(?:\+|00[ \u00A0]?)(?:49|41|43)[ \u00A0/-]?(?:\(0\)[ \u00A0]?)?\(?\d{1,5}\)?(?:${SEP}\d){4,12}(?![\p{N}]|[.,:]\d)`,
  'gu',
);
const PHONE_NATIONAL = new RegExp(
  String.raw`(?<![\p{L}\p{N}+./,:–-])(?:\(0\d{1,5}\)|0\d{1,5})(?:${SEP}\d){4,11}(?![\p{N}]|[.,:/]\d)`,
  'gu',
);

function digitCount(value: string): number {
  return value.replace(/\D/gu, '').length;
}

export function findPhones(text: string): Span[] {
  const international = spans(text, PHONE_INTERNATIONAL, 'phone', (m) => {
    const digits = digitCount(m[0]);
    return digits >= 9 && digits <= 15;
  });
  const national = spans(text, PHONE_NATIONAL, 'phone', (m) => {
    const digits = digitCount(m[0]);
    return digits >= 7 && digits <= 13;
  });
  return [...international, ...national];
}

const GERMAN_PLATE =
  /(?<![\p{L}\p{N}-])([A-ZÄÖÜ]{1,3})([- ])([A-Z]{1,2}) ([1-9]\d{0,3}[EH]?)(?![\p{L}\p{N}])/gu;
const TRANSPORT_LINES = new Set([
  'RE',
  'RB',
  'IC',
  'EC',
  'S',
  'U',
  'A',
  'B',
  'L',
  'K',
  'ST',
  'NR',
  'TOP',
  'ZU',
]);
const SWISS_PLATE =
  /(?<![\p{L}\p{N}-])(?:AG|AI|AR|BE|BL|BS|FR|GE|GL|GR|JU|LU|NE|NW|OW|SG|SH|SO|SZ|TG|TI|UR|VD|VS|ZG|ZH) ?(\d{3,6})(?![\p{L}\p{N}]|[.,:]\d)/gu;
const AUSTRIAN_PLATE = /(?<![\p{L}\p{N}-])[A-Z]{1,2}-\d{1,5}[A-Z]{1,3}(?![\p{L}\p{N}])/gu;

export function findLicencePlates(text: string): Span[] {
  const german = spans(
    text,
    GERMAN_PLATE,
    'licencePlate',
    (m) => m[2] === '-' || !TRANSPORT_LINES.has(m[3] ?? ''),
  );
  const swiss = spans(text, SWISS_PLATE, 'licencePlate', (m) => !/^(?:19|20)\d\d$/u.test(m[1] ?? ''));
  return [...german, ...swiss, ...spans(text, AUSTRIAN_PLATE, 'licencePlate')];
}

const STREET_SUFFIX = 'straße|strasse|str\\.|weg|gasse|allee|platz|ring|damm|pfad|steig|chaussee|promenade';
const STREET_WORD = 'Straße|Strasse|Str\\.|Weg|Gasse|Allee|Platz|Ring|Damm|Ufer|Chaussee|Promenade|Markt';
const HOUSE_NUMBER = String.raw`[1-9]\d{0,2}(?:[ \u00A0]?[a-h])?(?:[ \u00A0]?[–-][ \u00A0]?[1-9]\d{0,2}[a-h]?)?(?![\p{L}\p{N}]|[.,:]\d|[ \u00A0](?:Uhr|Prozent|%|€|Euro|km|Minuten|Stunden)\b)`;
const NOT_A_STREET =
  /^(?:(?:Bundes|Landes|Land|Kreis|Staats|Gemeinde|Umgehungs|Schnell|Einbahn|Fuß|Rad|Wander|Heim|Rück|Hin|Schul)(?:straße|strasse|str\.|weg)|(?:Park|Spiel|Stell|Arbeits|Sport|Bolz|Camping|Sitz|Steh|Abstell|Ausbildungs|Kita|Krippen|Studien|Kinder|Fest|Zelt|Liege|Pflege|Heim|Wohn|Trainings|Lager|Flug|Tabellen|Start|Sieger|Podest|Stamm|Ehren|Treff)platz)/u;
const STREET_COMPOUND = new RegExp(
  String.raw`(?<![\p{L}\p{N}])[A-ZÄÖÜ]\p{L}{1,40}(?:-[A-ZÄÖÜ]\p{L}{0,40}){0,3}-?(?:${STREET_SUFFIX})[ \u00A0]?${HOUSE_NUMBER}`,
  'gu',
);
const STREET_TWO_WORDS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])[A-ZÄÖÜ][\p{L}-]{1,40}(?:er|sche|sches|scher)[ \u00A0](?:${STREET_WORD})[ \u00A0]${HOUSE_NUMBER}`,
  'gu',
);
const NOT_A_PLACE =
  'Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Wochenende|Abend|Morgen|Mittag|Vormittag|' +
  'Nachmittag|Tag|Jahr|Jahre|Monat|Zeitraum|Rahmen|Vorfeld|Anschluss|Ende|Anfang|Durchschnitt|Moment|Einsatz|' +
  'Schnitt|Wahlkreis|Bezirk|Ortsteil|Stadtteil|Kreis|Gebiet|Raum|Saal|Sitzungssaal|Zimmer|Raum|Haus|Gebäude|' +
  'Bus|Zug|Linie|Gleis|Kapitel|Abschnitt|Paragraf|Artikel|Punkt|Teil|Schritt|Alter|Februar|Januar|März|April|' +
  'Mai|Juni|Juli|August|September|Oktober|November|Dezember';
const STREET_PREPOSITION = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:Am|Im|Zum|Zur|Beim|An der|An den|An dem|Auf dem|Auf der|Auf den|In der|In den|Unter den|Hinter der|Hinter dem|Vor dem|Vor der)[ \u00A0](?!(?:${NOT_A_PLACE})\b)[A-ZÄÖÜ][\p{L}-]+[ \u00A0]${HOUSE_NUMBER}(?=$|\s*[,.;:!?)\n]|\s+(?:in|im|bei|und|oder|statt|ist|sind|–|-)(?![\p{L}])|\s+\d{4,5}(?!\d))`,
  'gu',
);

export function findAddresses(text: string): Span[] {
  const compound = spans(text, STREET_COMPOUND, 'address', (m) => !NOT_A_STREET.test(m[0]));
  return [
    ...compound,
    ...spans(text, STREET_TWO_WORDS, 'address'),
    ...spans(text, STREET_PREPOSITION, 'address'),
  ];
}

/** Detectors in priority order: where spans overlap, the earlier kind wins (an IBAN is no phone number). */
export const DETECTORS: readonly ((text: string) => Span[])[] = [
  findIbans,
  findAhv,
  findEmails,
  findDatesOfBirth,
  findPhones,
  findLicencePlates,
  findAddresses,
];
