/** Test helpers of the review feature: posts written, ticked and submitted through the real repositories. */
import { applicableItems } from '../../../shared/checks/checklist';
import type { Post } from '../../../shared/model/post';
import { savePostFromForm } from '../../data/postsRepository';
import { setChecklistTick } from '../../data/reviewRepository';
import { loadSettings } from '../../data/settingsRepository';
import { submitForReview } from '../../data/workflowRepository';

export const TEST_ZONE = 'Europe/Berlin';

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
