import { describe, expect, it } from 'vitest';
import { makeThumbnail, THUMBNAIL_MAX_EDGE, thumbnailSize } from './thumbnail';

describe('thumbnailSize', () => {
  it('scales the long side down to 320 px and keeps the aspect ratio', () => {
    expect(THUMBNAIL_MAX_EDGE).toBe(320);
    expect(thumbnailSize(4000, 3000)).toEqual({ width: 320, height: 240 });
    expect(thumbnailSize(1080, 1920)).toEqual({ width: 180, height: 320 });
    expect(thumbnailSize(5000, 10)).toEqual({ width: 320, height: 1 });
  });

  it('never enlarges a small picture', () => {
    expect(thumbnailSize(200, 100)).toEqual({ width: 200, height: 100 });
    expect(thumbnailSize(320, 320)).toEqual({ width: 320, height: 320 });
  });
});

describe('makeThumbnail', () => {
  it('makes none where the browser has no createImageBitmap (jsdom), and none for videos', async () => {
    expect(typeof globalThis.createImageBitmap).toBe('undefined');
    const image = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' });
    expect(await makeThumbnail(image, 'image')).toBeNull();
    expect(await makeThumbnail(new Blob([], { type: 'video/mp4' }), 'video')).toBeNull();
  });
});
