/**
 * What the command line offers: its commands, their options, help texts, exit codes and input limits. Plain data
 * without imports, so `civic-desk --help` and `--version` load nothing else (cli/main.ts turns the options into
 * `util.parseArgs` configurations; the commands themselves take the parsed options).
 */

/** Exit codes of every command. */
export const EXIT = {
  /** Success: the file is valid / trusted, the export was written, no blocking finding. */
  ok: 0,
  /** The check found what it looks for: invalid approvals, blocking findings, nothing to export. */
  failed: 1,
  /** Bad input or usage: unreadable, too large, not UTF-8, not the expected format, wrong arguments. */
  badInput: 2,
  /** `verify`: everything in the file holds together, but nothing outside it vouches for it (no `--keys`). */
  unanchored: 3,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** What a command gives back to print: text for people, the same as JSON for `--json`, problems for stderr. */
export interface CommandResult {
  exitCode: ExitCode;
  stdout: string;
  stderr: string;
  /** The result for `--json` (null: print `stdout` as it is). */
  json: unknown;
}

/** A file the command wants written (export): bytes and the name it would have in a folder. */
export interface OutputFile {
  name: string;
  bytes: Uint8Array;
}

/** Where an export goes: stdout, one file, or a folder of files (one CSV per network). */
export interface CommandOutput {
  target: 'stdout' | 'file' | 'folder';
  path: string;
  files: OutputFile[];
}

/** The largest input file the command line reads: 256 MiB (a workspace backup with photos; see the README). */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

export interface OptionSpec {
  name: string;
  type: 'string' | 'boolean';
  /** The placeholder of a string option's value in help texts. */
  value?: string;
  required?: boolean;
  /** A boolean option that also has a `--no-…` form. */
  negatable?: boolean;
  help: string;
}

export const COMMAND_NAMES = ['check', 'validate', 'verify', 'verify-package', 'export', 'help'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export interface CommandSpec {
  name: CommandName;
  summary: string;
  usage: string;
  /** The name of the one positional argument the command takes (`check FILE`), if any. */
  positional?: string;
  options: readonly OptionSpec[];
}

const JSON_OPTION: OptionSpec = {
  name: 'json',
  type: 'boolean',
  help: 'print the result as one JSON object on stdout',
};
const KEYS_OPTION: OptionSpec = {
  name: 'keys',
  type: 'string',
  value: 'TRUSTED',
  help:
    "the office's own trust anchor: a workspace file or an exported roster file from your own desk; its root key " +
    'decides who may approve',
};

export const COMMANDS: Readonly<Record<CommandName, CommandSpec>> = {
  check: {
    name: 'check',
    summary: 'runs the checks of the composer over every post of a workspace file',
    usage: 'civic-desk check --in FILE [--format json|text] [--json]   (or: civic-desk check FILE)',
    positional: 'FILE',
    options: [
      { name: 'in', type: 'string', value: 'FILE', help: 'the workspace file (- for stdin)' },
      {
        name: 'format',
        type: 'string',
        value: 'json|text',
        help: 'json (default): findings as JSON; text: one German line per finding',
      },
      JSON_OPTION,
    ],
  },
  validate: {
    name: 'validate',
    summary: "checks a workspace file exactly as the app's restore does (format, unique ids, audit chain)",
    usage: 'civic-desk validate --in FILE [--json]',
    options: [
      { name: 'in', type: 'string', value: 'FILE', required: true, help: 'the workspace file (- for stdin)' },
      JSON_OPTION,
    ],
  },
  verify: {
    name: 'verify',
    summary:
      'verifies every approval of a workspace file against the trusted roster: signatures, four eyes, roles, ' +
      'revocation, approval policy, audit trail',
    usage: 'civic-desk verify --in FILE --keys TRUSTED [--json]',
    options: [
      { name: 'in', type: 'string', value: 'FILE', required: true, help: 'the workspace file (- for stdin)' },
      { ...KEYS_OPTION, help: `${KEYS_OPTION.help}; without it the result is UNANCHORED (exit 3)` },
      JSON_OPTION,
    ],
  },
  'verify-package': {
    name: 'verify-package',
    summary: 'verifies a received publish package (ZIP) file by file against its signed manifest',
    usage: 'civic-desk verify-package --in ZIP [--keys TRUSTED] [--allow-unsigned] [--json]',
    options: [
      { name: 'in', type: 'string', value: 'ZIP', required: true, help: 'the publish package (- for stdin)' },
      KEYS_OPTION,
      {
        name: 'allow-unsigned',
        type: 'boolean',
        help: 'read an unsigned or older package (its findings are then only warnings)',
      },
      JSON_OPTION,
    ],
  },
  export: {
    name: 'export',
    summary: 'writes the approved posts of a date range as ICS, scheduler CSVs or the publish package',
    usage:
      'civic-desk export --in FILE --keys TRUSTED --format ics|hootsuite|buffer|sprout|publer|zip ' +
      '--from YYYY-MM-DD --to YYYY-MM-DD --out PATH [--allow-past] [--no-bom] [--no-formula-guard] [--json]',
    options: [
      { name: 'in', type: 'string', value: 'FILE', required: true, help: 'the workspace file (- for stdin)' },
      {
        ...KEYS_OPTION,
        required: true,
        help: `${KEYS_OPTION.help}; only posts whose approval it confirms are exported`,
      },
      {
        name: 'format',
        type: 'string',
        value: 'FORMAT',
        required: true,
        help: 'ics, a scheduler (hootsuite, buffer, sprout, publer) or zip (the publish package)',
      },
      { name: 'from', type: 'string', value: 'YYYY-MM-DD', required: true, help: 'first day of the range' },
      { name: 'to', type: 'string', value: 'YYYY-MM-DD', required: true, help: 'last day of the range' },
      {
        name: 'out',
        type: 'string',
        value: 'PATH',
        required: true,
        help:
          'the file to write (- for stdout); scheduler CSVs: a folder (one CSV per network), a name ending in ' +
          '.zip (one ZIP of them) or, for a single network, a name ending in .csv',
      },
      { name: 'allow-past', type: 'boolean', help: 'also export posts whose time has already passed' },
      {
        name: 'bom',
        type: 'boolean',
        negatable: true,
        help: 'CSV: start with a UTF-8 byte order mark for Excel (default on; --no-bom leaves it out)',
      },
      {
        name: 'formula-guard',
        type: 'boolean',
        negatable: true,
        help:
          'CSV: an apostrophe before cells a spreadsheet would run as a formula (default on; ' +
          '--no-formula-guard leaves them as they are)',
      },
      JSON_OPTION,
    ],
  },
  help: {
    name: 'help',
    summary: 'prints this help, or the help of one command',
    usage: 'civic-desk help [COMMAND]',
    positional: 'COMMAND',
    options: [],
  },
};

export function isCommandName(value: string): value is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(value);
}

const EXIT_CODE_LINES = [
  'Exit codes:',
  '  0  success: valid, trusted, written, no blocking finding',
  '  1  the check failed: invalid approvals or audit trail, blocking findings, nothing to export',
  '  2  bad input or usage: unreadable, too large, a device or endless pipe, not UTF-8, wrong format or arguments',
  '  3  verify without --keys: consistent in itself, but UNANCHORED (not vouched for by your own roster)',
];

function optionLine(option: OptionSpec): string {
  const name = option.negatable === true ? `--[no-]${option.name}` : `--${option.name}`;
  const left = option.value === undefined ? name : `${name} ${option.value}`;
  return `  ${left.padEnd(26)} ${option.help}${option.required === true ? ' (required)' : ''}`;
}

/** The general help: commands, global options, exit codes, limits. */
export function generalHelp(version: string): string {
  const width = Math.max(...COMMAND_NAMES.map((name) => name.length));
  return [
    `civic-desk ${version}: the command line of Civic Desk (plain Node, no Electron)`,
    '',
    'Usage: civic-desk COMMAND [options]',
    '',
    'Commands:',
    ...COMMAND_NAMES.map((name) => `  ${name.padEnd(width)}  ${COMMANDS[name].summary}`),
    '',
    'Options of every command:',
    '  --help, -h                 this help (or: civic-desk help COMMAND)',
    '  --version, -V              the version',
    '  --json                     the result as JSON on stdout',
    '',
    ...EXIT_CODE_LINES,
    '',
    `Input files: at most ${MAX_INPUT_BYTES / 1024 / 1024} MiB, UTF-8 (JSON files); devices, folders and pipes that`,
    'do not end within that size are refused.',
    '',
  ].join('\n');
}

/** The help of one command. */
export function commandHelp(name: CommandName): string {
  const spec = COMMANDS[name];
  return [
    `civic-desk ${name}: ${spec.summary}`,
    '',
    `Usage: ${spec.usage}`,
    '',
    ...(spec.options.length > 0 ? ['Options:', ...spec.options.map(optionLine), ''] : []),
    ...EXIT_CODE_LINES,
    '',
  ].join('\n');
}
