/**
 * How long the desk keeps what it no longer needs: finished posts (archived, published, withdrawn, expired),
 * comments and audit entries older than the given number of months are deleted (posts, comments) or anonymised
 * (audit entries: tombstones, so the chain still verifies). 0 keeps forever.
 */
import { z } from 'zod';

/** Ten years: the longest period the page offers; longer is "keep forever" (0). */
export const RETENTION_MAX_MONTHS = 120;

const months = z
  .number()
  .int('retention.errors.wholeMonths')
  .min(0, 'retention.errors.range')
  .max(RETENTION_MAX_MONTHS, 'retention.errors.range');

export const retentionSettingsSchema = z
  .object({ postsMonths: months, commentsMonths: months, auditMonths: months })
  .strict();

export type RetentionSettings = z.infer<typeof retentionSettingsSchema>;

export const RETENTION_FIELDS = ['postsMonths', 'commentsMonths', 'auditMonths'] as const;
export type RetentionField = (typeof RETENTION_FIELDS)[number];

/** Keep everything until someone decides otherwise. */
export const DEFAULT_RETENTION_SETTINGS: RetentionSettings = {
  postsMonths: 0,
  commentsMonths: 0,
  auditMonths: 0,
};
