import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CHECKLIST } from '../../../shared/checks/checklist';
import type { PostFormInput } from '../../../shared/model/postInput';
import { db } from '../store/db';
import { savePostFromForm } from '../posts/postsRepository';
import { setChecklistTick, setOverride } from './reviewRepository';
import { seedProfiles } from '../settings/testProfiles';
import { submitForReview } from './workflowRepository';

const context = { actorId: 'anna', now: new Date('2026-11-25T08:00:00Z') };
const crisisPost: PostFormInput = {
  title: 'Unwetterwarnung',
  channels: ['facebook'],
  date: '2026-11-26',
  time: '10:00',
  text: 'Sturmböen erwartet 😂 Bitte bleiben Sie zu Hause.',
  category: 'Krise',
};

async function create(input: PostFormInput): Promise<string> {
  const result = await savePostFromForm(input, null, { ...context, timeZone: 'Europe/Berlin' });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.post.id;
}

async function tickRequired(postId: string): Promise<void> {
  for (const item of DEFAULT_CHECKLIST.filter((entry) => entry.required)) {
    await setChecklistTick(postId, item.id, true, context);
  }
}

beforeEach(async () => {
  await db.open();
  await seedProfiles();
});

afterEach(async () => {
  await db.delete();
});

describe('submission for review', () => {
  it('refuses a crisis post that jokes, and a post with open required items, whatever the UI shows', async () => {
    const id = await create(crisisPost);
    const first = await submitForReview(id, context);
    expect(first.ok).toBe(false);
    if (first.ok || !first.gate) throw new Error('the gate must refuse');
    expect(first.gate.blocking.map((finding) => finding.rule)).toContain('crisis.humourEmoji');
    expect(first.gate.missingItems).toHaveLength(6);
    expect((await db.posts.get(id))?.status).toBe('draft');
  });

  it('submits once the blocking finding is overridden with a reason and the items are ticked; both are recorded', async () => {
    const id = await create(crisisPost);
    await tickRequired(id);
    const refused = await submitForReview(id, context);
    if (refused.ok) throw new Error('a joking crisis post must not pass');
    const blocking = (refused.gate?.blocking ?? []).map((finding) => finding.id);
    for (const findingId of blocking)
      await setOverride(id, findingId, 'Zitat aus einer Bürgeranfrage.', context);
    expect((await submitForReview(id, context)).ok).toBe(true);
    const stored = await db.posts.get(id);
    expect(stored?.status).toBe('in_review');
    expect(stored?.checks.ticks).toContainEqual({
      itemId: 'facts',
      by: 'anna',
      at: '2026-11-25T08:00:00.000Z',
    });
    expect(stored?.checks.overrides.map((override) => override.reason)).toEqual(
      blocking.map(() => 'Zitat aus einer Bürgeranfrage.'),
    );
    const audit = await db.audit.where('postId').equals(id).sortBy('seq');
    expect(audit.map((entry) => entry.action)).toEqual(['submit', ...blocking.map(() => 'checksOverridden')]);
    expect(audit.filter((entry) => entry.action === 'checksOverridden').map((entry) => entry.note)).toEqual(
      (refused.gate?.blocking ?? []).map((finding) => `${finding.rule}: Zitat aus einer Bürgeranfrage.`),
    );
  });

  it('submits a clean post with its required items ticked, and unticking takes the tick away', async () => {
    const id = await create({ ...crisisPost, text: 'Sturmböen erwartet. Bitte bleiben Sie zu Hause.' });
    await tickRequired(id);
    await setChecklistTick(id, 'facts', false, context);
    const refused = await submitForReview(id, context);
    expect(refused.ok ? [] : (refused.gate?.missingItems ?? []).map((item) => item.id)).toEqual(['facts']);
    await setChecklistTick(id, 'facts', true, context);
    expect((await submitForReview(id, context)).ok).toBe(true);
  });
});
