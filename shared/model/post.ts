import type { Channel } from './channels';

/**
 * The life cycle of a post. Only `draft` is reachable before the approval workflow exists; the rest of the type is
 * already here so stored data never has to change shape when the workflow arrives.
 */
export const POST_STATUSES = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'exported',
  'published',
  'archived',
] as const;

export type PostStatus = (typeof POST_STATUSES)[number];

export interface Post {
  /** UUID v4. */
  id: string;
  title: string;
  channels: Channel[];
  /** The master text; per-network variants come with the composer. */
  text: string;
  /** Wall-clock time in the organisation's time zone, ISO 8601 with offset, e.g. 2026-11-26T10:00:00+01:00. */
  scheduledAt: string | null;
  /** The same instant in UTC (ISO, `Z`); the index for range queries, since offsets make local strings unsortable. */
  scheduledAtUtc: string | null;
  status: PostStatus;
  /** ISO 8601 UTC instants. */
  createdAt: string;
  updatedAt: string;
  /** Id of the person who created the post. */
  createdBy: string;
}

export function isPostStatus(value: unknown): value is PostStatus {
  return typeof value === 'string' && (POST_STATUSES as readonly string[]).includes(value);
}
