import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deeplyNested, hostileJson, mutationOf } from '../fuzz/jsonMutations';
import { servicePost, workspaceFile } from './testFixtures';
import { parseWorkspace, postSchema, WORKSPACE_FORMAT, WORKSPACE_VERSION } from './workspace';
import { firstIntegrityProblem } from './workspaceIntegrity';

const VALID = JSON.parse(JSON.stringify(workspaceFile([servicePost()]))) as unknown;

/** Either a clean refusal naming what and where, or a workspace whose posts pass the schema again. */
function expectCleanOutcome(json: unknown): void {
  const result = parseWorkspace(json);
  if (result.ok) {
    for (const post of result.workspace.posts) expect(postSchema.safeParse(post).success).toBe(true);
    const problem = firstIntegrityProblem(result.workspace);
    if (problem !== null) expect(problem.message.length).toBeGreaterThan(0);
  } else {
    expect(typeof result.message).toBe('string');
    expect(result.message.length).toBeGreaterThan(0);
    expect(typeof result.path).toBe('string');
  }
}

describe('parseWorkspace under hostile input', () => {
  it('accepts the valid fixture (the mutations below start from a file that parses)', () => {
    expect(parseWorkspace(VALID).ok).toBe(true);
  });

  it('never throws on random JSON values', () => {
    fc.assert(
      fc.property(hostileJson, (json) => {
        expectCleanOutcome(json);
        expect(parseWorkspace(json).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on a valid file changed at one random place, and names the place when it refuses', () => {
    fc.assert(fc.property(mutationOf(VALID), expectCleanOutcome), { numRuns: 200 });
  });

  it('refuses a file nested thousands of levels deep without exhausting the stack', () => {
    const header = { format: WORKSPACE_FORMAT, version: WORKSPACE_VERSION };
    for (const key of ['posts', 'settings', 'extra']) {
      const result = parseWorkspace(deeplyNested(header, key, 100_000));
      expect(result.ok).toBe(false);
    }
  });

  it('refuses prototype keys instead of merging them', () => {
    const polluted = JSON.parse(
      JSON.stringify(VALID).replace('"format"', '"__proto__":{"polluted":true},"format"'),
    ) as unknown;
    const result = parseWorkspace(polluted);
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
