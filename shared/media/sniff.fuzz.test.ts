import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IMAGE_MIME_TYPES, VIDEO_MIME_TYPES, type MediaMimeType } from '../model/media';
import { hostileString } from '../fuzz/jsonMutations';
import { isImageComplete, readImageDimensions, readMp4Duration, readMp4VideoSize } from './dimensions';
import { inspectMediaFile } from './inspect';
import { isMp4StructureIntact } from './mp4';
import { sniffMediaType } from './sniff';

const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));
const u32 = (value: number) => [(value >>> 24) & 255, (value >>> 16) & 255, (value >>> 8) & 255, value & 255];

/** Starts of real files, so the random tails reach the deeper parsers (boxes, chunks, segments, EBML). */
const PREFIXES: number[][] = [
  [],
  [0xff, 0xd8, 0xff],
  [0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08],
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, ...ascii('IHDR')],
  [...ascii('RIFF'), 0xff, 0xff, 0xff, 0x7f, ...ascii('WEBPVP8X')],
  [...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WEBPVP8L')],
  [...u32(24), ...ascii('ftypisom'), 0, 0, 0, 0, ...ascii('mp41')],
  [...u32(0xffffffff), ...ascii('ftypqt  ')],
  [...u32(1), ...ascii('ftypmp42')],
  [0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x84, ...ascii('webm')],
  [0x1a, 0x45, 0xdf, 0xa3, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
  ascii('<svg xmlns="http://www.w3.org/2000/svg">'),
  ascii('GIF89a'),
  ascii('%PDF-1.7'),
];

const fileBytes: fc.Arbitrary<Uint8Array> = fc
  .tuple(fc.constantFrom(...PREFIXES), fc.uint8Array({ maxLength: 512 }))
  .map(([prefix, tail]) => Uint8Array.from([...prefix, ...tail]));

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) =>
  signature.every((byte, index) => bytes[at + index] === byte);

/** The signature a sniffed type demands, checked independently of the sniffer. */
function carriesSignatureOf(bytes: Uint8Array, type: MediaMimeType): boolean {
  switch (type) {
    case 'image/jpeg':
      return startsWith(bytes, [0xff, 0xd8, 0xff]);
    case 'image/png':
      return startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case 'image/webp':
      return startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8);
    case 'video/mp4':
    case 'video/quicktime':
      return startsWith(bytes, ascii('ftyp'), 4);
    case 'video/webm':
      return startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3]) && new TextDecoder().decode(bytes).includes('webm');
    default:
      return false;
  }
}

describe('media sniffing and measuring under random bytes', () => {
  it('never throws and never claims a type whose signature the bytes lack', () => {
    fc.assert(
      fc.property(fileBytes, (bytes) => {
        const type = sniffMediaType(bytes);
        if (type !== null) expect(carriesSignatureOf(bytes, type)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses SVG, GIF, PDF and HTML whatever follows (only bytes decide, never a name)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PREFIXES.slice(-3)),
        fc.uint8Array({ maxLength: 64 }),
        (prefix, tail) => {
          expect(sniffMediaType(Uint8Array.from([...prefix, ...tail]))).toBeNull();
        },
      ),
      { numRuns: 100 },
    );
  });

  it('reads sizes and durations without throwing: null or positive whole numbers', () => {
    fc.assert(
      fc.property(
        fileBytes,
        fc.constantFrom<MediaMimeType>(...IMAGE_MIME_TYPES, ...VIDEO_MIME_TYPES),
        (bytes, type) => {
          const size = readImageDimensions(bytes, type);
          if (size !== null) {
            expect(Number.isInteger(size.width) && size.width > 0).toBe(true);
            expect(Number.isInteger(size.height) && size.height > 0).toBe(true);
          }
          expect(typeof isImageComplete(bytes, type)).toBe('boolean');
          const duration = readMp4Duration(bytes);
          if (duration !== null) expect(Number.isFinite(duration) && duration >= 0).toBe(true);
          const video = readMp4VideoSize(bytes);
          if (video !== null) expect(video.width > 0 && video.height > 0).toBe(true);
          expect(typeof isMp4StructureIntact(bytes)).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('inspects any file with a clear result and keeps only the base name of a hostile file name', async () => {
    await fc.assert(
      fc.asyncProperty(fileBytes, hostileString, async (bytes, fileName) => {
        const result = await inspectMediaFile({ bytes, fileName, now: new Date('2026-11-25T10:00:00Z') });
        if (result.ok) {
          expect(result.meta.fileName).not.toMatch(/[/\\]/);
          expect(carriesSignatureOf(bytes, result.meta.mimeType)).toBe(true);
        } else {
          expect(['unsupportedType', 'corrupt', 'tooLarge']).toContain(result.reason);
          expect(result.messageKey).toMatch(/^media\.inspect\./);
        }
      }),
      { numRuns: 150 },
    );
  });
});
