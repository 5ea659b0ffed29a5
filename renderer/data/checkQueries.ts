/** Finding counts of the posts on screen, for the calendar's badges and weekly summary; live with the media. */
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { FindingCounts } from '../../shared/calendar/postEvents';
import { countFindings } from '../../shared/checks/summary';
import type { MediaMeta } from '../../shared/model/media';
import type { Post } from '../../shared/model/post';
import type { Settings } from '../../shared/model/settings';
import { db } from './db';
import { findingsOf } from './reviewRepository';
import { useCrisisState } from './workflowQueries';

const NO_POSTS: Post[] = [];

export function useFindingCounts(
  posts: Post[] | undefined,
  settings: Settings,
): Record<string, FindingCounts> {
  const list = posts ?? NO_POSTS;
  const mediaKey = [...new Set(list.flatMap((post) => post.media.map((item) => item.mediaId)))]
    .sort()
    .join(',');
  const media = useLiveQuery(async () => {
    const ids = mediaKey === '' ? [] : mediaKey.split(',');
    const metas = await db.media.bulkGet(ids);
    return Object.fromEntries(
      metas.filter((meta): meta is MediaMeta => meta !== undefined).map((meta) => [meta.id, meta]),
    );
  }, [mediaKey]);
  const crisisMode = useCrisisState()?.active === true;
  return useMemo(
    () =>
      media === undefined
        ? {}
        : Object.fromEntries(
            list.map((post) => [post.id, countFindings(findingsOf(post, media, settings, crisisMode))]),
          ),
    [list, media, settings, crisisMode],
  );
}
