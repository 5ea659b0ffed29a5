/**
 * Small JPEG previews of images, made locally in the renderer (Chromium in Electron, or any current browser):
 * decode with `createImageBitmap` (which applies EXIF orientation), scale onto an `OffscreenCanvas` (or a
 * `<canvas>` element where there is none) and encode as JPEG. Where these APIs are missing (jsdom in tests) or
 * drawing fails, there is no thumbnail (`null`) and the UI shows the original. Videos get none. An image the
 * browser cannot decode at all is damaged, however whole its structure looked: that throws ImageDecodeError.
 */
import type { MediaKind } from '../../../shared/model/media';

/** Longest side of a thumbnail in pixels. */
export const THUMBNAIL_MAX_EDGE = 320;
const JPEG_QUALITY = 0.82;
/** JPEG has no transparency: transparent PNG and WebP areas become white, not black. */
const BACKGROUND = '#ffffff';

/** A thumbnailer may reject with ImageDecodeError: the image is damaged and must not be stored. */
export type Thumbnailer = (original: Blob, kind: MediaKind) => Promise<Blob | null>;

/** The browser could not decode the image: its bytes are damaged although its headers and end were found. */
export class ImageDecodeError extends Error {
  constructor(cause: unknown) {
    super('The image cannot be decoded', { cause });
    this.name = 'ImageDecodeError';
  }
}

/** The size of the thumbnail of a `width` × `height` picture: the long side at most `maxEdge`, never enlarged. */
export function thumbnailSize(
  width: number,
  height: number,
  maxEdge: number = THUMBNAIL_MAX_EDGE,
): { width: number; height: number } {
  const scale = Math.min(1, maxEdge / Math.max(width, height, 1));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/** A JPEG thumbnail of an image, or null (videos, no canvas support); rejects with ImageDecodeError. */
export const makeThumbnail: Thumbnailer = async (original, kind) => {
  if (kind !== 'image' || typeof createImageBitmap !== 'function') return null;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(original);
  } catch (error) {
    throw new ImageDecodeError(error);
  }
  try {
    const size = thumbnailSize(bitmap.width, bitmap.height);
    return await drawJpeg(bitmap, size.width, size.height);
  } catch {
    return null;
  } finally {
    bitmap.close();
  }
};

type Context2d = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

function paint(context: Context2d, bitmap: ImageBitmap, width: number, height: number): void {
  context.fillStyle = BACKGROUND;
  context.fillRect(0, 0, width, height);
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, width, height);
}

async function drawJpeg(bitmap: ImageBitmap, width: number, height: number): Promise<Blob | null> {
  if (typeof OffscreenCanvas === 'function') {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) return null;
    paint(context, bitmap, width, height);
    return canvas.convertToBlob({ type: 'image/jpeg', quality: JPEG_QUALITY });
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return null;
  paint(context, bitmap, width, height);
  return new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY));
}
