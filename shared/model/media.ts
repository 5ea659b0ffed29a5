/** Metadata of a stored image or video: what checks and previews need, without the bytes themselves. */

export const IMAGE_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const VIDEO_MIME_TYPES = ['video/mp4', 'video/quicktime', 'video/webm'] as const;
export type ImageMimeType = (typeof IMAGE_MIME_TYPES)[number];
export type VideoMimeType = (typeof VIDEO_MIME_TYPES)[number];
export type MediaMimeType = ImageMimeType | VideoMimeType;

export type MediaKind = 'image' | 'video';

export interface MediaMeta {
  /** SHA-256 of the bytes, lower-case hex: the same file is stored once. */
  id: string;
  kind: MediaKind;
  /** Sniffed from the bytes, never taken from the file name. */
  mimeType: MediaMimeType;
  byteLength: number;
  /** Pixels; for videos when known, else null. */
  width: number | null;
  height: number | null;
  /** Seconds, videos only (null when unknown). */
  durationSeconds: number | null;
  fileName: string;
  /** Videos: subtitles are burnt in or supplied. */
  hasSubtitles: boolean;
  /** The image shows people: publishing needs a valid consent for each. */
  showsPeople: boolean;
  /** Consent records that cover the people shown. */
  consentIds: string[];
  createdAt: string;
}

/** A person's documented consent to appear in the organisation's posts (GDPR Art. 6(1)(a), 7; KUG §22). */
export interface Consent {
  id: string;
  person: string;
  purpose: string;
  /** `YYYY-MM-DD`. */
  givenOn: string;
  /** `YYYY-MM-DD`, or null for no end date. */
  validUntil: string | null;
  /** `YYYY-MM-DD` when withdrawn, else null. */
  withdrawnOn: string | null;
}
