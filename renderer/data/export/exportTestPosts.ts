/** Posts for the export tests: written by Anna, submitted, and approved (signed) by Paula, as in real use. */
import { DEFAULT_CHECKLIST } from '../../../shared/checks/checklist';
import type { PostFormInput } from '../../../shared/model/postInput';
import { savePostFromForm } from '../posts/postsRepository';
import { setChecklistTick } from '../workflow/reviewRepository';
import { ANNA_EDITOR, PAUL_APPROVER } from '../settings/testProfiles';
import { approvePost, submitForReview } from '../workflow/workflowRepository';
import { ensureTestTrust } from '../trust/testTrust';

export const EXPORT_TEST_NOW = new Date('2026-11-25T08:00:00Z');

export type TestPostStage = 'draft' | 'in_review' | 'approved';

/** A post on `date` at `time` (Berlin) brought to `stage`; returns its id. */
export async function postAt(
  title: string,
  date: string,
  stage: TestPostStage,
  input: Partial<PostFormInput> = {},
  time = '10:00',
): Promise<string> {
  const context = { actorId: ANNA_EDITOR.id, now: EXPORT_TEST_NOW };
  const saved = await savePostFromForm(
    {
      title,
      channels: ['facebook', 'linkedin'],
      date,
      time,
      text: 'Die Stadtbibliothek hat am Samstag von 10 bis 14 Uhr geöffnet.',
      category: null,
      ...input,
    },
    null,
    { ...context, timeZone: 'Europe/Berlin' },
  );
  if (!saved.ok) throw new Error(`save failed: ${JSON.stringify(saved.errors)}`);
  const { id } = saved.post;
  if (stage === 'draft') return id;
  for (const item of DEFAULT_CHECKLIST.filter((entry) => entry.required)) {
    await setChecklistTick(id, item.id, true, context);
  }
  const submitted = await submitForReview(id, context);
  if (!submitted.ok) throw new Error(`submit failed: ${submitted.reason} ${JSON.stringify(submitted.gate)}`);
  if (stage === 'in_review') return id;
  // Approvals count only against the organisation's root (made once, by the seeded admin).
  await ensureTestTrust();
  const approved = await approvePost(id, { actorId: PAUL_APPROVER.id, now: EXPORT_TEST_NOW });
  if (!approved.ok) throw new Error(`approve failed: ${approved.reason}`);
  return id;
}
