/**
 * Review by file, the request side (issue 5 item 9): the editor's desk writes chosen posts in review with their
 * media into a `.civicdesk` request; the approver's desk reads it, shows posts that exist here in another version,
 * and imports the posts, their media and the sender's public profile in one transaction. Nothing is overwritten
 * without the person's choice. The imported request is kept (in `deskState`, by request id) so the approver can
 * answer it later with a decision file (reviewDecisionRepository.ts).
 */
import { canonicalJson } from '../../../shared/approval/webCrypto';
import type { Post } from '../../../shared/model/post';
import { publicProfile, type StoredProfile } from '../../../shared/model/profile';
import {
  buildReviewRequest,
  fromBase64,
  parseReviewFile,
  ReviewBuildError,
  reviewRequestId,
  serializeReviewFile,
  type ReviewFile,
  type ReviewRequest,
} from '../../../shared/review/reviewFile';
import { todayInZone } from '../../../shared/time/zoned';
import { appendAudit } from './auditLog';
import { db } from '../store/db';
import { DataError, guardData } from '../store/dataErrors';
import { loadSettings } from '../settings/settingsRepository';
import { currentAuditHead, loadRootKey } from '../trust/trustRepository';

export const REVIEW_FILE_EXTENSION = 'civicdesk';

/** A file ready for the platform's saveFile. */
export interface ReviewFileOut {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
}

export type ReviewFileResult =
  { ok: true; file: ReviewFileOut } | { ok: false; messageKey: string; params?: Record<string, string> };

/** An imported request, kept in the desk-state table under `reviewRequest:<requestId>`. */
export interface ReviewRequestRow {
  id: string;
  requestId: string;
  importedAt: string;
  request: ReviewRequest;
}

const REQUEST_PREFIX = 'reviewRequest:';

/** The desk-state table for request rows (the crisis row lives there too, under its own id). */
function requestRows() {
  return db.table<ReviewRequestRow, string>('deskState');
}

function fileBytes(file: ReviewFile): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(serializeReviewFile(file));
}

/** Writes the chosen posts (each must be in review) with their media into a request file. */
export async function buildReviewRequestFile(
  postIds: readonly string[],
  context: { actorId: string; now: Date },
): Promise<ReviewFileResult> {
  const settings = await loadSettings();
  const loaded = await guardData(() => db.posts.bulkGet([...postIds]));
  const posts = loaded.filter((post): post is Post => post !== undefined && post.status === 'in_review');
  if (posts.length === 0) return { ok: false, messageKey: 'review.build.noPosts' };
  const from = await guardData(() => db.profiles.get(context.actorId));
  if (!from) return { ok: false, messageKey: 'workflow.errors.unknownProfile' };
  const mediaIds = [...new Set(posts.flatMap((post) => post.media.map((item) => item.mediaId)))];
  const media = [];
  for (const id of mediaIds) {
    const meta = await guardData(() => db.media.get(id));
    const blob = await guardData(() => db.mediaBlobs.get(id));
    if (meta && blob) media.push({ meta, bytes: new Uint8Array(await blob.original.arrayBuffer()) });
  }
  const profiles = await guardData(() => db.profiles.toArray());
  const root = await loadRootKey();
  try {
    const request = buildReviewRequest({
      createdAt: context.now.toISOString(),
      from: publicProfile(from),
      organisationName: settings.organisationName,
      posts,
      media,
      profiles: profiles.map(publicProfile),
      policies: settings.workflow.policies,
      auditHead: await currentAuditHead(),
      ...(root ? { orgId: root.orgId } : {}),
    });
    const day = todayInZone(context.now, settings.timeZone);
    return {
      ok: true,
      file: { name: `${day}-freigabe.${REVIEW_FILE_EXTENSION}`, bytes: fileBytes(request) },
    };
  } catch (error) {
    if (error instanceof ReviewBuildError) return { ok: false, messageKey: error.key };
    throw error;
  }
}

/** Reads a review file's bytes: JSON, then the format; names the first problem. */
export function readReviewFile(
  bytes: Uint8Array,
  fileName: string,
): { ok: true; file: ReviewFile } | { ok: false; messageKey: string; params: Record<string, string> } {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, messageKey: 'reviewUi.file.notJson', params: { name: fileName } };
  }
  const parsed = parseReviewFile(json);
  if (!parsed.ok)
    return {
      ok: false,
      messageKey: 'review.file.unreadable',
      params: { message: parsed.message, path: parsed.path === '' ? '/' : parsed.path },
    };
  return { ok: true, file: parsed.file };
}

export interface RequestConflict {
  mine: Post;
  theirs: Post;
}

export interface RequestPreview {
  /** Posts not in this desk, or here exactly as in the file. */
  fresh: Post[];
  same: Post[];
  conflicts: RequestConflict[];
}

/** What importing the request would do: new posts, identical ones, and posts that differ here (to choose). */
export async function previewReviewRequest(request: ReviewRequest): Promise<RequestPreview> {
  const preview: RequestPreview = { fresh: [], same: [], conflicts: [] };
  for (const theirs of request.posts) {
    const mine = await guardData(() => db.posts.get(theirs.id));
    if (!mine) preview.fresh.push(theirs);
    else if (canonicalJson(mine) === canonicalJson(theirs)) preview.same.push(theirs);
    else preview.conflicts.push({ mine, theirs });
  }
  return preview;
}

export type ConflictChoice = 'mine' | 'theirs';

export type ImportRequestResult =
  { ok: true; imported: number; requestId: string } | { ok: false; messageKey: string };

/**
 * Imports the request's posts (new ones, and conflicting ones where `choices` says `theirs`), their media and the
 * sender's public profile (without roles: it gains no rights on this desk), in one transaction, with an audit
 * entry per imported post. Refused while a conflict has no choice.
 */
export async function importReviewRequest(
  request: ReviewRequest,
  choices: Readonly<Record<string, ConflictChoice>>,
  context: { actorId: string; now: Date },
): Promise<ImportRequestResult> {
  const preview = await previewReviewRequest(request);
  if (preview.conflicts.some((conflict) => choices[conflict.theirs.id] === undefined))
    return { ok: false, messageKey: 'reviewUi.file.conflictHint' };
  const requestId = reviewRequestId(request);
  // What each post looked like in this desk when the person chose (null: not here).
  const seen = new Map<string, Post | null>([
    ...preview.fresh.map((post): [string, null] => [post.id, null]),
    ...preview.same.map((post): [string, Post] => [post.id, post]),
    ...preview.conflicts.map((c): [string, Post] => [c.mine.id, c.mine]),
  ]);
  return guardData(() =>
    db.transaction(
      'rw',
      [db.posts, db.media, db.mediaBlobs, db.profiles, db.audit, db.deskState],
      async (): Promise<ImportRequestResult> => {
        if (!(await db.profiles.get(context.actorId)))
          return { ok: false, messageKey: 'workflow.errors.unknownProfile' };
        const imported: Post[] = [];
        for (const theirs of request.posts) {
          const mine = await db.posts.get(theirs.id);
          // Changed since the preview: ask again rather than overwrite what the person has not seen.
          if (canonicalJson(mine ?? null) !== canonicalJson(seen.get(theirs.id) ?? null))
            throw new DataError('errors.writeFailed');
          if (
            mine === undefined ||
            (canonicalJson(mine) !== canonicalJson(theirs) && choices[theirs.id] === 'theirs')
          ) {
            await db.posts.put(theirs);
            imported.push(theirs);
          }
        }
        for (const meta of request.media) {
          if (await db.media.get(meta.id)) continue;
          const file = request.mediaFiles.find((entry) => entry.id === meta.id);
          const bytes = file === undefined ? null : fromBase64(file.base64);
          if (bytes === null) continue;
          await db.media.put(meta);
          await db.mediaBlobs.put({
            id: meta.id,
            original: new Blob([new Uint8Array(bytes)], { type: meta.mimeType }),
            thumbnail: null,
          });
        }
        if (!(await db.profiles.get(request.from.id))) {
          const sender: StoredProfile = { ...request.from, roles: [], pin: null };
          await db.profiles.put(sender);
        }
        await requestRows().put({
          id: `${REQUEST_PREFIX}${requestId}`,
          requestId,
          importedAt: context.now.toISOString(),
          request,
        });
        await appendAudit(
          imported.map((post) => ({
            actorId: context.actorId,
            action: 'reviewImported',
            postId: post.id,
            contentHash: post.workflow.contentHash,
            note: request.from.name,
          })),
          context.now,
        );
        return { ok: true, imported: imported.length, requestId };
      },
    ),
  );
}

/** The requests imported into this desk, newest first. */
export async function listImportedRequests(): Promise<ReviewRequestRow[]> {
  const rows = await guardData(() => requestRows().where('id').startsWith(REQUEST_PREFIX).toArray());
  return rows.sort((a, b) => b.importedAt.localeCompare(a.importedAt));
}

export async function getImportedRequest(requestId: string): Promise<ReviewRequestRow | undefined> {
  return guardData(() => requestRows().get(`${REQUEST_PREFIX}${requestId}`));
}
