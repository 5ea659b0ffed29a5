/** Retention runs by itself when the desk opens, as the system (fake-indexeddb). */
import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { addComment } from '../../data/workflow/commentsRepository';
import { db } from '../../data/store/db';
import { postAt } from '../../data/export/exportTestPosts';
import { storeSettings } from '../../data/settings/testSettings';
import { ANNA_EDITOR, seedProfiles } from '../../data/settings/testProfiles';
import { useRetentionAtStart } from './useRetentionAtStart';

beforeEach(async () => {
  await db.open();
  await seedProfiles();
});

afterEach(async () => {
  await db.delete();
});

describe('useRetentionAtStart', () => {
  it('deletes what is past its period once, and records it as the system', async () => {
    const draft = await postAt('Entwurf', '2026-12-02', 'draft');
    await addComment(draft, 'Uralt', { actorId: ANNA_EDITOR.id, now: new Date('2020-01-01T08:00:00Z') });
    await addComment(draft, 'Neu', { actorId: ANNA_EDITOR.id, now: new Date() });
    await storeSettings({
      ...DEFAULT_SETTINGS,
      retention: { postsMonths: 0, commentsMonths: 12, auditMonths: 0 },
    });

    renderHook(() => useRetentionAtStart());
    await waitFor(async () =>
      expect((await db.audit.orderBy('seq').last())?.action).toBe('retentionApplied'),
    );
    expect((await db.comments.toArray()).map((comment) => comment.text)).toEqual(['Neu']);
    expect((await db.audit.orderBy('seq').last())?.actorId).toBe('system');
  });
});
