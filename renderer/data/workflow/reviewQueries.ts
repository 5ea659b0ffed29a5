/** Live reads for the review dialog: a post's automatic findings with its media, under the current settings. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { PostFinding } from '../../../shared/checks/engine';
import type { Post } from '../../../shared/model/post';
import type { Settings } from '../../../shared/model/settings';
import { guardData } from '../store/dataErrors';
import { consentsOf, findingsOf, mediaOf } from './reviewRepository';
import { listImportedRequests, type ReviewRequestRow } from './reviewFileRepository';
import { useToday } from '../store/useToday';
import { useCrisisState } from './workflowQueries';

/** The findings of a stored post, live with its media and their consents; `undefined` while loading. */
export function usePostFindings(post: Post | null, settings: Settings): PostFinding[] | undefined {
  // An unscheduled post's consents are checked for today: a new day re-runs the query.
  const now = useToday(settings.timeZone);
  // While crisis mode is on, the crisis rules apply to every post: the approver sees what the composer showed.
  const crisis = useCrisisState();
  const crisisMode = crisis?.active === true;
  return useLiveQuery(async () => {
    if (post === null) return [];
    if (crisis === undefined) return undefined;
    const { media, consents } = await guardData(async () => {
      const metas = await mediaOf(post);
      return { media: metas, consents: await consentsOf(metas) };
    });
    return findingsOf(post, { media, consents, settings, now, crisisMode });
  }, [post, settings, now, crisis, crisisMode]);
}

/** Review requests imported from files, newest first. */
export function useImportedRequests(): ReviewRequestRow[] | undefined {
  return useLiveQuery(() => listImportedRequests(), []);
}
