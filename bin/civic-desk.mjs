#!/usr/bin/env node
// The Civic Desk command line: `civic-desk check <workspace file> [--format json|text]`.
// Node 20 cannot run TypeScript itself, so tsx loads the command from shared/exchange/; this file only does the
// file access and the printing, the command itself is pure (shared/exchange/checkCommand.ts).
import { readFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';

const { runCheckCommand } = await tsImport('../shared/exchange/checkCommand.ts', import.meta.url);

const result = runCheckCommand(process.argv.slice(2), (file) =>
  readFileSync(file === '-' ? 0 : file, 'utf8'),
);
if (result.stdout !== '') process.stdout.write(result.stdout);
if (result.stderr !== '') process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
