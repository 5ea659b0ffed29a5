/**
 * The moderation record: when someone hides, deletes, answers, reports or blocks a comment on a network, they
 * record it in a few seconds. `moderationEntrySchema` is the trust boundary for entries from storage or an
 * import; `parseModerationEntry` adds what a schema alone cannot know: that the cited clause exists in the cited
 * netiquette version, and whether the note holds personal data.
 *
 * Data minimisation (DSGVO Art. 5(1)(c); revDSG Art. 6; DSG): an entry has no field for the commenter. The link
 * identifies the comment on the network, the note is for what happened, and it is scanned with the post checks'
 * personal-data detectors, whose findings flag the entry (a name cannot be detected; the UI says not to write one).
 */
import { z } from 'zod';
import { detectPersonalData } from '../checks/personalData/personalDataRule';
import type { Span } from '../checks/personalData/detectors';
import { CHANNELS, type Channel } from '../model/channels';
import { errorKeys, hasClause, type Netiquette } from './netiquette';
import { CLAUSE_ID_PATTERN } from './netiquetteClauses';
import { isHostOf, parseHttpsUrl, URL_MAX_LENGTH } from './urls';

export const MODERATION_ACTIONS = ['hidden', 'deleted', 'answered', 'reported', 'blocked'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

/** An answer needs no rule; every other action rests on a netiquette clause. */
export function actionNeedsClause(action: ModerationAction): boolean {
  return action !== 'answered';
}

/** The domains a comment's address may have, per network (subdomains such as m.facebook.com included). */
export const NETWORK_DOMAINS: Readonly<Record<Channel, readonly string[]>> = {
  facebook: ['facebook.com'],
  instagram: ['instagram.com'],
  linkedin: ['linkedin.com'],
  x: ['x.com', 'twitter.com'],
};

export const MODERATION_NOTE_MAX = 1000;
const ID_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;

/** Whether `address` is an https address on `channel`'s domain. */
export function isCommentUrlOf(channel: Channel, address: string): boolean {
  const url = parseHttpsUrl(address);
  return url !== null && NETWORK_DOMAINS[channel].some((domain) => isHostOf(url.host, domain));
}

const error = (key: string) => ({ error: `community.errors.${key}` });

export const moderationEntrySchema = z
  .object({
    id: z.string().regex(ID_PATTERN, error('idInvalid')),
    network: z.enum(CHANNELS, error('networkInvalid')),
    commentUrl: z.string().max(URL_MAX_LENGTH, error('commentUrlInvalid')),
    /** When the action was taken (ISO 8601 with offset). */
    at: z.iso.datetime({ offset: true, error: 'community.errors.dateInvalid' }),
    action: z.enum(MODERATION_ACTIONS, error('actionInvalid')),
    /** The netiquette version the clause is cited from. */
    netiquetteVersion: z.int().min(1, error('versionInvalid')).max(100_000, error('versionInvalid')),
    clauseId: z.string().regex(CLAUSE_ID_PATTERN, error('clauseIdInvalid')).nullable(),
    note: z.string().max(MODERATION_NOTE_MAX, error('noteTooLong')),
    /** A screenshot stored like media (with its retention period), by id. */
    screenshotMediaId: z.string().regex(ID_PATTERN, error('idInvalid')).nullable(),
    /** Who recorded it: the person's id. */
    actorId: z.string().regex(ID_PATTERN, error('actorInvalid')),
  })
  .strict()
  .superRefine((entry, context) => {
    if (!isCommentUrlOf(entry.network, entry.commentUrl)) {
      context.addIssue({
        code: 'custom',
        path: ['commentUrl'],
        message: 'community.errors.commentUrlInvalid',
      });
    }
    if (actionNeedsClause(entry.action) && entry.clauseId === null) {
      context.addIssue({ code: 'custom', path: ['clauseId'], message: 'community.errors.clauseRequired' });
    }
  });

export type ModerationEntry = z.infer<typeof moderationEntrySchema>;

/** What the note holds that looks like personal data (kind and place), for a flag next to the entry. */
export type NoteFlag = Span;

export function noteFlags(note: string): NoteFlag[] {
  return detectPersonalData(note);
}

export type ModerationParseResult =
  { ok: true; entry: ModerationEntry; noteFlags: NoteFlag[] } | { ok: false; errors: string[] };

/**
 * An entry from a form, storage or an import, checked: the schema, then the cited clause against the netiquette
 * versions the organisation has (`netiquettes`, any order). The note's personal-data flags do not refuse the
 * entry; they are returned for the person to fix.
 */
export function parseModerationEntry(
  input: unknown,
  netiquettes: readonly Pick<Netiquette, 'version' | 'clauses'>[],
): ModerationParseResult {
  const parsed = moderationEntrySchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: errorKeys(parsed.error.issues) };
  const entry = parsed.data;
  if (entry.clauseId !== null) {
    const cited = netiquettes.find((netiquette) => netiquette.version === entry.netiquetteVersion);
    if (cited === undefined) return { ok: false, errors: ['community.errors.netiquetteVersionUnknown'] };
    if (!hasClause(cited, entry.clauseId))
      return { ok: false, errors: ['community.errors.clauseNotInVersion'] };
  }
  return { ok: true, entry, noteFlags: noteFlags(entry.note) };
}
