/** Filtering the audit trail for the view, pure: by post, actor, action and a day range in the organisation's zone. */
import type { AuditEntry } from '../../../shared/audit/chain';
import { todayInZone } from '../../../shared/time/zoned';

export interface AuditFilters {
  postId: string;
  actorId: string;
  action: string;
  /** `YYYY-MM-DD` or '' (open). */
  from: string;
  to: string;
}

export const NO_AUDIT_FILTERS: AuditFilters = { postId: '', actorId: '', action: '', from: '', to: '' };

/** Whether the range is usable: an end before the start is refused, not silently swapped. */
export function validRange(filters: AuditFilters): boolean {
  return filters.from === '' || filters.to === '' || filters.from <= filters.to;
}

export function filterAudit(
  entries: readonly AuditEntry[],
  filters: AuditFilters,
  timeZone: string,
): AuditEntry[] {
  return entries.filter((entry) => {
    if (filters.postId !== '' && entry.postId !== filters.postId) return false;
    if (filters.actorId !== '' && entry.actorId !== filters.actorId) return false;
    if (filters.action !== '' && entry.action !== filters.action) return false;
    if (filters.from === '' && filters.to === '') return true;
    const day = todayInZone(new Date(entry.at), timeZone);
    if (filters.from !== '' && day < filters.from) return false;
    return filters.to === '' || day <= filters.to;
  });
}
