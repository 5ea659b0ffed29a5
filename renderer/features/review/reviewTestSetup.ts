/**
 * Test helpers of the review feature: the seeded desk, and posts written, ticked and submitted through the real
 * repositories.
 */
import { cleanup } from '@testing-library/react';
import { vi } from 'vitest';
import { applicableItems } from '../../../shared/checks/checklist';
import type { Post } from '../../../shared/model/post';
import { savePostFromForm } from '../../data/posts/postsRepository';
import { setChecklistTick } from '../../data/workflow/reviewRepository';
import { loadSettings } from '../../data/settings/settingsRepository';
import { submitForReview } from '../../data/workflow/workflowRepository';
import { seedProfiles } from '../../data/settings/testProfiles';
import { seedTrust } from '../../data/trust/testTrust';
import { useUiStore } from '../../state/uiStore';

export const TEST_ZONE = 'Europe/Berlin';

const initialUi = useUiStore.getState();

/** The desk's database as a test file hands it over (only tests and renderer/data import it). */
export interface TestDatabase {
  open(): Promise<unknown>;
  delete(): Promise<void>;
}

/**
 * For `beforeEach`: Wednesday 25 November 2026, 09:00 in Berlin on a fake clock (timers still run), the UI state as
 * at start, `database` open with the test profiles; with `trust`, also the organisation's root and roster
 * (approvals are signed for the root and count only against its roster).
 */
export async function seedReviewDesk(
  database: TestDatabase,
  options: { trust?: boolean } = {},
): Promise<void> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-25T09:00:00+01:00'));
  useUiStore.setState(initialUi, true);
  await database.open();
  await seedProfiles();
  if (options.trust === true) await seedTrust();
}

/** For `afterEach`: unmounts, gives the clock back and deletes `database`. */
export async function clearReviewDesk(database: TestDatabase): Promise<void> {
  cleanup();
  vi.useRealTimers();
  await database.delete();
}

export interface TestPostInput {
  title?: string;
  text?: string;
  date?: string;
  time?: string;
}

/** Writes a post as `authorId`, or changes post `id`. */
export async function writePost(
  authorId: string,
  input: TestPostInput,
  id: string | null = null,
): Promise<Post> {
  const result = await savePostFromForm(
    {
      title: input.title ?? 'Quiz der Woche',
      channels: ['facebook'],
      date: input.date ?? '2026-12-03',
      time: input.time ?? '10:00',
      text: input.text ?? 'Wie viele Brücken hat unsere Stadt? Antworten Sie bis Freitag.',
    },
    id,
    { actorId: authorId, timeZone: TEST_ZONE, now: new Date() },
  );
  if (!result.ok) throw new Error(`post invalid: ${JSON.stringify(result.errors)}`);
  return result.post;
}

/** Ticks every applicable checklist item and submits the post. */
export async function tickAndSubmit(post: Post, actorId: string): Promise<void> {
  const settings = await loadSettings();
  for (const item of applicableItems(settings.checklist, post.category, post.channels)) {
    await setChecklistTick(post.id, item.id, true, { actorId, now: new Date() });
  }
  const result = await submitForReview(post.id, { actorId, now: new Date() });
  if (!result.ok) throw new Error(`submit refused: ${result.reason}`);
}

export async function submittedPost(authorId: string, input: TestPostInput = {}): Promise<Post> {
  const post = await writePost(authorId, input);
  await tickAndSubmit(post, authorId);
  return post;
}
