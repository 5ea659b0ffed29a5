import { describe, expect, it } from 'vitest';
import { sha256Hex } from './hash';
import { inspectMediaFile, MAX_IMAGE_BYTES, MAX_VIDEO_BYTES } from './inspect';
import {
  ascii,
  box,
  concat,
  ebmlFile,
  ftyp,
  jpegFile,
  mp4File,
  pngFile,
  ROTATE_90_MATRIX,
  tkhd,
  webpLossy5x3,
} from './testFixtures';

const now = new Date('2026-11-25T09:30:00.000Z');

async function inspectOk(bytes: Uint8Array, fileName = 'Foto.jpg') {
  const result = await inspectMediaFile({ bytes, fileName, now });
  if (!result.ok) throw new Error(`expected ok, got ${result.reason}`);
  return result.meta;
}

describe('inspectMediaFile: accepted files', () => {
  it('describes a JPEG completely, with new-record defaults', async () => {
    const bytes = jpegFile(20, 9);
    expect(await inspectOk(bytes, 'Sommerfest.jpg')).toEqual({
      id: await sha256Hex(bytes),
      kind: 'image',
      mimeType: 'image/jpeg',
      byteLength: bytes.length,
      width: 20,
      height: 9,
      durationSeconds: null,
      fileName: 'Sommerfest.jpg',
      hasSubtitles: false,
      showsPeople: false,
      consentIds: [],
      createdAt: '2026-11-25T09:30:00.000Z',
    });
  });

  it('takes the type from the bytes, not the name, and keeps only the last path segment of the name', async () => {
    const meta = await inspectOk(pngFile(3, 2), 'C:\\fakepath\\Plakat.gif');
    expect(meta).toMatchObject({ mimeType: 'image/png', width: 3, height: 2, fileName: 'Plakat.gif' });
    expect((await inspectOk(webpLossy5x3(), '/home/presse/Bild.png')).fileName).toBe('Bild.png');
  });

  it('reports an EXIF-rotated photo as it is shown', async () => {
    const meta = await inspectOk(jpegFile(40, 30, { exif: { orientation: 6, byteOrder: 'MM' } }));
    expect(meta).toMatchObject({ width: 30, height: 40 });
  });

  it('reads duration and size of MP4 and QuickTime videos', async () => {
    expect(await inspectOk(mp4File({ timescale: 600, duration: 27_000 }), 'Clip.mp4')).toMatchObject({
      kind: 'video',
      mimeType: 'video/mp4',
      width: 1920,
      height: 1080,
      durationSeconds: 45,
    });
    const portrait = mp4File({ brand: 'qt  ', tracks: [box('trak', tkhd(1920, 1080, ROTATE_90_MATRIX))] });
    expect(await inspectOk(portrait, 'IMG_0001.MOV')).toMatchObject({
      mimeType: 'video/quicktime',
      width: 1080,
      height: 1920,
      durationSeconds: 12.5,
    });
  });

  it('accepts a WebM without reading size or duration', async () => {
    expect(await inspectOk(ebmlFile('webm'), 'clip.webm')).toMatchObject({
      kind: 'video',
      mimeType: 'video/webm',
      width: null,
      height: null,
      durationSeconds: null,
    });
  });

  it('gives each record its own consent list', async () => {
    const first = await inspectOk(pngFile(1, 1));
    const second = await inspectOk(pngFile(1, 1));
    first.consentIds.push('c-1');
    expect(second.consentIds).toEqual([]);
  });
});

describe('inspectMediaFile: refused files', () => {
  it.each([
    ['GIF renamed to .jpg', concat(ascii('GIF89a'), [1, 0, 1, 0, 0, 0, 0]), 'bild.jpg'],
    ['SVG', new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'logo.svg'],
    ['PDF', new TextEncoder().encode('%PDF-1.4\n'), 'flyer.pdf'],
    ['empty file', new Uint8Array(0), 'leer.png'],
    ['HEIC', ftyp('heic', 'mif1', 'heic'), 'IMG_0002.HEIC'],
  ])('refuses a %s as unsupported', async (_name, bytes, fileName) => {
    expect(await inspectMediaFile({ bytes, fileName, now })).toEqual({
      ok: false,
      reason: 'unsupportedType',
      messageKey: 'media.inspect.unsupportedType',
      params: { fileName },
    });
  });

  it.each([
    ['PNG cut in its pixel data', pngFile(3, 2).subarray(0, 45)],
    ['PNG cut before its end chunk', pngFile(3, 2).subarray(0, pngFile(3, 2).length - 1)],
    ['JPEG cut in its header', jpegFile(20, 9).subarray(0, 60)],
    ['JPEG cut in its scan', jpegFile(64, 64).subarray(0, jpegFile(64, 64).length - 3)],
    ['JPEG without a frame header', Uint8Array.of(0xff, 0xd8, 0xff, 0xd9)],
    ['WebP cut short', webpLossy5x3().subarray(0, 40)],
    ['MP4 that broke off', mp4File().subarray(0, 100)],
    ['MP4 without a movie header', concat(ftyp('isom', 'isom'), box('mdat', [0, 0, 0, 0]))],
  ])('refuses a %s as corrupt', async (_name, bytes) => {
    expect(await inspectMediaFile({ bytes, fileName: 'x', now })).toEqual({
      ok: false,
      reason: 'corrupt',
      messageKey: 'media.inspect.corrupt',
      params: { fileName: 'x' },
    });
  });

  it('accepts an image of exactly the cap and refuses one byte more', async () => {
    const png = pngFile(1, 1);
    const atCap = new Uint8Array(MAX_IMAGE_BYTES);
    atCap.set(png); // data after IEND is allowed
    expect((await inspectMediaFile({ bytes: atCap, fileName: 'gross.png', now })).ok).toBe(true);

    const overCap = new Uint8Array(MAX_IMAGE_BYTES + 1);
    overCap.set(png);
    expect(await inspectMediaFile({ bytes: overCap, fileName: 'gross.png', now })).toEqual({
      ok: false,
      reason: 'tooLarge',
      messageKey: 'media.inspect.tooLargeImage',
      params: { fileName: 'gross.png', sizeMegabytes: 15.1, maxMegabytes: 15 },
    });
  });

  it('refuses a video over 500 MB before reading it', async () => {
    // Zero-filled pages are not touched beyond the header: this costs little memory.
    const bytes = new Uint8Array(MAX_VIDEO_BYTES + 1);
    bytes.set(mp4File());
    expect(await inspectMediaFile({ bytes, fileName: 'lang.mp4', now })).toEqual({
      ok: false,
      reason: 'tooLarge',
      messageKey: 'media.inspect.tooLargeVideo',
      params: { fileName: 'lang.mp4', sizeMegabytes: 500.1, maxMegabytes: 500 },
    });
  });
});
