/**
 * A file added to a post must fit the image size limit of every network the post is planned for: an image over
 * it is refused with the strictest such network named, and nothing is stored. (Images taken from the library,
 * or networks chosen later, are checked by the variant findings instead.)
 */
import { resolveLimits } from '../channels/limits';
import type { LimitSettings } from '../channels/limitSettings';
import { BYTES_PER_MEGABYTE } from '../channels/limitTypes';
import { CHANNEL_NAMES, type Channel } from '../model/channels';
import type { MediaKind } from '../model/media';
import type { MessageParams } from './messages';

export interface TooLargeForNetwork {
  channel: Channel;
  messageKey: 'media.inspect.tooLargeForNetwork';
  params: MessageParams;
}

/** The network with the smallest image limit that `byteLength` exceeds, or null when the image fits them all. */
export function imageTooLargeForNetworks(
  file: { kind: MediaKind; byteLength: number; fileName: string },
  channels: readonly Channel[],
  settings: LimitSettings,
): TooLargeForNetwork | null {
  if (file.kind !== 'image') return null;
  let strictest: { channel: Channel; max: number } | null = null;
  for (const channel of channels) {
    const max = resolveLimits(channel, settings).imageBytesMax;
    if (max === null || file.byteLength <= max) continue;
    if (strictest === null || max < strictest.max) strictest = { channel, max };
  }
  if (strictest === null) return null;
  return {
    channel: strictest.channel,
    messageKey: 'media.inspect.tooLargeForNetwork',
    params: {
      fileName: file.fileName,
      network: CHANNEL_NAMES[strictest.channel],
      // Rounded up, so a file just over the limit never reads as exactly the limit.
      sizeMegabytes: Math.ceil((file.byteLength / BYTES_PER_MEGABYTE) * 10) / 10,
      maxMegabytes: Math.round((strictest.max / BYTES_PER_MEGABYTE) * 10) / 10,
    },
  };
}
