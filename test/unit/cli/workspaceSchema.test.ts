/**
 * docs/workspace.schema.json is generated from the zod schema; this fails while the committed file is out of date.
 * Regenerate with `node bin/make-workspace-schema.mjs`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspaceJsonSchema } from '../../../shared/exchange/jsonSchema';

const file = resolve(import.meta.dirname, '../../../docs/workspace.schema.json');

describe('docs/workspace.schema.json', () => {
  it('is what the zod schema generates (regenerate: node bin/make-workspace-schema.mjs)', () => {
    const committed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    expect(
      committed,
      'docs/workspace.schema.json is out of date: run node bin/make-workspace-schema.mjs',
    ).toEqual(workspaceJsonSchema());
  });

  it('is a draft 2020-12 schema of a strict workspace object', () => {
    expect(workspaceJsonSchema()).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      additionalProperties: false,
      required: [
        'format',
        'version',
        'exportedAt',
        'settings',
        'campaigns',
        'posts',
        'media',
        'consents',
        'profiles',
        'comments',
        'audit',
        'roster',
      ],
    });
  });
});
