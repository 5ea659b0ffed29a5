/** Live reads of the export page: the posts of a range with the media metadata, consents and profiles they need. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Consent, MediaMeta } from '../../../shared/model/media';
import type { Post } from '../../../shared/model/post';
import type { StoredProfile } from '../../../shared/model/profile';
import { isoToUtc, zonedDateTimeToIso } from '../../../shared/time/zoned';
import { listConsents } from '../media/consentsRepository';
import { getMediaMeta } from '../media/mediaRepository';
import { listPostsBetween } from '../posts/postsRepository';
import { listProfiles } from '../settings/profilesRepository';

export interface ExportCandidates {
  posts: Post[];
  media: Record<string, MediaMeta>;
  consents: Consent[];
  profiles: StoredProfile[];
}

/** `date` plus one calendar day (plain dates). */
function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/**
 * The posts scheduled from the start of `fromDate` to the end of `toDate` in `timeZone` (both valid plain dates,
 * `fromDate` ≤ `toDate`; pass null for no range) with what the selection needs; `undefined` while loading.
 */
export function useExportCandidates(
  range: { fromDate: string; toDate: string; timeZone: string } | null,
): ExportCandidates | undefined {
  const fromDate = range?.fromDate ?? null;
  const toDate = range?.toDate ?? null;
  const timeZone = range?.timeZone ?? null;
  return useLiveQuery(async () => {
    if (fromDate === null || toDate === null || timeZone === null)
      return { posts: [], media: {}, consents: [], profiles: [] };
    const startUtc = isoToUtc(zonedDateTimeToIso(fromDate, '00:00', timeZone));
    const endUtc = isoToUtc(zonedDateTimeToIso(nextDay(toDate), '00:00', timeZone));
    const posts = await listPostsBetween(startUtc, endUtc);
    const mediaIds = posts.flatMap((post) => post.media.map((attachment) => attachment.mediaId));
    const [media, consents, profiles] = await Promise.all([
      getMediaMeta(mediaIds),
      listConsents(),
      listProfiles(),
    ]);
    return { posts, media, consents, profiles };
  }, [fromDate, toDate, timeZone]);
}
