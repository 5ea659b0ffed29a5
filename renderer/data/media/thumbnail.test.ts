import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImageDecodeError, makeThumbnail, THUMBNAIL_MAX_EDGE, thumbnailSize } from './thumbnail';

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

  describe('where the browser cannot decode the image', () => {
    afterEach(() => vi.unstubAllGlobals());

    it('rejects with ImageDecodeError, so the file is refused as damaged', async () => {
      const decodeFailure = new DOMException('The source image could not be decoded.', 'InvalidStateError');
      vi.stubGlobal('createImageBitmap', () => Promise.reject(decodeFailure));
      const image = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], { type: 'image/jpeg' });
      const result = makeThumbnail(image, 'image');
      await expect(result).rejects.toBeInstanceOf(ImageDecodeError);
      await expect(result).rejects.toMatchObject({ cause: decodeFailure });
    });
  });
});
