#!/usr/bin/env node
// Writes docs/workspace.schema.json from the zod schema in shared/exchange/workspace.ts (z.toJSONSchema), formatted
// with the project's Prettier settings. Run after changing the format: `node bin/make-workspace-schema.mjs`.
// test/unit/cli/workspaceSchema.test.ts fails while the committed file differs from the schema.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { tsImport } from 'tsx/esm/api';

const { workspaceJsonSchema } = await tsImport('../shared/exchange/jsonSchema.ts', import.meta.url);

const target = fileURLToPath(new URL('../docs/workspace.schema.json', import.meta.url));
const options = (await prettier.resolveConfig(target)) ?? {};
const text = await prettier.format(JSON.stringify(workspaceJsonSchema()), { ...options, filepath: target });
writeFileSync(target, text);
console.log(`wrote ${target}`);
