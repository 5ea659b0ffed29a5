import { describe, expect, it } from 'vitest';
import { sniffMediaType } from './sniff';
import {
  ascii,
  be32,
  box,
  concat,
  ebmlFile,
  ftyp,
  jpegFile,
  mp4File,
  pngFile,
  webpExtended,
  webpLossless,
  webpLossy5x3,
} from './testFixtures';

const text = (value: string): Uint8Array => new TextEncoder().encode(value);

describe('sniffMediaType', () => {
  it.each([
    ['JPEG', jpegFile(2, 2), 'image/jpeg'],
    ['PNG', pngFile(1, 1), 'image/png'],
    ['WebP lossy', webpLossy5x3(), 'image/webp'],
    ['WebP lossless', webpLossless(1, 1), 'image/webp'],
    ['WebP extended', webpExtended(3, 3), 'image/webp'],
    ['MP4 isom', mp4File({ brand: 'isom' }), 'video/mp4'],
    ['MP4 mp41', mp4File({ brand: 'mp41' }), 'video/mp4'],
    ['MP4 mp42', mp4File({ brand: 'mp42' }), 'video/mp4'],
    ['MP4 avc1', mp4File({ brand: 'avc1' }), 'video/mp4'],
    ['QuickTime', mp4File({ brand: 'qt  ' }), 'video/quicktime'],
    ['MP4 with unknown major, known compatible brand', ftyp('XAVC', 'XAVC', 'mp42'), 'video/mp4'],
    ['WebM', ebmlFile('webm'), 'video/webm'],
  ] as const)('recognises %s', (_name, bytes, expected) => {
    expect(sniffMediaType(bytes)).toBe(expected);
  });

  it.each([
    ['empty', new Uint8Array(0)],
    ['3 bytes', Uint8Array.of(0x89, 0x50, 0x4e)],
    ['2 bytes of JPEG', Uint8Array.of(0xff, 0xd8)],
    ['GIF89a', concat(ascii('GIF89a'), [1, 0, 1, 0, 0x80, 0, 0], [0, 0, 0, 0xff, 0xff, 0xff], ascii(',;'))],
    ['GIF87a', concat(ascii('GIF87a\x01\x00\x01\x00'))],
    ['SVG', text('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>')],
    ['SVG with XML declaration', text('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['HTML', text('<!DOCTYPE html><html><body><img src=x onerror=alert(1)></body></html>')],
    ['PDF', text('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n')],
    ['BMP', concat(ascii('BM'), be32(0), be32(0))],
    ['RIFF that is WAVE, not WebP', concat(ascii('RIFF'), [4, 0, 0, 0], ascii('WAVEfmt '))],
    ['RIFF cut before its form type', concat(ascii('RIFF\x00\x00\x00\x00WE'))],
    ['HEIC (ftyp heic, compatible mif1)', ftyp('heic', 'mif1', 'heic')],
    ['AVIF listing isom as compatible', ftyp('avif', 'avif', 'mif1', 'isom')],
    ['3GP', ftyp('3gp4', '3gp4', '3gp5')],
    ['ftyp box too small for a brand', concat(be32(8), ascii('ftyp'))],
    ['Matroska (not WebM)', ebmlFile('matroska')],
    ['EBML signature alone', Uint8Array.of(0x1a, 0x45, 0xdf, 0xa3)],
    ['plain text', text('Hello, Rathaus!')],
    ['a PNG signature off by one byte', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0b)],
  ])('rejects %s', (_name, bytes) => {
    expect(sniffMediaType(bytes)).toBeNull();
  });

  it('reads brands only inside the ftyp box', () => {
    // The ftyp box ends after the minor version; "mp42" follows in the next box and must not count.
    const bytes = concat(box('ftyp', ascii('XAVC'), be32(0)), box('free', ascii('mp42')));
    expect(sniffMediaType(bytes)).toBeNull();
  });

  it('sniffs from the head of a file only', () => {
    expect(sniffMediaType(jpegFile(8, 8).subarray(0, 3))).toBe('image/jpeg');
    expect(sniffMediaType(mp4File().subarray(0, 24))).toBe('video/mp4');
  });
});
