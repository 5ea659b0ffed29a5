// Electronegativity over the Electron sources and the built main and preload bundles, offline, in about a second.
// Electronegativity itself always exits 0, so this script reads its findings and fails (exit 1, one line per
// finding) on every finding that the reviewed allow-list does not name by scan target, check id and file.
//
//   node scripts/electronegativity.mjs [--allowlist FILE] [TARGET ...]   (targets default: electron out/main out/preload)
//
// Offline by construction: Electronegativity's two network look-ups (translations, the list of Electron releases)
// are answered "unreachable" before they are made, and the release check is skipped (`npm outdated` and Electron's
// release notes cover the version; SECURITY.md, item 16).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative, resolve, sep } from 'node:path';

const projectDir = resolve(import.meta.dirname, '..');
const DEFAULT_TARGETS = ['electron', 'out/main', 'out/preload'];
const DEFAULT_ALLOWLIST = resolve(projectDir, 'electronegativity-allowlist.json');
const SKIPPED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

function parseArguments(argv) {
  const targets = [];
  let allowlist = DEFAULT_ALLOWLIST;
  for (let index = 0; index < argv.length; index += 1) {
    if (argv[index] === '--allowlist') {
      allowlist = resolve(argv[index + 1] ?? '');
      index += 1;
    } else targets.push(argv[index]);
  }
  return { targets: targets.length > 0 ? targets : DEFAULT_TARGETS, allowlist };
}

function readAllowlist(file) {
  const { entries } = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(entries)) throw new Error(`${file}: "entries" must be a list`);
  for (const [index, entry] of entries.entries()) {
    for (const key of ['target', 'check', 'file', 'reason']) {
      if (typeof entry[key] !== 'string' || entry[key].trim() === '')
        throw new Error(`${file}: entry ${index} needs a non-empty "${key}"`);
    }
    if (entry.count !== undefined && !(Number.isInteger(entry.count) && entry.count > 0))
      throw new Error(`${file}: entry ${index}: "count" must be a positive whole number`);
  }
  return entries;
}

/** Loads Electronegativity's runner with its HTTP client replaced by one that fails at once: no request is made. */
function loadOfflineRunner() {
  const require = createRequire(resolve(projectDir, 'package.json'));
  const packageJson = require.resolve('@doyensec/electronegativity/package.json');
  const fromPackage = createRequire(packageJson);
  const gotPath = fromPackage.resolve('got');
  const unreachable = () => Promise.reject(new Error('offline: Electronegativity runs without network'));
  const got = Object.assign(unreachable, { get: unreachable, head: unreachable, default: unreachable });
  fromPackage.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: got };
  return fromPackage('./dist/runner.js');
}

function electronVersion() {
  const require = createRequire(resolve(projectDir, 'package.json'));
  return require('electron/package.json').version;
}

const toPosix = (path) => path.split(sep).join('/');

async function scan(run, target, version) {
  const input = resolve(projectDir, target);
  // Electronegativity prints progress and connectivity notes with console.log; only its results matter here.
  const log = console.log;
  console.log = () => undefined;
  let result;
  try {
    result = await run(
      { input, isRelative: false, electronVersionOverride: version, excludeFromScan: SKIPPED_CHECKS },
      false,
    );
  } finally {
    console.log = log;
  }
  const findings = result.issues.map((issue) => ({
    target,
    check: issue.id,
    // Global checks have no file ("N/A"); files are named relative to the target, with forward slashes.
    file: issue.file === 'N/A' ? 'N/A' : toPosix(relative(input, issue.file)),
    line: issue.location?.line ?? 0,
    description: String(issue.description ?? '').replace(/\s+/g, ' '),
  }));
  const errors = result.errors.filter((error) => !error.tolerable);
  return { findings, errors };
}

async function main() {
  const { targets, allowlist: allowlistFile } = parseArguments(process.argv.slice(2));
  const missing = targets.filter((target) => !existsSync(resolve(projectDir, target)));
  if (missing.length > 0) {
    console.error(`electronegativity: missing ${missing.join(', ')} (run \`npx electron-vite build\` first)`);
    return 1;
  }
  const allowlist = readAllowlist(allowlistFile);
  const run = loadOfflineRunner();
  const version = electronVersion();
  const matches = (entry, finding) =>
    entry.target === finding.target && entry.check === finding.check && entry.file === finding.file;

  const unexpected = [];
  const used = new Map(); // entry → findings it covered
  let total = 0;
  let failed = false;
  for (const target of targets) {
    const { findings, errors } = await scan(run, target, version);
    for (const error of errors) {
      console.error(
        `electronegativity: could not scan ${target}/${toPosix(relative(resolve(projectDir, target), error.file))}: ${error.message}`,
      );
      failed = true;
    }
    total += findings.length;
    for (const finding of findings) {
      const entry = allowlist.find((candidate) => matches(candidate, finding));
      const covered = entry ? (used.get(entry) ?? 0) : 0;
      if (entry && (entry.count === undefined || covered < entry.count)) used.set(entry, covered + 1);
      else unexpected.push(finding);
    }
  }

  for (const finding of unexpected) {
    console.error(
      `electronegativity: unexpected ${finding.check} in ${finding.target}/${finding.file}:${finding.line} - ${finding.description}`,
    );
  }
  for (const entry of allowlist) {
    const covered = used.get(entry) ?? 0;
    if (targets.includes(entry.target) && (covered === 0 || covered < (entry.count ?? 1)))
      console.warn(
        `electronegativity: allow-list entry matches ${covered} of ${entry.count ?? 'any'} findings (update it): ${entry.check} in ${entry.target}/${entry.file}`,
      );
  }
  console.log(
    `electronegativity ${version}: ${total} findings in ${targets.join(', ')}; ${total - unexpected.length} allowed, ${unexpected.length} unexpected`,
  );
  return failed || unexpected.length > 0 ? 1 : 0;
}

process.exitCode = await main();
