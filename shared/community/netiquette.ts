/**
 * A netiquette as a versioned document: the organisation's rules for comments, as clauses with stable ids that
 * moderation records cite, what happens to a comment that breaks one, how people object, and where the rules are
 * published. Every change makes a new version with a dated note; earlier versions stay valid for the records that
 * cite them. `netiquetteSchema` is the trust boundary for stored or imported netiquettes; its errors are i18n keys
 * under `community.errors` (messages.ts).
 */
import { z } from 'zod';
import { UI_LOCALES, type UiLocale } from '../model/settings';
import { isPlainDate } from '../time/zoned';
import {
  CLAUSE_CONSEQUENCES,
  CLAUSE_ID_PATTERN,
  CLAUSE_TEMPLATES,
  type ClauseConsequence,
} from './netiquetteClauses';
import { parseHttpsUrl } from './urls';

export const NETIQUETTE_TEXT_MAX = 2000;
export const NETIQUETTE_NAME_MAX = 200;
export const NETIQUETTE_MAX_CLAUSES = 40;

export interface NetiquetteClause {
  id: string;
  title: string;
  text: string;
  /** The law the clause rests on, or null. */
  legalBasis: string | null;
  consequence: ClauseConsequence;
}

export interface NetiquetteOrganisation {
  name: string;
  /** Postal address, e-mail or phone of the team, as it should appear. */
  contact: string;
  /** How people object to a moderation decision, e.g. an e-mail address or a form's address. */
  objectionChannel: string;
  /** The https address where the netiquette is published. */
  publishedUrl: string;
}

export interface NetiquetteChange {
  version: number;
  /** `YYYY-MM-DD`. */
  date: string;
  note: string;
}

export interface Netiquette {
  locale: UiLocale;
  /** 1, 2, 3, … */
  version: number;
  /** `YYYY-MM-DD`: the date of the latest change. */
  validFrom: string;
  organisation: NetiquetteOrganisation;
  clauses: NetiquetteClause[];
  /** Every version's note, oldest first; the last one is this version's. */
  changes: NetiquetteChange[];
}

const error = (key: string) => ({ error: `community.errors.${key}` });

const isHttpsUrl = (value: string): boolean => parseHttpsUrl(value) !== null;

const requiredText = (key: string, max = NETIQUETTE_TEXT_MAX) =>
  z.string().trim().min(1, error(key)).max(max, error('textTooLong'));

const plainDate = z.string().refine(isPlainDate, error('dateInvalid'));

const clauseSchema = z
  .object({
    id: z.string().regex(CLAUSE_ID_PATTERN, error('clauseIdInvalid')),
    title: requiredText('clauseTitleRequired', NETIQUETTE_NAME_MAX),
    text: requiredText('clauseTextRequired'),
    legalBasis: z
      .string()
      .trim()
      .min(1, error('legalBasisInvalid'))
      .max(NETIQUETTE_NAME_MAX, error('textTooLong'))
      .nullable(),
    consequence: z.enum(CLAUSE_CONSEQUENCES, error('consequenceInvalid')),
  })
  .strict();

const organisationSchema = z
  .object({
    name: requiredText('organisationNameRequired', NETIQUETTE_NAME_MAX),
    contact: requiredText('contactRequired', NETIQUETTE_NAME_MAX),
    objectionChannel: requiredText('objectionChannelRequired', NETIQUETTE_NAME_MAX),
    publishedUrl: z.string().max(2048, error('textTooLong')).refine(isHttpsUrl, error('publishedUrlInvalid')),
  })
  .strict();

export const netiquetteSchema = z
  .object({
    locale: z.enum(UI_LOCALES, error('localeInvalid')),
    version: z.int().min(1, error('versionInvalid')).max(100_000, error('versionInvalid')),
    validFrom: plainDate,
    organisation: organisationSchema,
    clauses: z
      .array(clauseSchema)
      .min(1, error('noClauses'))
      .max(NETIQUETTE_MAX_CLAUSES, error('tooManyClauses')),
    changes: z
      .array(
        z
          .object({
            version: z.int().min(1, error('versionInvalid')),
            date: plainDate,
            note: requiredText('changeNoteRequired'),
          })
          .strict(),
      )
      .min(1, error('changeNoteRequired')),
  })
  .strict()
  .superRefine((netiquette, context) => {
    const seen = new Set<string>();
    netiquette.clauses.forEach((clause, index) => {
      if (seen.has(clause.id)) {
        context.addIssue({
          code: 'custom',
          path: ['clauses', index, 'id'],
          message: 'community.errors.clauseDuplicate',
        });
      }
      seen.add(clause.id);
    });
    // The history counts 1 … version, its dates never go back, and the last change is this version's.
    const ordered = netiquette.changes.every(
      (change, index, all) =>
        change.version === index + 1 && (index === 0 || (all[index - 1]?.date ?? '') <= change.date),
    );
    const last = netiquette.changes.at(-1);
    if (!ordered || last?.version !== netiquette.version || last.date !== netiquette.validFrom) {
      context.addIssue({ code: 'custom', path: ['changes'], message: 'community.errors.historyInvalid' });
    }
  });

export type NetiquetteResult = { ok: true; netiquette: Netiquette } | { ok: false; errors: string[] };

const ERROR_PREFIX = 'community.errors.';

/**
 * The distinct error keys of a failed parse, in order of appearance. zod's own messages (a value of the wrong
 * type, an unknown key) become the generic `community.errors.invalid`.
 */
export function errorKeys(issues: readonly { message: string }[]): string[] {
  return [
    ...new Set(
      issues.map((issue) =>
        issue.message.startsWith(ERROR_PREFIX) ? issue.message : `${ERROR_PREFIX}invalid`,
      ),
    ),
  ];
}

/** The trust boundary: a netiquette from storage or a file, checked, or its error keys. */
export function parseNetiquette(input: unknown): NetiquetteResult {
  const parsed = netiquetteSchema.safeParse(input);
  return parsed.success
    ? { ok: true, netiquette: parsed.data }
    : { ok: false, errors: errorKeys(parsed.error.issues) };
}

/** The ready-made clauses `ids` in `locale`; unknown ids are left out (check with `isBuiltInClauseId`). */
export function readyMadeClauses(ids: readonly string[], locale: UiLocale): NetiquetteClause[] {
  return ids.flatMap((id) => {
    const template = CLAUSE_TEMPLATES.find((candidate) => candidate.id === id);
    return template === undefined
      ? []
      : [{ id, consequence: template.consequence, ...template.texts[locale] }];
  });
}

export interface NetiquetteDraft {
  locale: UiLocale;
  /** Ids of ready-made clauses, in the order they should appear. */
  clauseIds: readonly string[];
  /** The organisation's own clauses, after the ready-made ones. */
  customClauses?: readonly NetiquetteClause[];
  organisation: NetiquetteOrganisation;
  /** `YYYY-MM-DD` of the first version. */
  date: string;
  changeNote: string;
}

/** Version 1 from chosen ready-made clauses, the organisation's own clauses and its data. */
export function buildNetiquette(draft: NetiquetteDraft): NetiquetteResult {
  const known = readyMadeClauses(draft.clauseIds, draft.locale);
  if (known.length !== draft.clauseIds.length)
    return { ok: false, errors: ['community.errors.clauseUnknown'] };
  return parseNetiquette({
    locale: draft.locale,
    version: 1,
    validFrom: draft.date,
    organisation: { ...draft.organisation },
    clauses: [...known, ...(draft.customClauses ?? []).map((clause) => ({ ...clause }))],
    changes: [{ version: 1, date: draft.date, note: draft.changeNote }],
  });
}

export interface NetiquetteChangeRequest {
  /** `YYYY-MM-DD`, not before the previous version's date. */
  date: string;
  note: string;
  /** The new list of clauses; default: unchanged. An id keeps its meaning: change the text, not the id. */
  clauses?: readonly NetiquetteClause[];
  organisation?: NetiquetteOrganisation;
}

/** The next version with a change note; the previous version stays as it was. */
export function bumpNetiquette(previous: Netiquette, change: NetiquetteChangeRequest): NetiquetteResult {
  if (isPlainDate(change.date) && change.date < previous.validFrom) {
    return { ok: false, errors: ['community.errors.dateBeforePrevious'] };
  }
  const version = previous.version + 1;
  return parseNetiquette({
    ...previous,
    version,
    validFrom: change.date,
    organisation: { ...(change.organisation ?? previous.organisation) },
    clauses: (change.clauses ?? previous.clauses).map((clause) => ({ ...clause })),
    changes: [
      ...previous.changes.map((entry) => ({ ...entry })),
      { version, date: change.date, note: change.note },
    ],
  });
}

/** Whether `clauseId` is a clause of `netiquette` (the version a record cites). */
export function hasClause(netiquette: Pick<Netiquette, 'clauses'>, clauseId: string): boolean {
  return netiquette.clauses.some((clause) => clause.id === clauseId);
}
