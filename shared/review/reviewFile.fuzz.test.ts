import { sha256 } from '@noble/hashes/sha2.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHex } from '../approval/webCrypto';
import { deeplyNested, hostileJson, mutationOf } from '../fuzz/jsonMutations';
import type { MediaMeta } from '../model/media';
import type { PublicProfile } from '../model/profile';
import { ORGANISATION_DEFAULT_POLICY } from '../workflow/policy';
import {
  buildReviewRequest,
  parseReviewFile,
  REVIEW_FORMAT,
  REVIEW_MAX_NESTING,
  REVIEW_VERSION,
} from './reviewFile';
import { workflowPost } from './testPosts';

const BYTES = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5]);
const MEDIA_ID = toHex(sha256(BYTES));
const NOW = '2026-11-25T15:00:00.000Z';
const meta: MediaMeta = {
  id: MEDIA_ID,
  kind: 'image',
  mimeType: 'image/png',
  byteLength: BYTES.length,
  width: 1,
  height: 1,
  durationSeconds: null,
  fileName: 'rathaus.png',
  hasSubtitles: false,
  showsPeople: false,
  consentIds: [],
  createdAt: NOW,
};
const editor: PublicProfile = {
  id: 'redaktion-1',
  name: 'Jörg Weiß',
  initials: 'JW',
  roles: ['editor'],
  publicKey: null,
  createdAt: NOW,
};
const REQUEST = JSON.parse(
  JSON.stringify(
    buildReviewRequest({
      createdAt: NOW,
      from: editor,
      organisationName: 'Bezirksamt Mitte',
      posts: [
        workflowPost({
          status: 'in_review',
          media: [{ mediaId: MEDIA_ID, altText: 'Das Rathaus im Schnee' }],
          workflow: { requestedAt: NOW },
        }),
      ],
      media: [{ meta, bytes: BYTES }],
      profiles: [editor],
      policies: { default: ORGANISATION_DEFAULT_POLICY, byCategory: {} },
    }),
  ),
) as unknown;

function expectCleanOutcome(json: unknown): void {
  const result = parseReviewFile(json);
  if (!result.ok) {
    expect(result.message.length).toBeGreaterThan(0);
    expect(typeof result.path).toBe('string');
  }
}

describe('parseReviewFile under hostile input', () => {
  it('accepts the valid request the mutations start from', () => {
    expect(parseReviewFile(REQUEST).ok).toBe(true);
  });

  it('never throws on random JSON values', () => {
    fc.assert(
      fc.property(hostileJson, (json) => {
        expect(parseReviewFile(json).ok).toBe(false);
        expectCleanOutcome(json);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on a valid request changed at one random place', () => {
    fc.assert(fc.property(mutationOf(REQUEST), expectCleanOutcome), { numRuns: 200 });
  });

  it('refuses media bytes that do not match their id (a swapped image)', () => {
    const swapped = structuredClone(REQUEST) as { mediaFiles: { base64: string }[] };
    const first = swapped.mediaFiles[0];
    if (first) first.base64 = 'iVBORw0KGgoAAAAA';
    expect(parseReviewFile(swapped).ok).toBe(false);
  });

  it('refuses a file nested 100,000 levels deep with a clear message instead of a stack overflow', () => {
    const header = { format: REVIEW_FORMAT, version: REVIEW_VERSION, kind: 'request' };
    const result = parseReviewFile(deeplyNested(header, 'extra', 100_000));
    expect(result).toMatchObject({
      ok: false,
      message: `the file nests deeper than ${REVIEW_MAX_NESTING} levels`,
    });
    if (!result.ok) expect(result.path.startsWith('extra[0][0]')).toBe(true);
  });
});
