/**
 * Personal data of citizens does not belong in a post (DSGVO Art. 5(1)(c) data minimisation, Art. 6 lawfulness;
 * Swiss and Austrian DSG alike): phone numbers, e-mail addresses, IBANs, Swiss AHV numbers, licence plates,
 * street addresses and dates of birth block. The organisation's own contact data (settings.allowList) is
 * exempt. See detectors.ts for what each detector finds and its known limits.
 */
import type { CheckFinding, CheckInput, CheckRule } from '../types';
import { makeAllowList } from './allowList';
import { DETECTORS, type PersonalDataKind, type Span } from './detectors';

export const PERSONAL_DATA_SOURCE = 'DSGVO Art. 5(1)(c), Art. 6';

const SOURCES: Record<PersonalDataKind, string> = {
  iban: PERSONAL_DATA_SOURCE,
  ahv: `${PERSONAL_DATA_SOURCE}; AHVG Art. 153b–153d (CH)`,
  email: PERSONAL_DATA_SOURCE,
  dateOfBirth: PERSONAL_DATA_SOURCE,
  phone: PERSONAL_DATA_SOURCE,
  licencePlate: PERSONAL_DATA_SOURCE,
  address: PERSONAL_DATA_SOURCE,
};

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** All detector spans, earlier detectors winning over later overlapping ones, sorted by position. */
export function detectPersonalData(text: string): Span[] {
  const kept: Span[] = [];
  for (const detect of DETECTORS) {
    for (const span of detect(text)) {
      if (span.end <= span.start || kept.some((other) => overlaps(other, span))) continue;
      kept.push(span);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The rule without its safety net (tests call it directly, so a throw cannot hide behind the catch). */
export function runPersonalData(input: CheckInput): CheckFinding[] {
  const text = input.text;
  if (typeof text !== 'string' || text.length === 0) return [];
  const allowed = makeAllowList(Array.isArray(input.settings.allowList) ? input.settings.allowList : []);
  return detectPersonalData(text)
    .filter((span) => !allowed(text.slice(span.start, span.end)))
    .map((span) => {
      const rule = `personalData.${span.kind}`;
      return {
        id: `${rule}:${span.start}`,
        rule,
        severity: 'block',
        messageKey: `checks.personalData.${span.kind}`,
        params: { text: text.slice(span.start, span.end) },
        range: { start: span.start, end: span.end },
        suggestion: null,
        source: SOURCES[span.kind],
      };
    });
}

export const personalDataRule: CheckRule = {
  family: 'personalData',
  run: (input) => {
    try {
      return runPersonalData(input);
    } catch {
      return [];
    }
  },
};
