/** The shapes of the limit table (NETWORK_LIMITS) and of one network's resolved limits. */
import type { Channel } from '../model/channels';
import type { ImageMimeType } from '../model/media';
import type { PostFormat } from '../model/variant';
import type { LimitSettings } from './limitSettings';

/** Month in which the table's values were last checked against their sources. */
export const LIMITS_CHECKED_ON = '2026-11';

/** Bytes in one megabyte as the networks' upload limits mean it (X's API reports 5 MB as 5,242,880 bytes). */
export const BYTES_PER_MEGABYTE = 1024 * 1024;

/** A limit value with where it comes from. */
export interface SourcedLimit<T> {
  readonly value: T;
  readonly source: string;
  readonly checkedOn: typeof LIMITS_CHECKED_ON;
  /** An observed figure (e.g. where the feed cuts), not a documented rule. */
  readonly approximate?: boolean;
  readonly note?: string;
}

type ContestedLimitFor<K extends keyof LimitSettings> = {
  readonly setting: K;
  readonly options: readonly { readonly value: LimitSettings[K]; readonly source: string }[];
  readonly default: LimitSettings[K];
  readonly checkedOn: typeof LIMITS_CHECKED_ON;
  readonly note?: string;
};

/** A limit on which sources disagree; `setting` names the LimitSettings key that picks the option. */
export type ContestedLimit = { [K in keyof LimitSettings]: ContestedLimitFor<K> }[keyof LimitSettings];

/** Allowed width:height range, both ends inclusive, as integer pairs (1.91:1 is [191, 100]). */
export interface AspectRatioRange {
  readonly min: readonly [width: number, height: number];
  readonly max: readonly [width: number, height: number];
}

/** One aspect-ratio limit: a range, or null where no figure is known (not checked). */
export type AspectRatioLimit = SourcedLimit<AspectRatioRange | null>;

/**
 * Aspect-ratio limits by format (a story or reel fills the screen upright, a feed post does not): `feed` applies
 * to every format without its own entry.
 */
export type AspectRatioLimits = { readonly feed: AspectRatioLimit } & {
  readonly [F in Exclude<PostFormat, 'feed'>]?: AspectRatioLimit;
};

/** How a network counts text: X's weighted count (twitter-text) or UTF-16 code units after NFC. */
export type TextUnit = 'x-weighted' | 'nfc-utf16';

/** The shape of one network's row in NETWORK_LIMITS. */
export interface NetworkLimitTable {
  readonly textUnit: SourcedLimit<TextUnit>;
  readonly textMax: SourcedLimit<number> | ContestedLimit;
  /** Characters (in `textUnit`) the feed shows before "see more"; null: the network shows the whole text. */
  readonly seeMoreAt: SourcedLimit<number | null>;
  readonly hashtagsMax: SourcedLimit<number | null> | ContestedLimit;
  readonly linksClickable: SourcedLimit<boolean>;
  readonly mediaRequired: SourcedLimit<boolean>;
  /** Images and videos together in one post. */
  readonly mediaItemsMax: SourcedLimit<number> | ContestedLimit;
  /** A video must be the post's only media item. */
  readonly videoMustBeAlone: SourcedLimit<boolean>;
  readonly imageTypes: SourcedLimit<readonly ImageMimeType[]>;
  /** null: no figure known, not checked. */
  readonly imageMegabytesMax: SourcedLimit<number | null> | ContestedLimit;
  readonly imageAspectRatio: AspectRatioLimits;
  readonly videoAspectRatio: AspectRatioLimits;
  /** Shortest video and the formats the duration limits apply to; null: no duration known. */
  readonly videoDuration: SourcedLimit<{
    readonly formats: readonly PostFormat[];
    readonly minSeconds: number;
  } | null>;
  readonly videoMaxSeconds: SourcedLimit<number | null> | ContestedLimit;
  /** Alt text of an image, in UTF-16 code units after NFC. */
  readonly altTextMax: SourcedLimit<number> | ContestedLimit;
}

/** One network's limits as plain values, contested ones resolved through LimitSettings. */
export interface ResolvedLimits {
  readonly channel: Channel;
  readonly textUnit: TextUnit;
  readonly textMax: number;
  readonly seeMoreAt: number | null;
  readonly hashtagsMax: number | null;
  readonly linksClickable: boolean;
  readonly mediaRequired: boolean;
  readonly mediaItemsMax: number;
  readonly videoMustBeAlone: boolean;
  readonly imageTypes: readonly ImageMimeType[];
  readonly imageBytesMax: number | null;
  /** By format; null: not checked. */
  readonly imageAspectRatio: Readonly<Record<PostFormat, AspectRatioRange | null>>;
  readonly videoAspectRatio: Readonly<Record<PostFormat, AspectRatioRange | null>>;
  readonly videoDuration: {
    readonly formats: readonly PostFormat[];
    readonly minSeconds: number;
    readonly maxSeconds: number;
  } | null;
  readonly altTextMax: number;
}
