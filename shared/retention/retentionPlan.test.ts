import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { PostStatus } from '../model/post';
import {
  countsOf,
  cutoffOf,
  isEmptyPlan,
  parseRetentionNote,
  retentionNote,
  retentionPlan,
  type RetentionData,
} from './retentionPlan';
import { DEFAULT_RETENTION_SETTINGS, retentionSettingsSchema } from './retentionSettings';

const now = new Date('2026-11-25T09:00:00.000Z');

function post(id: string, status: PostStatus, updatedAt: string, scheduledAtUtc: string | null = updatedAt) {
  return { id, status, updatedAt, scheduledAtUtc };
}

const data: RetentionData = {
  posts: [
    post('old-archived', 'archived', '2025-01-10T08:00:00.000Z'),
    post('old-published', 'published', '2025-02-10T08:00:00.000Z'),
    post('old-withdrawn', 'withdrawn', '2025-03-10T08:00:00.000Z', null),
    post('old-expired', 'expired', '2025-04-10T08:00:00.000Z'),
    post('old-draft', 'draft', '2024-01-10T08:00:00.000Z'),
    post('old-approved', 'approved', '2024-01-10T08:00:00.000Z'),
    post('recent-archived', 'archived', '2026-10-10T08:00:00.000Z'),
    post('archived-planned-late', 'archived', '2025-01-10T08:00:00.000Z', '2026-10-01T08:00:00.000Z'),
  ],
  comments: [
    { id: 'c-old', postId: 'old-draft', at: '2025-01-01T08:00:00.000Z' },
    { id: 'c-recent', postId: 'old-draft', at: '2026-11-01T08:00:00.000Z' },
    { id: 'c-of-deleted', postId: 'old-archived', at: '2026-11-01T08:00:00.000Z' },
  ],
  audit: [
    { seq: 1, at: '2025-01-01T08:00:00.000Z', contentDigest: 'a'.repeat(64), tombstone: true },
    { seq: 2, at: '2025-01-02T08:00:00.000Z', contentDigest: 'b'.repeat(64) },
    { seq: 3, at: '2026-11-20T08:00:00.000Z', contentDigest: 'c'.repeat(64) },
    // Written before content digests: cannot become a tombstone.
    { seq: 4, at: '2025-01-03T08:00:00.000Z' },
  ],
};

describe('cutoffOf', () => {
  it('goes back calendar months, clamping the day to the shorter month', () => {
    expect(cutoffOf(now, 12)?.toISOString()).toBe('2025-11-25T09:00:00.000Z');
    expect(cutoffOf(new Date('2026-03-31T12:00:00.000Z'), 1)?.toISOString()).toBe('2026-02-28T12:00:00.000Z');
    expect(cutoffOf(new Date('2026-01-15T12:00:00.000Z'), 13)?.toISOString()).toBe(
      '2024-12-15T12:00:00.000Z',
    );
  });

  it('is null for 0: keep forever', () => {
    expect(cutoffOf(now, 0)).toBeNull();
  });
});

describe('retentionPlan', () => {
  it('keeps everything with the default settings', () => {
    const plan = retentionPlan(data, DEFAULT_RETENTION_SETTINGS, now);
    expect(isEmptyPlan(plan)).toBe(true);
  });

  it('deletes only finished posts older than the period, with their comments', () => {
    const plan = retentionPlan(data, { postsMonths: 12, commentsMonths: 0, auditMonths: 0 }, now);
    expect(plan.deletePostIds).toEqual(['old-archived', 'old-published', 'old-withdrawn', 'old-expired']);
    expect(plan.deleteCommentIds).toEqual(['c-of-deleted']);
    expect(plan.anonymiseAuditSeqs).toEqual([]);
  });

  it('deletes comments older than their period, whatever the post', () => {
    const plan = retentionPlan(data, { postsMonths: 0, commentsMonths: 6, auditMonths: 0 }, now);
    expect(plan.deletePostIds).toEqual([]);
    expect(plan.deleteCommentIds).toEqual(['c-old']);
  });

  it('anonymises audit entries older than their period that are not tombstones yet', () => {
    const plan = retentionPlan(data, { postsMonths: 0, commentsMonths: 0, auditMonths: 1 }, now);
    expect(plan.anonymiseAuditSeqs).toEqual([2]);
    expect(countsOf(plan)).toEqual({ posts: 0, comments: 0, audit: 1 });
  });

  it('never deletes a post that is not finished, nor one with an unreadable date', () => {
    const statuses: PostStatus[] = [
      'draft',
      'in_review',
      'changes_requested',
      'approved',
      'exported',
      'on_hold',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...statuses), fc.integer({ min: 1, max: 120 }), (status, months) => {
        const plan = retentionPlan(
          { posts: [post('p', status, '2000-01-01T00:00:00.000Z')], comments: [], audit: [] },
          { postsMonths: months, commentsMonths: 0, auditMonths: 0 },
          now,
        );
        expect(plan.deletePostIds).toEqual([]);
      }),
    );
    const unreadable = retentionPlan(
      { posts: [post('p', 'archived', 'gestern')], comments: [], audit: [] },
      { postsMonths: 1, commentsMonths: 0, auditMonths: 0 },
      now,
    );
    expect(unreadable.deletePostIds).toEqual([]);
  });
});

describe('retention settings and notes', () => {
  it('accepts whole months from 0 to 120 and names what is wrong otherwise', () => {
    expect(
      retentionSettingsSchema.safeParse({ postsMonths: 24, commentsMonths: 6, auditMonths: 0 }).success,
    ).toBe(true);
    const negative = retentionSettingsSchema.safeParse({
      postsMonths: -1,
      commentsMonths: 6,
      auditMonths: 0,
    });
    expect(negative.error?.issues[0]?.message).toBe('retention.errors.range');
    const fraction = retentionSettingsSchema.safeParse({
      postsMonths: 1.5,
      commentsMonths: 6,
      auditMonths: 0,
    });
    expect(fraction.error?.issues[0]?.message).toBe('retention.errors.wholeMonths');
  });

  it('writes counts only into the audit note and reads them back', () => {
    const note = retentionNote({ posts: 3, comments: 2, audit: 10 });
    expect(note).toBe('posts=3;comments=2;audit=10');
    expect(parseRetentionNote(note)).toEqual({ posts: 3, comments: 2, audit: 10 });
    expect(parseRetentionNote('Tippfehler')).toBeNull();
  });
});
