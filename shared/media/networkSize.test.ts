import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMIT_SETTINGS } from '../channels/limitSettings';
import type { Channel } from '../model/channels';
import { imageTooLargeForNetworks } from './networkSize';

const MB = 1024 * 1024;
const image = (byteLength: number) => ({ kind: 'image' as const, byteLength, fileName: 'foto.jpg' });

describe('imageTooLargeForNetworks', () => {
  it.each<[string, number, Channel[], Channel | null, number | null]>([
    ['exactly 5 MB fits X', 5 * MB, ['x'], null, null],
    ['one byte over 5 MB is too large for X', 5 * MB + 1, ['x'], 'x', 5],
    ['6 MB fits Instagram (8 MB)', 6 * MB, ['instagram'], null, null],
    ['9 MB is too large for Instagram', 9 * MB, ['instagram'], 'instagram', 8],
    [
      '6 MB names LinkedIn (5 MB by default), not Instagram',
      6 * MB,
      ['instagram', 'linkedin'],
      'linkedin',
      5,
    ],
    ['9 MB names the strictest of Instagram and X', 9 * MB, ['instagram', 'x'], 'x', 5],
    ['Facebook states no image size', 14 * MB, ['facebook'], null, null],
    ['no network chosen yet', 14 * MB, [], null, null],
  ])('%s', (_name, bytes, channels, network, max) => {
    const result = imageTooLargeForNetworks(image(bytes), channels, DEFAULT_LIMIT_SETTINGS);
    expect(result?.channel ?? null).toBe(network);
    expect(result?.params.maxMegabytes ?? null).toBe(max);
  });

  it('follows the contested LinkedIn setting (5 or 8 MB)', () => {
    const sixMegabytes = image(6 * MB);
    const eight = { ...DEFAULT_LIMIT_SETTINGS, linkedinImageMegabytes: 8 as const };
    expect(imageTooLargeForNetworks(sixMegabytes, ['linkedin'], eight)).toBeNull();
    expect(imageTooLargeForNetworks(sixMegabytes, ['linkedin'], DEFAULT_LIMIT_SETTINGS)).not.toBeNull();
  });

  it('gives the message key and its params, the size rounded up', () => {
    expect(imageTooLargeForNetworks(image(5 * MB + 1), ['x'], DEFAULT_LIMIT_SETTINGS)).toEqual({
      channel: 'x',
      messageKey: 'media.inspect.tooLargeForNetwork',
      params: { fileName: 'foto.jpg', network: 'X', sizeMegabytes: 5.1, maxMegabytes: 5 },
    });
  });

  it('leaves videos to the video checks', () => {
    const video = { kind: 'video' as const, byteLength: 400 * MB, fileName: 'film.mp4' };
    expect(imageTooLargeForNetworks(video, ['x', 'linkedin'], DEFAULT_LIMIT_SETTINGS)).toBeNull();
  });
});
