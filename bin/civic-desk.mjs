#!/usr/bin/env node
// The Civic Desk command line:
//   civic-desk check <workspace file> [--format json|text]
//   civic-desk validate --in <workspace file>
//   civic-desk verify --in <workspace file>
//   civic-desk verify-package --in <publish package ZIP> [--keys <workspace file>]
//   civic-desk export --in <workspace file> --format ics|hootsuite|buffer|sprout|publer|zip
//                     --from <YYYY-MM-DD> --to <YYYY-MM-DD> --out <path>
// Node 20 cannot run TypeScript itself, so tsx loads the commands from shared/exchange/; this file only does the
// file access and the printing, the commands themselves are pure.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';

const readText = (file) => readFileSync(file === '-' ? 0 : file, 'utf8');
const readBytes = (file) => new Uint8Array(readFileSync(file === '-' ? 0 : file));

async function run(args) {
  const [command] = args;
  const rest = args.slice(1);
  if (command === 'validate') {
    const { runValidateCommand } = await tsImport('../shared/exchange/validateCommand.ts', import.meta.url);
    return runValidateCommand(rest, readText);
  }
  if (command === 'verify') {
    const { runVerifyCommand } = await tsImport('../shared/exchange/verifyCommand.ts', import.meta.url);
    return runVerifyCommand(rest, readText);
  }
  if (command === 'verify-package') {
    const { runVerifyPackageCommand } = await tsImport(
      '../shared/exchange/verifyPackageCommand.ts',
      import.meta.url,
    );
    return runVerifyPackageCommand(rest, readBytes);
  }
  if (command === 'export') {
    const { runExportCommand } = await tsImport('../shared/exchange/exportCommand.ts', import.meta.url);
    const result = runExportCommand(rest, readText, new Date());
    if (result.output === undefined) return result;
    const { path, file } = result.output;
    try {
      // Written beside the target and renamed, so a failed write never leaves half a file under the name.
      const temporary = `${path}.${process.pid}.part`;
      writeFileSync(temporary, file.bytes);
      renameSync(temporary, path);
    } catch (error) {
      return { exitCode: 2, stdout: '', stderr: `civic-desk: cannot write ${path} (${error.message})\n` };
    }
    return result;
  }
  const { runCheckCommand } = await tsImport('../shared/exchange/checkCommand.ts', import.meta.url);
  return runCheckCommand(args, readText, new Date());
}

const result = await run(process.argv.slice(2));
if (result.stdout !== '') process.stdout.write(result.stdout);
if (result.stderr !== '') process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
