/**
 * The export hand-off in the database: after a file was saved, the posts in it are marked exported, each with an
 * audit entry naming the file and its SHA-256, all in one transaction. Only approved or already exported posts
 * may be marked (nothing unapproved leaves the app); one that is not refuses the whole call and nothing changes.
 * Also the reads the export page needs (media bytes for the publish package).
 */
import type { PackageMedia } from '../../../shared/export/publishPackage';
import { EXPORTABLE_STATUSES } from '../../../shared/export/selection';
import type { Post } from '../../../shared/model/post';
import { transition } from '../../../shared/workflow/machine';
import { ORGANISATION_DEFAULT_POLICY } from '../../../shared/workflow/policy';
import { withWorkflowState, workflowStateOf } from '../../../shared/workflow/postState';
import { canEdit } from '../../../shared/workflow/roles';
import { appendAudit, auditInputsOf } from '../workflow/auditLog';
import { verdictsFor } from '../workflow/approvalVerdicts';
import { db } from '../store/db';
import { DataError, guardData } from '../store/dataErrors';

export interface ExportedFile {
  fileName: string;
  /** SHA-256 of the saved bytes, lower-case hex. */
  sha256: string;
}

export interface ExportActor {
  actorId: string;
  now: Date;
}

export type MarkExportedResult =
  | { ok: true; posts: Post[] }
  /** `reason`: an i18n key under `exportUi.errors.` or `workflow.errors.`; `postId` the post that stood in the way. */
  | { ok: false; reason: string; postId?: string };

/** The audit note of an export: the file and its hash, language-neutral (the audit view shows it as it is). */
export function exportAuditNote(file: ExportedFile): string {
  return `${file.fileName} · SHA-256 ${file.sha256}`;
}

class Refusal extends Error {
  constructor(readonly result: Extract<MarkExportedResult, { ok: false }>) {
    super(result.reason);
  }
}

/**
 * Marks `postIds` exported into `file`: `approved` posts move to `exported` through the workflow machine, posts
 * already `exported` stay so; every post gets an `export` audit entry whose note names the file and its hash.
 */
export async function markExported(
  postIds: readonly string[],
  file: ExportedFile,
  context: ExportActor,
): Promise<MarkExportedResult> {
  const ids = [...new Set(postIds)];
  const note = exportAuditNote(file);
  const at = context.now.toISOString();
  // Approval is derived, not stored: a post whose approval does not hold refuses the whole call. (Derived before
  // the transaction, whose reads must not wait for WebCrypto; the transaction then checks each post is unchanged.)
  const before = await guardData(() => db.posts.bulkGet(ids));
  const verdicts = await verdictsFor(before.filter((post): post is Post => post !== undefined));
  const unverified = before.find((post) => post !== undefined && verdicts[post.id]?.approved !== true);
  if (unverified) return { ok: false, reason: 'exportUi.errors.notApproved', postId: unverified.id };
  return guardData(async () => {
    try {
      return await db.transaction(
        'rw',
        db.posts,
        db.audit,
        db.profiles,
        async (): Promise<MarkExportedResult> => {
          const actor = await db.profiles.get(context.actorId);
          if (!actor) throw new Refusal({ ok: false, reason: 'workflow.errors.unknownProfile' });
          if (!canEdit(actor)) throw new Refusal({ ok: false, reason: 'workflow.errors.notEditor' });
          const posts = await db.posts.bulkGet(ids);
          const written: Post[] = [];
          for (const [index, post] of posts.entries()) {
            if (!post) throw new DataError('errors.notFound');
            // Changed since its approval was derived (another window): not what was checked.
            const earlier = before[index];
            if (!earlier || earlier.updatedAt !== post.updatedAt || earlier.status !== post.status)
              throw new Refusal({ ok: false, reason: 'exportUi.errors.notApproved', postId: post.id });
            if (!EXPORTABLE_STATUSES.includes(post.status)) {
              throw new Refusal({ ok: false, reason: 'exportUi.errors.notApproved', postId: ids[index] });
            }
            if (post.status === 'exported') {
              // Exported again: the state stays, the trail records the new file.
              await appendAudit(
                [
                  {
                    actorId: actor.id,
                    action: 'export',
                    postId: post.id,
                    contentHash: post.workflow.contentHash,
                    note,
                  },
                ],
                context.now,
              );
              written.push(post);
              continue;
            }
            const result = transition(
              workflowStateOf(post),
              { type: 'export' },
              {
                now: at,
                actor,
                policy: ORGANISATION_DEFAULT_POLICY,
                gateOpen: true,
                crisisMode: false,
                crisisPost: false,
                holdReviewAfterHours: 0,
              },
            );
            if (!result.ok) throw new Refusal({ ok: false, reason: result.reason, postId: post.id });
            const next: Post = { ...withWorkflowState(post, result.state), updatedAt: at };
            await db.posts.put(next);
            await appendAudit(
              auditInputsOf(result.events, post.id).map((input) => ({ ...input, note })),
              context.now,
            );
            written.push(next);
          }
          return { ok: true, posts: written };
        },
      );
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal) return refusal;
      throw error;
    }
  });
}

function refusalOf(error: unknown): Extract<MarkExportedResult, { ok: false }> | null {
  if (error instanceof Refusal) return error.result;
  const inner = (error as { inner?: unknown } | null)?.inner;
  return inner instanceof Refusal ? inner.result : null;
}

/** The stored bytes of `mediaIds` for the publish package (ids without bytes are absent). */
export function loadPackageMedia(mediaIds: readonly string[]): Promise<Record<string, PackageMedia>> {
  return guardData(async () => {
    const unique = [...new Set(mediaIds)];
    const rows = await db.mediaBlobs.bulkGet(unique);
    const metas = await db.media.bulkGet(unique);
    const media: Record<string, PackageMedia> = {};
    for (const [index, row] of rows.entries()) {
      const meta = metas[index];
      if (!row || !meta) continue;
      media[meta.id] = { mimeType: meta.mimeType, bytes: new Uint8Array(await row.original.arrayBuffer()) };
    }
    return media;
  });
}
