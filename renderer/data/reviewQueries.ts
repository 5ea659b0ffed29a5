/** Live reads for the review dialog: a post's automatic findings with its media, under the current settings. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { PostFinding } from '../../shared/checks/engine';
import type { Post } from '../../shared/model/post';
import type { Settings } from '../../shared/model/settings';
import { guardData } from './dataErrors';
import { findingsOf, mediaOf } from './reviewRepository';
import { listImportedRequests, type ReviewRequestRow } from './reviewFileRepository';

/** The findings of a stored post; `undefined` while loading. */
export function usePostFindings(post: Post | null, settings: Settings): PostFinding[] | undefined {
  return useLiveQuery(
    async () => (post === null ? [] : findingsOf(post, await guardData(() => mediaOf(post)), settings)),
    [post, settings],
  );
}

/** Review requests imported from files, newest first. */
export function useImportedRequests(): ReviewRequestRow[] | undefined {
  return useLiveQuery(() => listImportedRequests(), []);
}
