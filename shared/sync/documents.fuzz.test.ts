import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { hostileJson, hostileString, mutationOf } from '../fuzz/jsonMutations';
import { ROW_SCHEMAS, SYNC_KINDS } from './documentKinds';
import { fromDocument, toDocument } from './documents';
import { authorFor, NOW, syncFixture, type SyncFixture } from './testRows';

let fixture: SyncFixture;
beforeAll(async () => {
  fixture = await syncFixture();
});

type Json = Parameters<typeof mutationOf>[0];

function validDocument(kind: (typeof SYNC_KINDS)[number]): Json {
  const doc = toDocument(kind, fixture.rows[kind], { author: authorFor(kind), now: NOW, rev: '1-a' });
  return JSON.parse(JSON.stringify(doc)) as Json;
}

/** Either a refusal with a reason, or a row that passes its kind's schema again under the document's own id. */
function expectCleanOutcome(doc: unknown): void {
  const result = fromDocument(doc);
  if (result.ok) {
    expect(ROW_SCHEMAS[result.kind].safeParse(result.row).success).toBe(true);
    expect((doc as { _id: unknown })._id).toBe(result.id);
  } else {
    expect(typeof result.reason).toBe('string');
    expect(result.reason.length).toBeGreaterThan(0);
  }
}

describe('fromDocument under hostile input', () => {
  it('never throws on random JSON values and accepts none of them', () => {
    fc.assert(
      fc.property(hostileJson, (json) => {
        expectCleanOutcome(json);
        expect(fromDocument(json).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on an _id of any kind prefix with random data', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SYNC_KINDS), hostileString, hostileJson, (kind, key, data) => {
        const doc = {
          _id: `${kind}:${key}`,
          type: kind,
          schema: 1,
          author: 'a',
          updatedAt: NOW.toISOString(),
          data,
        };
        expectCleanOutcome(doc);
      }),
      { numRuns: 300 },
    );
  });

  it.each(SYNC_KINDS.map((kind) => [kind]))(
    '%s: never throws on a valid document changed at one random place',
    (kind) => {
      const valid = validDocument(kind);
      expect(fromDocument(valid).ok).toBe(true);
      fc.assert(fc.property(mutationOf(valid), expectCleanOutcome), { numRuns: 60 });
    },
  );
});
