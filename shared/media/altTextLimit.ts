/**
 * The alt text of an image must fit every network that shows it: the strictest alt-text limit among those
 * networks, counted as the variant findings count alt texts (UTF-16 code units after NFC).
 */
import { resolveLimits } from '../channels/limits';
import type { LimitSettings } from '../channels/limitSettings';
import { CHANNEL_NAMES, type Channel } from '../model/channels';

export interface AltTextLimit {
  used: number;
  max: number;
  /** The network with the strictest limit, by its brand name. */
  network: string;
  over: boolean;
}

/** The alt text's length against the strictest limit of `channels`; null when no network shows the image. */
export function altTextLimitFor(
  altText: string,
  channels: readonly Channel[],
  settings: LimitSettings,
): AltTextLimit | null {
  let strictest: { channel: Channel; max: number } | null = null;
  for (const channel of channels) {
    const max = resolveLimits(channel, settings).altTextMax;
    if (strictest === null || max < strictest.max) strictest = { channel, max };
  }
  if (strictest === null) return null;
  const used = altText.normalize('NFC').length;
  return { used, max: strictest.max, network: CHANNEL_NAMES[strictest.channel], over: used > strictest.max };
}
