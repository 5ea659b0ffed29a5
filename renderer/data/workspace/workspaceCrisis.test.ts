/** Crisis mode travels with the backup: restored on a fresh desk, the mode is on and its holds stay held. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseWorkspace } from '../../../shared/exchange/workspace';
import { loadCrisisState, switchCrisisOn } from '../workflow/crisisState';
import { db } from '../store/db';
import { EXPORT_TEST_NOW, postAt } from '../export/exportTestPosts';
import { getPost } from '../posts/postsRepository';
import { ADA_ADMIN, seedProfiles } from '../settings/testProfiles';
import { exportWorkspace, restoreWorkspace } from './workspaceRepository';

beforeEach(async () => {
  await db.open();
  await seedProfiles();
});

afterEach(async () => {
  await db.delete();
});

describe('crisis mode in the workspace file', () => {
  it('is written into a backup and restored on a fresh desk', async () => {
    const quiz = await postAt('Quiz', '2026-11-27', 'in_review');
    await switchCrisisOn({ reason: 'Hochwasser' }, { actorId: ADA_ADMIN.id, now: EXPORT_TEST_NOW });
    const { json, workspace } = await exportWorkspace({ includeMedia: true }, EXPORT_TEST_NOW);
    expect(workspace.crisis).toMatchObject({ active: true, reason: 'Hochwasser', byProfileId: ADA_ADMIN.id });

    // A second laptop: an empty desk.
    await db.delete();
    await db.open();
    expect(await loadCrisisState()).toEqual({ active: false });
    const restored = await restoreWorkspace(
      json,
      { mode: 'replace', conflicts: {} },
      { actorId: 'ada', now: EXPORT_TEST_NOW },
    );
    expect(restored.ok).toBe(true);
    expect(await loadCrisisState()).toMatchObject({ active: true, reason: 'Hochwasser', windowDays: 7 });
    expect((await getPost(quiz))?.status).toBe('on_hold');
  });

  it('reads files without a crisis state as crisis mode off, and refuses a broken one', async () => {
    const { workspace } = await exportWorkspace({ includeMedia: false }, EXPORT_TEST_NOW);
    const { crisis: _crisis, ...without } = workspace;
    const parsed = parseWorkspace(JSON.parse(JSON.stringify(without)));
    expect(parsed.ok && parsed.workspace.crisis).toEqual({ active: false });
    const broken = parseWorkspace({ ...workspace, crisis: { active: true, reason: ' ', since: 'gestern' } });
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.path).toMatch(/^crisis/);
  });
});
