/**
 * The networks' limits as data: one table, each value with its source and the month it was checked
 * (sources as collected in the team's domain facts, domain.md, 2026-11). Where sources disagree the value is
 * "contested": the table lists the options and LimitSettings picks one (default: the stricter).
 */
import type { Channel } from '../model/channels';
import { DEFAULT_LIMIT_SETTINGS, type LimitSettings } from './limitSettings';
import { POST_FORMATS, type PostFormat } from '../model/variant';
import {
  BYTES_PER_MEGABYTE,
  LIMITS_CHECKED_ON,
  type AspectRatioLimits,
  type AspectRatioRange,
  type ContestedLimit,
  type NetworkLimitTable,
  type ResolvedLimits,
  type SourcedLimit,
} from './limitTypes';

const checkedOn = LIMITS_CHECKED_ON;
const DOMAIN_FACTS = 'Civic Desk domain facts (domain.md)';
const COUNTING_NOTE =
  'Not documented by the network. UTF-16 units are never fewer than code points or graphemes, so a text that ' +
  'fits here fits under any of these counts (LinkedIn reports Java string lengths, which are UTF-16).';
const SEE_MORE_NOTE = 'Observed in the feed; depends on device and line breaks.';
const AYRSHARE_INSTAGRAM = 'Ayrshare docs "Media guidelines: Instagram" (2026-11)';
const GETLATE_INSTAGRAM = 'Late docs "Instagram media guidelines" (2026-11)';
/** Instagram's feed range, 4:5 … 1.91:1. */
const FEED_RANGE: AspectRatioRange = { min: [4, 5], max: [191, 100] };

/** Every network's limits, each value with its source; contested values list their options. */
export const NETWORK_LIMITS = {
  x: {
    textUnit: {
      value: 'x-weighted',
      source: 'docs.x.com "Counting characters"; twitter-text 3.1',
      checkedOn,
    },
    textMax: {
      value: 280,
      source: 'docs.x.com "Counting characters" (weighted: URL 23, emoji and CJK 2, NFC)',
      checkedOn,
      note: 'Paid accounts may post longer texts (4,000 or 25,000: sources disagree); planned for standard accounts.',
    },
    seeMoreAt: { value: null, source: DOMAIN_FACTS, checkedOn },
    hashtagsMax: { value: null, source: DOMAIN_FACTS, checkedOn },
    linksClickable: { value: true, source: DOMAIN_FACTS, checkedOn },
    mediaRequired: { value: false, source: DOMAIN_FACTS, checkedOn },
    mediaItemsMax: { value: 4, source: `${DOMAIN_FACTS}: up to 4 photos, or 1 GIF, or 1 video`, checkedOn },
    videoMustBeAlone: { value: true, source: `${DOMAIN_FACTS}: 4 photos, or 1 GIF, or 1 video`, checkedOn },
    imageTypes: {
      value: ['image/jpeg', 'image/png', 'image/webp'],
      source: `${DOMAIN_FACTS}: JPG/PNG/GIF/WEBP`,
      checkedOn,
      note: 'GIF is not among the types Civic Desk stores.',
    },
    imageMegabytesMax: { value: 5, source: `${DOMAIN_FACTS}: image ≤ 5 MB (GIF ≤ 15 MB)`, checkedOn },
    imageAspectRatio: { feed: { value: null, source: DOMAIN_FACTS, checkedOn } },
    videoAspectRatio: { feed: { value: null, source: DOMAIN_FACTS, checkedOn } },
    videoDuration: {
      value: { formats: ['feed'], minSeconds: 0.5 },
      source: `${DOMAIN_FACTS}: 0.5 s–20 min`,
      checkedOn,
    },
    videoMaxSeconds: { value: 1200, source: `${DOMAIN_FACTS}: 0.5 s–20 min`, checkedOn },
    altTextMax: { value: 1000, source: DOMAIN_FACTS, checkedOn },
  },
  instagram: {
    textUnit: { value: 'nfc-utf16', source: 'Civic Desk choice', checkedOn, note: COUNTING_NOTE },
    textMax: { value: 2200, source: `${DOMAIN_FACTS}: caption 2,200`, checkedOn },
    seeMoreAt: { value: 125, source: 'Common knowledge', checkedOn, approximate: true, note: SEE_MORE_NOTE },
    hashtagsMax: {
      setting: 'instagramHashtagLimit',
      options: [
        { value: 30, source: `${DOMAIN_FACTS}: 30 in most docs` },
        { value: 5, source: `${DOMAIN_FACTS}: 5 announced by Instagram Dec 2025, rolling out` },
      ],
      default: 5,
      checkedOn,
    },
    linksClickable: {
      value: false,
      source: `${DOMAIN_FACTS}: links in captions are not clickable`,
      checkedOn,
    },
    mediaRequired: { value: true, source: `${DOMAIN_FACTS}: image required`, checkedOn },
    mediaItemsMax: {
      setting: 'instagramCarouselLimit',
      options: [
        { value: 10, source: `${DOMAIN_FACTS}: carousel ≤ 10 (API)` },
        { value: 20, source: `${DOMAIN_FACTS}: the app allows 20` },
      ],
      default: 10,
      checkedOn,
    },
    videoMustBeAlone: { value: false, source: `${DOMAIN_FACTS}: carousels mix images and videos`, checkedOn },
    imageTypes: { value: ['image/jpeg'], source: `${DOMAIN_FACTS}: JPEG ≤ 8 MB`, checkedOn },
    imageMegabytesMax: { value: 8, source: `${DOMAIN_FACTS}: JPEG ≤ 8 MB`, checkedOn },
    imageAspectRatio: {
      feed: { value: FEED_RANGE, source: `${DOMAIN_FACTS}: 4:5 … 1.91:1`, checkedOn },
      carousel: {
        value: FEED_RANGE,
        source: `${DOMAIN_FACTS}: 4:5 … 1.91:1; ${GETLATE_INSTAGRAM}: carousel images as feed images`,
        checkedOn,
      },
      story: {
        value: { min: [9, 16], max: [191, 100] },
        source: `${AYRSHARE_INSTAGRAM}: 4:5 … 1.91:1, 9:16 portrait images also supported; ${GETLATE_INSTAGRAM}: 9:16 is posted as a story`,
        checkedOn,
        note: 'A story fills the screen upright (9:16); wider images are shown with bars above and below.',
      },
      reel: {
        value: { min: [9, 16], max: [191, 100] },
        source: `${AYRSHARE_INSTAGRAM}: reels 9:16 recommended`,
        checkedOn,
        note: 'Reels are videos; a cover image follows the story range.',
      },
    },
    videoAspectRatio: { feed: { value: null, source: DOMAIN_FACTS, checkedOn } },
    videoDuration: {
      value: { formats: ['reel'], minSeconds: 3 },
      source: `${DOMAIN_FACTS}: reels ≥ 3 s`,
      checkedOn,
    },
    videoMaxSeconds: {
      setting: 'instagramReelMaxSeconds',
      options: [
        { value: 900, source: `${DOMAIN_FACTS}: reels 3 s–15 min` },
        { value: 90, source: `${DOMAIN_FACTS}: reels ≤ 90 s` },
      ],
      default: 90,
      checkedOn,
    },
    altTextMax: {
      value: 1000,
      source: `${DOMAIN_FACTS}: alt text via API since 2025-03, images only; no length given`,
      checkedOn,
      approximate: true,
      note: "Facebook's 1,000 (same Meta API family) used; the caption's 2,200 would be too lenient to help.",
    },
  },
  facebook: {
    textUnit: { value: 'nfc-utf16', source: 'Civic Desk choice', checkedOn, note: COUNTING_NOTE },
    textMax: {
      setting: 'facebookTextLimit',
      options: [
        { value: 63206, source: `${DOMAIN_FACTS}: Meta / Postiz` },
        { value: 5000, source: `${DOMAIN_FACTS}: Mixpost and other scheduling tools` },
      ],
      default: 5000,
      checkedOn,
    },
    seeMoreAt: {
      value: 477,
      source: `${DOMAIN_FACTS}: ~477`,
      checkedOn,
      approximate: true,
      note: SEE_MORE_NOTE,
    },
    hashtagsMax: { value: null, source: DOMAIN_FACTS, checkedOn },
    linksClickable: { value: true, source: DOMAIN_FACTS, checkedOn },
    mediaRequired: { value: false, source: DOMAIN_FACTS, checkedOn },
    mediaItemsMax: { value: 10, source: `${DOMAIN_FACTS}: tools cap multi-photo at 10`, checkedOn },
    videoMustBeAlone: { value: false, source: `${DOMAIN_FACTS}: no rule given`, checkedOn },
    imageTypes: {
      value: ['image/jpeg', 'image/png', 'image/webp'],
      source: `${DOMAIN_FACTS}: no restriction given`,
      checkedOn,
      note: 'Not restricted here for lack of a source.',
    },
    imageMegabytesMax: { value: null, source: `${DOMAIN_FACTS}: no figure given`, checkedOn },
    imageAspectRatio: { feed: { value: null, source: DOMAIN_FACTS, checkedOn } },
    videoAspectRatio: { feed: { value: null, source: DOMAIN_FACTS, checkedOn } },
    videoDuration: {
      value: { formats: ['reel'], minSeconds: 3 },
      source: `${DOMAIN_FACTS}: reels 3–90 s`,
      checkedOn,
    },
    videoMaxSeconds: { value: 90, source: `${DOMAIN_FACTS}: reels 3–90 s`, checkedOn },
    altTextMax: { value: 1000, source: `${DOMAIN_FACTS}: Sprout Social UI`, checkedOn },
  },
  linkedin: {
    textUnit: { value: 'nfc-utf16', source: 'Civic Desk choice', checkedOn, note: COUNTING_NOTE },
    textMax: { value: 3000, source: `${DOMAIN_FACTS}: LinkedIn API error text`, checkedOn },
    seeMoreAt: {
      value: 210,
      source: `${DOMAIN_FACTS}: ~210`,
      checkedOn,
      approximate: true,
      note: SEE_MORE_NOTE,
    },
    hashtagsMax: { value: null, source: DOMAIN_FACTS, checkedOn },
    linksClickable: { value: true, source: DOMAIN_FACTS, checkedOn },
    mediaRequired: { value: false, source: DOMAIN_FACTS, checkedOn },
    mediaItemsMax: { value: 20, source: `${DOMAIN_FACTS}: 2–20 images per multi-image post`, checkedOn },
    videoMustBeAlone: {
      value: true,
      source: `${DOMAIN_FACTS}: images, or 1 video, or 1 document`,
      checkedOn,
    },
    imageTypes: {
      value: ['image/jpeg', 'image/png', 'image/webp'],
      source: `${DOMAIN_FACTS}: no restriction given`,
      checkedOn,
      note: 'Not restricted here for lack of a source.',
    },
    imageMegabytesMax: {
      setting: 'linkedinImageMegabytes',
      options: [
        { value: 5, source: `${DOMAIN_FACTS}: image 5 MB` },
        { value: 8, source: `${DOMAIN_FACTS}: image 8 MB` },
      ],
      default: 5,
      checkedOn,
    },
    imageAspectRatio: { feed: { value: null, source: DOMAIN_FACTS, checkedOn } },
    videoAspectRatio: {
      feed: { value: { min: [10, 24], max: [24, 10] }, source: `${DOMAIN_FACTS}: 1:2.4 … 2.4:1`, checkedOn },
    },
    videoDuration: {
      value: { formats: ['feed'], minSeconds: 3 },
      source: `${DOMAIN_FACTS}: MP4, 3 s–30 min`,
      checkedOn,
    },
    videoMaxSeconds: { value: 1800, source: `${DOMAIN_FACTS}: MP4, 3 s–30 min`, checkedOn },
    altTextMax: {
      setting: 'linkedinAltTextLimit',
      options: [
        { value: 256, source: `${DOMAIN_FACTS}: Sprout Social UI` },
        { value: 1000, source: `${DOMAIN_FACTS}: other sources` },
      ],
      default: 256,
      checkedOn,
    },
  },
} as const satisfies Record<Channel, NetworkLimitTable>;

function pick<T>(limit: SourcedLimit<T> | ContestedLimit, settings: LimitSettings): T | number {
  return 'setting' in limit ? settings[limit.setting] : limit.value;
}

/** Every format's range: its own entry, else the feed's. */
function byFormat(limits: AspectRatioLimits): Record<PostFormat, AspectRatioRange | null> {
  return Object.fromEntries(
    POST_FORMATS.map((format) => [format, (limits[format] ?? limits.feed).value]),
  ) as Record<PostFormat, AspectRatioRange | null>;
}

/** The limits of `channel` as plain values, contested ones as chosen in `settings`. */
export function resolveLimits(
  channel: Channel,
  settings: LimitSettings = DEFAULT_LIMIT_SETTINGS,
): ResolvedLimits {
  const table: NetworkLimitTable = NETWORK_LIMITS[channel];
  const megabytes = pick(table.imageMegabytesMax, settings);
  const duration = table.videoDuration.value;
  const maxSeconds = pick(table.videoMaxSeconds, settings);
  return {
    channel,
    textUnit: table.textUnit.value,
    textMax: pick(table.textMax, settings),
    seeMoreAt: table.seeMoreAt.value,
    hashtagsMax: pick(table.hashtagsMax, settings),
    linksClickable: table.linksClickable.value,
    mediaRequired: table.mediaRequired.value,
    mediaItemsMax: pick(table.mediaItemsMax, settings),
    videoMustBeAlone: table.videoMustBeAlone.value,
    imageTypes: table.imageTypes.value,
    imageBytesMax: megabytes === null ? null : megabytes * BYTES_PER_MEGABYTE,
    imageAspectRatio: byFormat(table.imageAspectRatio),
    videoAspectRatio: byFormat(table.videoAspectRatio),
    videoDuration:
      duration === null || maxSeconds === null
        ? null
        : { formats: duration.formats, minSeconds: duration.minSeconds, maxSeconds },
    altTextMax: pick(table.altTextMax, settings),
  };
}
