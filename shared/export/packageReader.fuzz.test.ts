/**
 * The ZIP reader and the package verifier under hostile input (issue 7): random bytes, random damage to a real
 * package and random entry names give a typed refusal or a result, never another exception. Small caps keep a
 * damaged size field from making a run slow.
 */
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { hostileString, mutationOf } from '../fuzz/jsonMutations';
import {
  PACKAGE_READ_ERROR_CODES,
  PackageReadError,
  readPackageZip,
  type PackageReadLimits,
  type ZipEntry,
} from './packageReader';
import { PACKAGE_PROBLEM_CODES, verifyPublishPackage, type PackageTrust } from './verifyPackage';
import { MANIFEST_FILE } from './publishPackage';
import { asVersion1, signedPackage } from './verifyPackageFixtures';
import { entryNameProblem } from './zipEntryNames';

const LIMITS: Partial<PackageReadLimits> = {
  maxEntries: 64,
  maxEntryBytes: 1024 * 1024,
  maxTotalBytes: 4 * 1024 * 1024,
};

let valid: Uint8Array;
let manifest: unknown;
let manifestV1: unknown;
let trust: PackageTrust;

beforeAll(async () => {
  const built = await signedPackage();
  valid = built.zip;
  trust = built.trust;
  manifest = JSON.parse(JSON.stringify(built.manifest)) as unknown;
  manifestV1 = JSON.parse(
    strFromU8(unzipSync(asVersion1(valid))[MANIFEST_FILE] ?? new Uint8Array(0)),
  ) as unknown;
});

/** The entries, or the refusal; anything else thrown fails the property. */
function outcome(zip: Uint8Array): ZipEntry[] | PackageReadError {
  try {
    return readPackageZip(zip, LIMITS);
  } catch (error) {
    if (error instanceof PackageReadError) return error;
    throw error;
  }
}

function expectTyped(result: ZipEntry[] | PackageReadError): void {
  if (result instanceof PackageReadError) {
    expect(PACKAGE_READ_ERROR_CODES).toContain(result.code);
    expect(result.message.length).toBeGreaterThan(0);
  } else {
    for (const entry of result) expect(entryNameProblem(entry.name)).toBeNull();
  }
}

type Mutation =
  | { kind: 'set'; at: number; value: number }
  | { kind: 'cut'; at: number; length: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 32 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function mutate(bytes: Uint8Array, changes: readonly Mutation[]): Uint8Array {
  let out = bytes.slice();
  for (const change of changes) {
    const at = change.at % (out.length + 1);
    if (change.kind === 'set') {
      if (out.length > 0) out[at % out.length] = change.value;
    } else if (change.kind === 'cut') {
      out = Uint8Array.from([...out.subarray(0, at), ...out.subarray(at + change.length)]);
    } else if (change.kind === 'insert') {
      out = Uint8Array.from([...out.subarray(0, at), ...change.bytes, ...out.subarray(at)]);
    } else out = out.slice(0, at);
  }
  return out;
}

/** Mutations aimed at the headers: the last 2,000 bytes hold the central directory and the end record. */
const tailMutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constant('set' as const),
  at: fc.integer({ min: 0, max: 2_000 }),
  value: fc.integer({ min: 0, max: 255 }),
});

describe('readPackageZip under hostile input', () => {
  it('refuses random bytes with a typed error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2_048 }), (bytes) => {
        expectTyped(outcome(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses random bytes behind a ZIP end record with a typed error', () => {
    const end = Uint8Array.of(0x50, 0x4b, 0x05, 0x06);
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 512 }),
        fc.uint8Array({ minLength: 18, maxLength: 18 }),
        (body, tail) => {
          expectTyped(outcome(Uint8Array.from([...body, ...end, ...tail.subarray(0, 16), 0, 0])));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads or refuses a real package after random damage anywhere', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (changes) => {
        expectTyped(outcome(mutate(valid, changes)));
      }),
      { numRuns: 300 },
    );
  });

  it('reads or refuses a real package after random damage to its headers', () => {
    fc.assert(
      fc.property(fc.array(tailMutation, { minLength: 1, maxLength: 6 }), (changes) => {
        const fromEnd = changes.map((change) => ({
          ...change,
          at: Math.max(0, valid.length - 1 - change.at),
        }));
        expectTyped(outcome(mutate(valid, fromEnd)));
      }),
      { numRuns: 300 },
    );
  });

  it('accepts only safe entry names and refuses the rest with a typed error', () => {
    const segment = fc.oneof(hostileString, fc.constantFrom('..', '.', '', 'C:', 'a\\..\\b', 'CON', 'é'));
    const name = fc.oneof(
      fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/')),
      fc.string({ unit: 'binary', maxLength: 40 }),
    );
    fc.assert(
      fc.property(name, (entryName) => {
        fc.pre(entryName.length < 1_000);
        let zip: Uint8Array;
        try {
          zip = zipSync({ [entryName]: strToU8('x') });
        } catch {
          return; // fflate cannot write the name: nothing to read
        }
        expectTyped(outcome(zip));
      }),
      { numRuns: 300 },
    );
  });
});

describe('verifyPublishPackage under hostile input', () => {
  it('returns a result with typed problems for damaged packages, never throws', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (changes) => {
        const result = await verifyPublishPackage(mutate(valid, changes), { limits: LIMITS, trust });
        for (const problem of result.problems) expect(PACKAGE_PROBLEM_CODES).toContain(problem.code);
        expect(result.status === 'invalid').toBe(result.problems.length > 0);
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ['version 3', () => manifest],
    ['version 1', () => manifestV1],
  ])('returns typed problems for any change to a %s manifest, never throws', async (_version, original) => {
    const files = unzipSync(valid);
    await fc.assert(
      fc.asyncProperty(mutationOf(original()), async (changed) => {
        const zippable: Zippable = {
          ...files,
          [MANIFEST_FILE]: strToU8(JSON.stringify(changed === undefined ? null : changed)),
        };
        const result = await verifyPublishPackage(zipSync(zippable), {
          limits: LIMITS,
          trust,
          allowUnsigned: true,
        });
        for (const problem of result.problems) expect(PACKAGE_PROBLEM_CODES).toContain(problem.code);
        expect(result.status === 'invalid').toBe(result.problems.length > 0);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});
