/**
 * The audit trail: an append-only hash chain (shared/audit/chain.ts) in the `audit` table. Appending runs inside
 * the caller's transaction (which must include `db.audit`), so an entry is written together with the change it
 * records, or not at all.
 */
import {
  nextEntry,
  verifyChain,
  type AuditEntry,
  type AuditInput,
  type ChainVerification,
} from '../../../shared/audit/chain';
import type { AuditEvent } from '../../../shared/workflow/machine';
import { db } from '../store/db';
import { guardData } from '../store/dataErrors';

/** Appends entries in order; call inside a transaction that includes `db.audit`. */
export async function appendAudit(inputs: readonly AuditInput[], now: Date): Promise<AuditEntry[]> {
  let last = await db.audit.orderBy('seq').last();
  const written: AuditEntry[] = [];
  for (const input of inputs) {
    const entry = nextEntry(last, input, now);
    await db.audit.add(entry);
    written.push(entry);
    last = entry;
  }
  return written;
}

/** A workflow transition's events as audit inputs: the action, with the note or the reason approvals were voided. */
export function auditInputsOf(events: readonly AuditEvent[], postId: string): AuditInput[] {
  return events.map((event) => ({
    actorId: event.actorId,
    action: event.action,
    postId,
    contentHash: event.contentHash,
    note: event.note ?? event.reason ?? null,
  }));
}

export function listAudit(): Promise<AuditEntry[]> {
  return guardData(() => db.audit.orderBy('seq').toArray());
}

export function listPostAudit(postId: string): Promise<AuditEntry[]> {
  return guardData(() => db.audit.where('postId').equals(postId).sortBy('seq'));
}

/** Checks the whole stored chain. */
export async function verifyStoredAudit(): Promise<ChainVerification> {
  return verifyChain(await listAudit());
}
