/** Live reads of media for components, and object URLs for showing stored images. */
import { useCallback, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { MediaMeta } from '../../../shared/model/media';
import { getMediaBlob, getMediaMeta, listMedia } from './mediaRepository';

/** The library, newest first; `undefined` while loading. */
export function useMediaLibrary(): MediaMeta[] | undefined {
  return useLiveQuery(() => listMedia(), []);
}

/** The metadata of `ids` by id (ids without a record are absent); `undefined` while loading. */
export function useMediaMetas(ids: readonly string[]): Record<string, MediaMeta> | undefined {
  const key = ids.join(',');
  return useLiveQuery(() => getMediaMeta(key === '' ? [] : key.split(',')), [key]);
}

/**
 * Object URLs are counted per Blob: every component showing the same Blob shares one URL, and it is revoked when
 * the last one stops showing it (unmount or another Blob).
 */
const objectUrls = new Map<Blob, { url: string; users: number }>();

function acquireUrl(blob: Blob): void {
  const entry = objectUrls.get(blob);
  if (entry) entry.users += 1;
  else objectUrls.set(blob, { url: URL.createObjectURL(blob), users: 1 });
}

function releaseUrl(blob: Blob): void {
  const entry = objectUrls.get(blob);
  if (!entry) return;
  entry.users -= 1;
  if (entry.users > 0) return;
  objectUrls.delete(blob);
  URL.revokeObjectURL(entry.url);
}

const canMakeUrls = (): boolean =>
  typeof URL.createObjectURL === 'function' && typeof URL.revokeObjectURL === 'function';

const noSubscription = () => () => undefined;

/**
 * A `blob:` URL of the stored medium `id` (null: none, not loaded yet or no object URLs here). `thumbnail` falls
 * back to the original when no thumbnail could be made; videos have no thumbnail, so ask for `original` (or
 * nothing) for them. The URL is revoked on unmount and when the Blob changes.
 */
export function useMediaObjectUrl(id: string | null, variant: 'thumbnail' | 'original'): string | null {
  const row = useLiveQuery(async () => (id === null ? null : ((await getMediaBlob(id)) ?? null)), [id]);
  const blob = (variant === 'thumbnail' ? (row?.thumbnail ?? row?.original) : row?.original) ?? null;

  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!blob || !canMakeUrls()) return () => undefined;
      acquireUrl(blob);
      // The URL exists from now on: let React read the snapshot again.
      onChange();
      return () => releaseUrl(blob);
    },
    [blob],
  );
  return useSyncExternalStore(blob ? subscribe : noSubscription, () =>
    blob ? (objectUrls.get(blob)?.url ?? null) : null,
  );
}
