/** Retention applied to the stored desk (fake-indexeddb): deletes, tombstones, a verifying chain, one audit entry. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../shared/audit/chain';
import type { Post } from '../../../shared/model/post';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { retentionPlan } from '../../../shared/retention/retentionPlan';
import { addComment } from '../workflow/commentsRepository';
import { db, ORGANISATION_SETTINGS_ID } from '../store/db';
import { postAt } from '../export/exportTestPosts';
import { applyRetention, previewRetention, saveRetentionSettings } from './retentionRepository';
import { loadSettings } from '../settings/settingsRepository';
import { storeSettings } from '../settings/testSettings';
import { ADA_ADMIN, ANNA_EDITOR, seedProfiles } from '../settings/testProfiles';

const LATER = new Date('2028-06-01T08:00:00Z');
const ADMIN_BEFORE = { actorId: ADA_ADMIN.id, now: new Date('2026-06-01T08:00:00Z') };

beforeEach(async () => {
  await db.open();
  await seedProfiles();
  await storeSettings(DEFAULT_SETTINGS);
});

afterEach(async () => {
  await db.delete();
});

async function seedDesk() {
  const archived = await postAt('Altes Quiz', '2026-12-01', 'in_review');
  await db.posts.update(archived, { status: 'archived' });
  const draft = await postAt('Alter Entwurf', '2026-12-02', 'draft');
  const context = { actorId: ANNA_EDITOR.id, now: new Date('2026-11-25T09:00:00Z') };
  await addComment(archived, 'Bitte prüfen', context);
  await addComment(draft, 'Noch offen', context);
  return { archived, draft };
}

describe('retention', () => {
  it('keeps everything by default and writes nothing', async () => {
    await seedDesk();
    const auditBefore = await db.audit.count();
    expect(await applyRetention(ADA_ADMIN.id, LATER)).toEqual({ posts: 0, comments: 0, audit: 0 });
    expect(await db.posts.count()).toBe(2);
    expect(await db.comments.count()).toBe(2);
    expect(await db.audit.count()).toBe(auditBefore);
  });

  it('deletes old finished posts and comments, anonymises old audit entries, and the chain still verifies', async () => {
    const { archived, draft } = await seedDesk();
    expect(await db.audit.count()).toBeGreaterThan(0);
    expect(
      await saveRetentionSettings({ postsMonths: 12, commentsMonths: 12, auditMonths: 12 }, ADMIN_BEFORE),
    ).toEqual({ ok: true });
    // The change of the periods is itself an entry (and old enough to be anonymised too).
    expect((await db.audit.orderBy('seq').last())?.action).toBe('settingsChanged');
    const auditBefore = await db.audit.count();
    expect(await previewRetention(LATER)).toEqual({ posts: 1, comments: 2, audit: auditBefore });

    expect(await applyRetention(ADA_ADMIN.id, LATER)).toEqual({ posts: 1, comments: 2, audit: auditBefore });
    expect(await db.posts.get(archived)).toBeUndefined();
    expect(await db.posts.get(draft)).toBeDefined();
    expect(await db.comments.count()).toBe(0);

    const audit = await db.audit.orderBy('seq').toArray();
    expect(audit).toHaveLength(auditBefore + 1);
    expect(
      audit.slice(0, auditBefore).every((entry) => entry.tombstone === true && entry.actorId === ''),
    ).toBe(true);
    expect(JSON.stringify(audit.slice(0, auditBefore))).not.toContain(ANNA_EDITOR.id);
    expect(audit.at(-1)).toMatchObject({
      action: 'retentionApplied',
      actorId: ADA_ADMIN.id,
      postId: null,
      note: `posts=1;comments=2;audit=${auditBefore}`,
    });
    expect(verifyChain(audit)).toEqual({ ok: true });

    // A second run finds nothing new and adds no entry.
    expect(await applyRetention(ADA_ADMIN.id, LATER)).toEqual({ posts: 0, comments: 0, audit: 0 });
    expect(await db.audit.count()).toBe(auditBefore + 1);
  });

  it('deletes exactly what the plan deletes from every finished post: found by the compound index, unscheduled too', async () => {
    const template = await db.posts.get(await postAt('Vorlage', '2026-12-01', 'in_review'));
    if (!template) throw new Error('no template');
    // Twelve months before this instant: 2027-06-01T08:00:00.500Z.
    const now = new Date('2028-06-01T08:00:00.500Z');
    const times: Record<string, string | null> = {
      old: '2019-05-01T10:00:00.000Z',
      justBefore: '2027-06-01T08:00:00.499Z',
      noMillisBefore: '2027-06-01T08:00:00Z', // before the cutoff, yet after its text
      atCutoff: '2027-06-01T08:00:00.500Z',
      after: '2027-07-01T08:00:00.000Z',
      unscheduled: null,
    };
    const rows = ['archived', 'published', 'withdrawn', 'expired', 'approved', 'draft'].flatMap((status) =>
      Object.entries(times).map(([label, iso]) => ({
        ...template,
        id: `${status}-${label}`,
        status: status as Post['status'],
        scheduledAt: iso,
        scheduledAtUtc: iso,
        updatedAt: '2026-01-01T00:00:00.000Z',
      })),
    );
    await db.posts.bulkPut(rows);
    await saveRetentionSettings({ postsMonths: 12, commentsMonths: 0, auditMonths: 0 }, ADMIN_BEFORE);
    const every = await db.posts.toArray();
    const expected = retentionPlan(
      { posts: every, comments: [], audit: [] },
      { postsMonths: 12, commentsMonths: 0, auditMonths: 0 },
      now,
    ).deletePostIds.sort();
    expect(expected).toEqual(
      expect.arrayContaining(['archived-unscheduled', 'expired-noMillisBefore', 'published-justBefore']),
    );
    expect(expected).not.toContain('archived-atCutoff');

    expect((await previewRetention(now)).posts).toBe(expected.length);
    expect((await applyRetention(ADA_ADMIN.id, now)).posts).toBe(expected.length);
    const kept = new Set(await db.posts.toCollection().primaryKeys());
    expect(
      every
        .map((post) => post.id)
        .filter((id) => !kept.has(id))
        .sort(),
    ).toEqual(expected);
  });

  it('refuses invalid periods, names the field, and saves nothing', async () => {
    const result = await saveRetentionSettings(
      { postsMonths: -3, commentsMonths: 2.5, auditMonths: 24 },
      ADMIN_BEFORE,
    );
    expect(result).toEqual({
      ok: false,
      errors: { postsMonths: 'retention.errors.range', commentsMonths: 'retention.errors.wholeMonths' },
    });
    expect((await loadSettings()).retention).toEqual({ postsMonths: 0, commentsMonths: 0, auditMonths: 0 });
  });

  it('is governance: an editor is refused and nothing is saved or recorded', async () => {
    const entries = await db.audit.count();
    const result = await saveRetentionSettings(
      { postsMonths: 1, commentsMonths: 1, auditMonths: 1 },
      { actorId: ANNA_EDITOR.id, now: LATER },
    );
    expect(result).toEqual({ ok: false, errors: {}, adminsOnly: true });
    expect((await loadSettings()).retention).toEqual({ postsMonths: 0, commentsMonths: 0, auditMonths: 0 });
    expect(await db.audit.count()).toBe(entries);
  });

  it('reads stored settings from before retention existed with the defaults', async () => {
    const { retention: _dropped, ...old } = DEFAULT_SETTINGS;
    await db.settings.put({ ...old, id: ORGANISATION_SETTINGS_ID } as unknown as Parameters<
      typeof db.settings.put
    >[0]);
    expect((await loadSettings()).retention).toEqual({ postsMonths: 0, commentsMonths: 0, auditMonths: 0 });
  });
});
