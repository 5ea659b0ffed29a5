/**
 * Checks one network variant of a post against that network's limits: text length, hashtags, links, media
 * count, image type, size and aspect ratio, alt texts, video subtitles and duration. Each problem becomes a
 * finding with a stable id, an i18n message key (see messages.ts) and, for text problems, the UTF-16 range to
 * highlight. Runs in linear time in the length of the text and the number of media.
 */
import twitterText from 'twitter-text';
import { CHANNEL_NAMES, type Channel } from '../model/channels';
import type { MediaMeta } from '../model/media';
import type { PostFormat } from '../model/variant';
import {
  assertSameChannel,
  countCharacters,
  cutForPreview,
  measureText,
  X_INVALID_CHARACTER,
} from './counting';
import { BYTES_PER_MEGABYTE, type AspectRatioRange, type ResolvedLimits } from './limitTypes';
import type { LimitMessageKey } from './messages';

/** What checkVariant looks at: one variant with its media (in order) and the post's alt texts by media id. */
export interface VariantCheckInput {
  channel: Channel;
  format: PostFormat;
  text: string;
  media: readonly MediaMeta[];
  altTexts: Readonly<Record<string, string>>;
}

/** One problem of a variant. `id` is `<channel>.<rule>`, plus `:<mediaId>` for a problem of one media item. */
export interface LimitFinding {
  id: string;
  severity: 'error' | 'warning';
  messageKey: `limits.${LimitMessageKey}`;
  params: Record<string, string | number>;
  /** UTF-16 offsets into the variant's text, end exclusive, for highlighting. */
  range?: { start: number; end: number };
  /** The media item the finding is about. */
  mediaId?: string;
}

const IMAGE_TYPE_LABELS: Record<string, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WEBP',
};

/** An alt text that is a file name: no spaces and an image extension ("IMG_1234.jpg", "foto.png"). */
const IMAGE_FILE_NAME = /^[^\s/\\]+\.(?:jpe?g|png|webp|gif|heic|heif|avif|tiff?|bmp)$/iu;
/** A camera's or a folder's numbering without extension ("IMG_1234", "DSC01234", "Foto 3"). */
const NUMBERED_FILE_STEM =
  /^(?:img|dsc[fn]?|pxl|mvimg|gopr|dji|screenshot|bildschirmfoto|foto|photo|bild|image)[\s_-]*\d[\d\s_-]*$/iu;

/** True when `altText` only names a file instead of describing the image. */
function isFileName(altText: string, fileName: string): boolean {
  const alt = altText.trim().toLowerCase();
  const file = fileName.trim().toLowerCase();
  const stem = file.replace(/\.[^.]*$/u, '');
  return (
    alt === file || (stem !== '' && alt === stem) || IMAGE_FILE_NAME.test(alt) || NUMBERED_FILE_STEM.test(alt)
  );
}

function withinAspectRatio(width: number, height: number, range: AspectRatioRange): boolean {
  const [minWidth, minHeight] = range.min;
  const [maxWidth, maxHeight] = range.max;
  return width * minHeight >= height * minWidth && width * maxHeight <= height * maxWidth;
}

const roundTo = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits;

type Severity = LimitFinding['severity'];
type FindingParams = LimitFinding['params'];
type FindingDetails = Partial<Pick<LimitFinding, 'params' | 'range' | 'mediaId'>>;
/** Adds a finding; `network` is always among its params. */
type AddFinding = (rule: string, severity: Severity, key: LimitMessageKey, details?: FindingDetails) => void;
/** Adds a finding about one media item; `network`, `position` and `fileName` are always among its params. */
type AddMediaFinding = (
  rule: string,
  severity: Severity,
  key: LimitMessageKey,
  params?: FindingParams,
) => void;

/** The findings for one variant: errors block publishing, warnings advise. Text findings first, then media. */
export function checkVariant(input: VariantCheckInput, limits: ResolvedLimits): LimitFinding[] {
  assertSameChannel(input.channel, limits);
  const findings: LimitFinding[] = [];
  const network = CHANNEL_NAMES[input.channel];
  const add: AddFinding = (rule, severity, key, details = {}) => {
    const { params, ...rest } = details;
    const id = `${input.channel}.${rule}`;
    findings.push({ id, severity, messageKey: `limits.${key}`, params: { network, ...params }, ...rest });
  };

  checkText(input, limits, add);
  checkMediaSet(input, limits, add);
  input.media.forEach((media, index) => {
    const mediaParams = { position: index + 1, fileName: media.fileName };
    const addForMedia: AddMediaFinding = (rule, severity, key, params = {}) =>
      add(`${rule}:${media.id}`, severity, key, { params: { ...mediaParams, ...params }, mediaId: media.id });
    if (media.kind === 'image') checkImage(media, input, limits, addForMedia);
    else checkVideo(media, input.format, limits, addForMedia);
  });
  return findings;
}

function checkText(input: VariantCheckInput, limits: ResolvedLimits, add: AddFinding): void {
  const { channel, text } = input;
  const { used, overflowStart } = measureText(channel, text, limits.textMax);
  if (overflowStart !== null) {
    const key = limits.textUnit === 'x-weighted' ? 'textTooLongWeighted' : 'textTooLong';
    const params = { used, max: limits.textMax, over: used - limits.textMax };
    add('text.tooLong', 'error', key, { params, range: { start: overflowStart, end: text.length } });
  }
  if (limits.textUnit === 'x-weighted') {
    const invalidAt = text.search(X_INVALID_CHARACTER);
    if (invalidAt >= 0) {
      const codePoint = text.charCodeAt(invalidAt).toString(16).toUpperCase();
      add('text.invalidCharacter', 'error', 'textInvalidCharacter', {
        params: { codePoint },
        range: { start: invalidAt, end: invalidAt + 1 },
      });
    }
  }
  if (limits.seeMoreAt !== null && used > limits.seeMoreAt) {
    const { visible } = cutForPreview(channel, text, limits);
    const params = { cut: limits.seeMoreAt };
    add('text.beyondSeeMore', 'warning', 'textBeyondSeeMore', {
      params,
      range: { start: visible.length, end: text.length },
    });
  }
  if (limits.hashtagsMax !== null) {
    const hashtags = twitterText.extractHashtagsWithIndices(text);
    const firstExtra = hashtags[limits.hashtagsMax];
    const last = hashtags.at(-1);
    if (firstExtra !== undefined && last !== undefined) {
      const params = { count: hashtags.length, max: limits.hashtagsMax };
      add('text.tooManyHashtags', 'error', 'tooManyHashtags', {
        params,
        range: { start: firstExtra.indices[0], end: last.indices[1] },
      });
    }
  }
  if (!limits.linksClickable) {
    const urls = twitterText.extractUrlsWithIndices(text);
    const first = urls[0];
    if (first !== undefined) {
      const range = { start: first.indices[0], end: first.indices[1] };
      add('text.linkNotClickable', 'warning', 'linkNotClickable', {
        params: { count: urls.length },
        range,
      });
    }
  }
}

function checkMediaSet(input: VariantCheckInput, limits: ResolvedLimits, add: AddFinding): void {
  const count = input.media.length;
  if (limits.mediaRequired && count === 0) add('media.required', 'error', 'mediaRequired');
  if (count > limits.mediaItemsMax) {
    add('media.tooMany', 'error', 'tooManyMedia', { params: { count, max: limits.mediaItemsMax } });
  }
  if (limits.videoMustBeAlone && count > 1 && input.media.some((media) => media.kind === 'video')) {
    add('media.videoNotAlone', 'error', 'videoNotAlone');
  }
}

function checkImage(
  media: MediaMeta,
  { altTexts, format }: Pick<VariantCheckInput, 'altTexts' | 'format'>,
  limits: ResolvedLimits,
  add: AddMediaFinding,
): void {
  const altText = altTexts[media.id] ?? '';
  if (!(limits.imageTypes as readonly string[]).includes(media.mimeType)) {
    const type = IMAGE_TYPE_LABELS[media.mimeType] ?? media.mimeType;
    const accepted = limits.imageTypes.map((mimeType) => IMAGE_TYPE_LABELS[mimeType] ?? mimeType).join(', ');
    add('image.typeNotAccepted', 'error', 'imageTypeNotAccepted', { type, accepted });
  }
  if (limits.imageBytesMax !== null && media.byteLength > limits.imageBytesMax) {
    add('image.tooLarge', 'error', 'imageTooLarge', {
      // Rounded up, so that a file just over the limit never reads as exactly the limit.
      sizeMegabytes: Math.ceil((media.byteLength / BYTES_PER_MEGABYTE) * 10) / 10,
      maxMegabytes: roundTo(limits.imageBytesMax / BYTES_PER_MEGABYTE, 1),
    });
  }
  checkAspectRatio(media, limits.imageAspectRatio[format], add);
  if (altText.trim() === '') {
    add('image.altTextMissing', 'error', 'altTextMissing');
    return;
  }
  if (isFileName(altText, media.fileName)) add('image.altTextIsFileName', 'error', 'altTextIsFileName');
  // Alt texts are plain strings on every network: UTF-16 code units after NFC, the strict reading.
  const altTextLength = altText.normalize('NFC').length;
  if (altTextLength > limits.altTextMax) {
    add('image.altTextTooLong', 'error', 'altTextTooLong', { used: altTextLength, max: limits.altTextMax });
  }
}

function checkVideo(
  media: MediaMeta,
  format: PostFormat,
  limits: ResolvedLimits,
  add: AddMediaFinding,
): void {
  if (!media.hasSubtitles) add('video.noSubtitles', 'warning', 'videoWithoutSubtitles');
  const duration = limits.videoDuration;
  const seconds = media.durationSeconds;
  if (duration !== null && seconds !== null && duration.formats.includes(format)) {
    if (seconds < duration.minSeconds || seconds > duration.maxSeconds) {
      const params = { seconds: roundTo(seconds, 1), min: duration.minSeconds, max: duration.maxSeconds };
      add('video.durationOutOfRange', 'error', 'videoDurationOutOfRange', params);
    }
  }
  checkAspectRatio(media, limits.videoAspectRatio[format], add);
}

function checkAspectRatio(media: MediaMeta, range: AspectRatioRange | null, add: AddMediaFinding): void {
  const { width, height } = media;
  if (range === null || width === null || height === null || width <= 0 || height <= 0) return;
  if (withinAspectRatio(width, height, range)) return;
  add(`${media.kind}.aspectRatioOutOfRange`, 'error', 'aspectRatioOutOfRange', {
    width,
    height,
    // Three digits, so that 1080 × 1351 (0.799) does not read like the allowed 4:5 (0.8).
    ratio: roundTo(width / height, 3),
    min: roundTo(range.min[0] / range.min[1], 3),
    max: roundTo(range.max[0] / range.max[1], 3),
  });
}

/** Live counter values for the composer: used and remaining characters, hashtags and their limit. */
export function countersFor(
  channel: Channel,
  text: string,
  limits: ResolvedLimits,
): { used: number; limit: number; remaining: number; hashtags: number; hashtagLimit: number | null } {
  assertSameChannel(channel, limits);
  const used = countCharacters(channel, text);
  const hashtags = twitterText.extractHashtags(text).length;
  return {
    used,
    limit: limits.textMax,
    remaining: limits.textMax - used,
    hashtags,
    hashtagLimit: limits.hashtagsMax,
  };
}
