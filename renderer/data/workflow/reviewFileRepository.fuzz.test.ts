import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileJson } from '../../../shared/fuzz/jsonMutations';
import { db } from '../store/db';
import { readReviewFile } from './reviewFileRepository';

describe('reading hostile review files', () => {
  it('answers any bytes with a file or a message key naming the file or the problem, and writes nothing', async () => {
    const encoder = new TextEncoder();
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 256 }),
      hostileJson.map((json) => encoder.encode(JSON.stringify(json))),
      fc.constant(
        encoder.encode(
          `{"format":"civic-desk-review","version":1,"kind":"request","x":${'['.repeat(50_000)}${']'.repeat(50_000)}}`,
        ),
      ),
    );
    fc.assert(
      // Any file name, lone surrogates included.
      fc.property(bytes, fc.string({ unit: 'binary', maxLength: 64 }), (file, name) => {
        const result = readReviewFile(file, name);
        expect(result.ok).toBe(false);
        if (!result.ok)
          expect(['reviewUi.file.notJson', 'review.file.unreadable']).toContain(result.messageKey);
      }),
      { numRuns: 200 },
    );
    expect(await db.posts.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });
});
