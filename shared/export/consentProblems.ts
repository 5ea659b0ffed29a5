/**
 * Which posts may not leave the app because of the people in their media: a medium that shows people needs a
 * valid, not withdrawn consent on the day the post goes out (in the organisation's zone), and a withdrawn consent
 * linked to any medium stops it too. The result feeds `selectForExport` (`consentProblems`).
 */
import { mediaConsentProblems } from '../media/consent';
import type { Consent, MediaMeta } from '../model/media';
import { isoToZonedParts } from '../time/zoned';
import type { ConsentProblem } from './selection';
import type { ExportPost } from './types';

/**
 * Post id → its consent problem (posts without a problem are absent). A withdrawal outranks a missing, expired or
 * not yet valid consent; media whose metadata is unknown are left to the package's own `mediaMissing` check.
 */
export function consentProblemsOf(
  posts: readonly Pick<ExportPost, 'id' | 'media' | 'scheduledAt'>[],
  media: Readonly<Record<string, MediaMeta>>,
  consents: readonly Consent[],
  timeZone: string,
): Record<string, ConsentProblem> {
  const problems: Record<string, ConsentProblem> = {};
  for (const post of posts) {
    if (post.scheduledAt === null || Number.isNaN(Date.parse(post.scheduledAt))) continue;
    const day = isoToZonedParts(post.scheduledAt, timeZone).date;
    let found: ConsentProblem | null = null;
    for (const attachment of post.media) {
      const meta = Object.hasOwn(media, attachment.mediaId) ? media[attachment.mediaId] : undefined;
      if (meta === undefined) continue;
      for (const problem of mediaConsentProblems(meta, consents, day)) {
        found = problem.code === 'consentWithdrawn' ? 'consentWithdrawn' : (found ?? 'consentMissing');
      }
      if (found === 'consentWithdrawn') break;
    }
    if (found !== null) problems[post.id] = found;
  }
  return problems;
}
