/**
 * The Node side of `civic-desk`: arguments (util.parseArgs), reading inputs with limits, writing outputs, printing.
 * The commands themselves are pure (shared/exchange/*Command.ts) and take the parsed options; each is loaded only
 * when it runs, so `--version` and `--help` stay fast. Whatever goes wrong ends in one line on stderr and an exit
 * code (see EXIT), never a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import {
  COMMANDS,
  EXIT,
  commandHelp,
  generalHelp,
  isCommandName,
  type CommandName,
  type CommandResult,
  type CommandSpec,
} from '../shared/exchange/cliUsage';
import { runCommand, type Io } from './commands';
import { decodeUtf8, InputError, readFileBytes, readStdin } from './input';
import { OutputError } from './output';

declare const __CIVIC_DESK_VERSION__: string;
const VERSION = typeof __CIVIC_DESK_VERSION__ === 'string' ? __CIVIC_DESK_VERSION__ : 'development';

export type Values = Record<string, string | boolean | undefined>;

function result(exitCode: CommandResult['exitCode'], stdout: string, stderr = ''): CommandResult {
  return { exitCode, stdout, stderr, json: null };
}

function failure(message: string, usage?: string): CommandResult {
  const line = `civic-desk: ${oneLine(message)}\n`;
  return {
    exitCode: EXIT.badInput,
    stdout: '',
    stderr: usage === undefined ? line : `${line}Usage: ${usage}\n`,
    json: { exitCode: EXIT.badInput, error: oneLine(message) },
  };
}

/** The first line of a message, without the characters that could redraw a terminal. */
function oneLine(text: string): string {
  const first = text.split(/\r?\n/)[0] ?? '';
  // eslint-disable-next-line no-control-regex -- made visible on purpose
  return first.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '?');
}

function parseConfig(spec: CommandSpec): ParseArgsConfig {
  const options: NonNullable<ParseArgsConfig['options']> = { help: { type: 'boolean', short: 'h' } };
  for (const option of spec.options) options[option.name] = { type: option.type };
  return {
    options,
    strict: true,
    allowPositionals: spec.positional !== undefined,
    allowNegative: true,
  };
}

type Parsed = { values: Values; positionals: string[] } | CommandResult;

function parseCommandArgs(spec: CommandSpec, args: readonly string[]): Parsed {
  let parsed: { values: Values; positionals: string[] };
  try {
    const result = parseArgs({ ...parseConfig(spec), args: [...args] });
    parsed = { values: result.values, positionals: result.positionals };
  } catch (error) {
    return failure(error instanceof Error ? error.message : String(error), spec.usage);
  }
  const { values, positionals } = parsed;
  for (const option of spec.options) {
    const value = values[option.name];
    // `--no-x` is only for options that say so.
    if (value === false && option.negatable !== true) {
      return failure(`--no-${option.name} is not an option of ${spec.name}`, spec.usage);
    }
    if (option.type === 'string' && value === '')
      return failure(`--${option.name} needs a value`, spec.usage);
  }
  if (positionals.length > 1) {
    return failure(`more than one ${spec.positional ?? 'argument'} given`, spec.usage);
  }
  return parsed;
}

function missingRequired(spec: CommandSpec, values: Values): CommandResult | null {
  for (const option of spec.options) {
    if (option.required === true && values[option.name] === undefined) {
      return failure(`--${option.name} is missing`, spec.usage);
    }
  }
  return null;
}

/** Reads every input named `-` from stdin once (at most one), then serves files by name. */
async function makeIo(inputs: readonly string[]): Promise<Io> {
  if (inputs.filter((input) => input === '-').length > 1) {
    throw new InputError('only one input can come from stdin (-)');
  }
  let stdin: Uint8Array | null = null;
  if (inputs.includes('-')) {
    try {
      stdin = await readStdin();
    } catch (error) {
      if (!(error instanceof InputError) || error.message.startsWith('stdin')) throw error;
      throw new InputError(`stdin: ${error.message}`);
    }
  }
  // The commands name the file in front of these messages.
  const readBytes = (file: string): Uint8Array =>
    file === '-' && stdin !== null ? stdin : readFileBytes(file);
  return { readBytes, readText: (file) => decodeUtf8(readBytes(file)), inputs };
}

async function runNamed(name: Exclude<CommandName, 'help'>, args: readonly string[]): Promise<CommandResult> {
  const spec = COMMANDS[name];
  const parsed = parseCommandArgs(spec, args);
  if ('exitCode' in parsed) return parsed;
  const { values, positionals } = parsed;
  if (values.help === true) return result(EXIT.ok, commandHelp(name));
  if (name === 'check' && positionals[0] !== undefined) {
    if (values.in !== undefined) return failure('give the file once: either --in FILE or FILE', spec.usage);
    values.in = positionals[0];
  }
  if (name === 'check' && values.in === undefined) return failure('no workspace file given', spec.usage);
  const missing = missingRequired(spec, values);
  if (missing !== null) return missing;
  const inputs = ['in', 'keys'].flatMap((key) => {
    const value = values[key];
    return typeof value === 'string' ? [value] : [];
  });
  const io = await makeIo(inputs);
  return runCommand(name, values, io, new Date());
}

function help(args: readonly string[]): CommandResult {
  const [topic, ...more] = args;
  if (more.length > 0) return failure('help takes one command name', COMMANDS.help.usage);
  if (topic === undefined) return result(EXIT.ok, generalHelp(VERSION));
  if (!isCommandName(topic)) return failure(`unknown command "${topic}"`, COMMANDS.help.usage);
  return result(EXIT.ok, commandHelp(topic));
}

export async function main(argv: readonly string[]): Promise<CommandResult> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    return failure('no command given (civic-desk --help lists them)', 'civic-desk COMMAND [options]');
  }
  if (first === '--version' || first === '-V') return result(EXIT.ok, `${VERSION}\n`);
  if (first === '--help' || first === '-h') return result(EXIT.ok, generalHelp(VERSION));
  if (!isCommandName(first)) {
    return failure(`unknown command "${first}" (civic-desk --help lists the commands)`);
  }
  if (first === 'help') return help(rest);
  try {
    return await runNamed(first, rest);
  } catch (error) {
    if (error instanceof InputError || error instanceof OutputError) return failure(error.message);
    throw error;
  }
}

/** Writes the result: JSON on stdout when asked (`--json`), the text otherwise; problems on stderr. */
function print(outcome: CommandResult, json: boolean): void {
  if (json && outcome.json !== null) {
    process.stdout.write(`${JSON.stringify(outcome.json, null, 2)}\n`);
  } else if (outcome.stdout !== '') process.stdout.write(outcome.stdout);
  if (outcome.stderr !== '') process.stderr.write(outcome.stderr);
}

/** The process: never a stack trace; a closed stdout (`| head`) ends it quietly. */
export async function cli(argv: readonly string[]): Promise<void> {
  process.stdout.on('error', () => process.exit(process.exitCode ?? 0));
  const json = argv.includes('--json');
  let outcome: CommandResult;
  try {
    outcome = await main(argv);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    outcome = failure(`cannot process the input (${message})`);
  }
  print(outcome, json);
  process.exitCode = outcome.exitCode;
}

await cli(process.argv.slice(2));
