/**
 * Approval derived, not stored (issue 13): whether a post counts as approved is worked out from its signed
 * approvals against the roster the desk's own root certifies and the audit trail (shared/trust/deriveApproval.ts),
 * wherever it matters: calendar, review queue, export page and files, reminders, crisis holds. The stored status is
 * a cache that can only take approval away; a post stored as approved whose approvals do not hold shows as not
 * approved, with the reasons.
 *
 * Only posts whose stored status claims approval (approved, exported, published) are derived; any other post is
 * not approved by its status alone. Signature checks are remembered by the trust core (by key, signature value and
 * statement), so a month of posts is derived again cheaply after every change.
 */
import { useEffect, useState } from 'react';
import { liveQuery } from 'dexie';
import { useObservable } from 'dexie-react-hooks';
import type { AuditEntry } from '../../../shared/audit/chain';
import { buildAuditIndex, type AuditIndex } from '../../../shared/audit/anchors';
import type { Post } from '../../../shared/model/post';
import { DEFAULT_POLICIES } from '../../../shared/model/workflowSettings';
import { APPROVED_STATUSES, deriveApproval } from '../../../shared/trust/deriveApproval';
import type { ApprovalProblem } from '../../../shared/trust/problems';
import type { RosterEntry } from '../../../shared/trust/rosterTypes';
import { verifyRoster, type VerifiedRoster } from '../../../shared/trust/verifyRoster';
import type { PublicKeyInfo } from '../../../shared/model/profile';
import { db } from '../store/db';
import { guardData } from '../store/dataErrors';
import { sharedQuery } from '../store/sharedQuery';

/** A reason a post is not approved: an i18n key with its params. */
export interface VerdictReason {
  key: string;
  params: Record<string, string | number>;
}

export interface PostVerdict {
  /** Whether the post counts as approved (derived). */
  approved: boolean;
  /** Whether the stored status claims approval (approved, exported, published). */
  storedApproved: boolean;
  /** Why a post stored as approved does not count (empty when it counts or claims nothing). */
  reasons: VerdictReason[];
}

export type Verdicts = Readonly<Record<string, PostVerdict>>;

/** What derivation reads from the database, read together. */
export interface TrustData {
  root: PublicKeyInfo | null;
  roster: readonly RosterEntry[];
  audit: readonly AuditEntry[];
}

/** The roster and audit index built from `TrustData` (built once per read, shared by every post). */
export interface TrustContext {
  roster: VerifiedRoster | null;
  audit: AuditIndex;
}

export const NOT_CLAIMED: PostVerdict = { approved: false, storedApproved: false, reasons: [] };

export function claimsApproval(post: Pick<Post, 'status'>): boolean {
  return APPROVED_STATUSES.includes(post.status);
}

export function readTrustData(): Promise<TrustData> {
  return guardData(() =>
    db.transaction('r', db.rootKeys, db.roster, db.audit, async () => {
      const [root] = await db.rootKeys.toArray();
      return {
        root: root?.publicKey ?? null,
        roster: await db.roster.toArray(),
        audit: await db.audit.orderBy('seq').toArray(),
      };
    }),
  );
}

const contexts = new WeakMap<TrustData, Promise<TrustContext>>();

/** The verified roster (null without a root) and the audit index of one read, built once. */
export function trustContextOf(data: TrustData): Promise<TrustContext> {
  let context = contexts.get(data);
  if (context === undefined) {
    context = (async () => ({
      roster: data.root === null ? null : await verifyRoster(data.roster, data.root),
      audit: buildAuditIndex(data.audit),
    }))();
    contexts.set(data, context);
  }
  return context;
}

function reasonOf(problem: ApprovalProblem): VerdictReason {
  return { key: `trust.problems.${problem.code}`, params: problem.params };
}

/** The derived verdict of one post. */
export async function verdictOf(post: Post, context: TrustContext): Promise<PostVerdict> {
  if (!claimsApproval(post)) return NOT_CLAIMED;
  if (context.roster === null) {
    return {
      approved: false,
      storedApproved: true,
      reasons: [{ key: 'trustUi.verdict.noRoot', params: {} }],
    };
  }
  try {
    const verdict = await deriveApproval(post, {
      roster: context.roster,
      audit: context.audit,
      defaultPolicies: DEFAULT_POLICIES,
    });
    return {
      approved: verdict.approved,
      storedApproved: true,
      reasons: verdict.approved ? [] : verdict.problems.map(reasonOf),
    };
  } catch {
    // deriveApproval does not throw for hostile data; should anything else fail, the post is not approved.
    return {
      approved: false,
      storedApproved: true,
      reasons: [{ key: 'trustUi.verdict.failed', params: {} }],
    };
  }
}

/** The verdicts of many posts against one read of the roster and the audit trail, by post id. */
export async function verdictsFor(
  posts: readonly Post[],
  data?: TrustData,
): Promise<Record<string, PostVerdict>> {
  const claimed = posts.filter(claimsApproval);
  const result: Record<string, PostVerdict> = {};
  for (const post of posts) result[post.id] = NOT_CLAIMED;
  if (claimed.length === 0) return result;
  const context = await trustContextOf(data ?? (await readTrustData()));
  for (const post of claimed) result[post.id] = await verdictOf(post, context);
  return result;
}

/** The ids of the posts that count as approved (derived). */
export async function verifiedApprovedIds(posts: readonly Post[]): Promise<Set<string>> {
  const verdicts = await verdictsFor(posts);
  return new Set(posts.filter((post) => verdicts[post.id]?.approved === true).map((post) => post.id));
}

/**
 * One live read of the roster, the root and the audit trail for every component that shows verdicts at the same
 * time (the calendar and the reminders in the header, say): read and verified once per change, not per component.
 */
const trustDataQuery = sharedQuery<TrustData>(() => liveQuery(readTrustData));

/** The roster, the root and the audit trail, live (a new object after any change to them). */
export function useTrustData(): TrustData | undefined {
  return useObservable(trustDataQuery);
}

/**
 * The verdicts of `posts`, by post id, live with the roster and the audit trail; `undefined` while loading (or
 * while `posts` is). The previous verdicts stay on hand while new ones are worked out, unless `exact`: then only
 * verdicts of exactly these posts (and this read of the roster and trail) are returned (what decides an export).
 */
export function useApprovalVerdicts(
  posts: readonly Post[] | undefined,
  options: { exact?: boolean } = {},
): Verdicts | undefined {
  const data = useTrustData();
  const [state, setState] = useState<
    { posts: readonly Post[]; data: TrustData; verdicts: Verdicts } | undefined
  >(undefined);
  useEffect(() => {
    if (posts === undefined || data === undefined) return;
    let cancelled = false;
    void verdictsFor(posts, data).then((verdicts) => {
      if (!cancelled) setState({ posts, data, verdicts });
    });
    return () => {
      cancelled = true;
    };
  }, [posts, data]);
  if (posts === undefined || state === undefined) return undefined;
  if (options.exact === true && (state.posts !== posts || state.data !== data)) return undefined;
  return state.verdicts;
}

/** A post's verdict from a verdict map: claimed approval without a verdict yet counts as not approved. */
export function verdictFor(verdicts: Verdicts | undefined, post: Post): PostVerdict {
  const verdict = verdicts?.[post.id];
  if (verdict !== undefined) return verdict;
  return claimsApproval(post)
    ? { approved: false, storedApproved: true, reasons: [{ key: 'trustUi.verdict.checking', params: {} }] }
    : NOT_CLAIMED;
}

/** Whether a post stored as approved does not count: it must show as "not approved" with its reasons. */
export function isUnverified(verdict: PostVerdict): boolean {
  return verdict.storedApproved && !verdict.approved;
}
