import type { Channel } from './channels';
import type { MediaAttachment, Variant } from './variant';
import type { ChecklistTick, FindingOverride } from '../checks/gate';
import type { PostWorkflow } from './postWorkflow';

/**
 * The life cycle of a post (the states of the approval workflow in `shared/workflow/machine.ts`): draft → in_review
 * → changes_requested / approved → exported → published → archived, and withdrawn, expired, on_hold.
 */
export const POST_STATUSES = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'exported',
  'published',
  'archived',
  'withdrawn',
  'expired',
  'on_hold',
] as const;

export type PostStatus = (typeof POST_STATUSES)[number];

/** Where a post came from when it is one occurrence of a series. */
export interface SeriesLink {
  seriesId: string;
  /** The occurrence's original day `YYYY-MM-DD`: stable even when the occurrence is moved. */
  occurrenceKey: string;
  /** Edited alone: a change to the whole series leaves this occurrence as it is. */
  detached: boolean;
}

/** The template a post was written from, with the values filled in (for its warnings, e.g. a deadline). */
export interface TemplateUse {
  templateId: string;
  values: Record<string, string>;
}

/** Checklist ticks and overrides of blocking findings, recorded for the approver. */
export interface PostChecks {
  ticks: ChecklistTick[];
  overrides: FindingOverride[];
}

export interface Post {
  /** UUID v4. */
  id: string;
  title: string;
  /** The networks the post is planned for, in the fixed network order. */
  channels: Channel[];
  /** The master text: the source every variant starts from. */
  text: string;
  /** One variant per channel, same order as `channels`. */
  variants: Variant[];
  /** While true, every variant's text is the master text. */
  variantsLinked: boolean;
  /** Images and videos of the post with the post's alt texts. */
  media: MediaAttachment[];
  campaignId: string | null;
  /** A content pillar of the campaign (or the organisation), e.g. "Service", "Karriere". */
  category: string | null;
  series: SeriesLink | null;
  template: TemplateUse | null;
  checks: PostChecks;
  /** Wall-clock time in the organisation's time zone, ISO 8601 with offset, e.g. 2026-11-26T10:00:00+01:00. */
  scheduledAt: string | null;
  /** The same instant in UTC (ISO, `Z`); the index for range queries, since offsets make local strings unsortable. */
  scheduledAtUtc: string | null;
  status: PostStatus;
  /** The approval workflow's bookkeeping (approvals, content hash, revision, hold, last reviewed version). */
  workflow: PostWorkflow;
  /** The team's internal notes: never published and not part of the content hash. */
  notes: string;
  /** ISO 8601 UTC instants. */
  createdAt: string;
  updatedAt: string;
  /** Id of the person who created the post. */
  createdBy: string;
}

export function isPostStatus(value: unknown): value is PostStatus {
  return typeof value === 'string' && (POST_STATUSES as readonly string[]).includes(value);
}
