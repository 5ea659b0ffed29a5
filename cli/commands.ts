/**
 * Runs one command of the command line: turns the parsed values into the pure command's options, loads that
 * command's module (its own chunk of the bundle), and writes what `export` made. Input files are read through
 * `Io` (limits, strict UTF-8: input.ts); outputs never replace an input (output.ts).
 */
import { EXIT, type CommandName, type CommandOutput, type CommandResult } from '../shared/exchange/cliUsage';
import { OutputError, refuseInputAsTarget, writeFileAtomically, writeFolder } from './output';

export interface Io {
  readBytes: (file: string) => Uint8Array;
  readText: (file: string) => string;
  /** The command's input files (`--in`, `--keys`) as given. */
  inputs: readonly string[];
}

type Values = Record<string, string | boolean | undefined>;

const text = (values: Values, name: string): string => {
  const value = values[name];
  return typeof value === 'string' ? value : '';
};
const optionalText = (values: Values, name: string): string | undefined => {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
};
const flag = (values: Values, name: string): boolean | undefined => {
  const value = values[name];
  return typeof value === 'boolean' ? value : undefined;
};

/** Writes the export's files; returns where they went, for the lines printed. */
function writeOutput(output: CommandOutput, inputs: readonly string[]): void {
  if (output.target === 'stdout') {
    for (const file of output.files) process.stdout.write(file.bytes);
    return;
  }
  if (output.target === 'folder') {
    refuseInputAsTarget(output.path, inputs);
    writeFolder(output.path, output.files, inputs);
    return;
  }
  const [file] = output.files;
  if (file === undefined || output.files.length !== 1)
    throw new OutputError('expected exactly one file to write');
  refuseInputAsTarget(output.path, inputs);
  writeFileAtomically(output.path, file.bytes);
}

export async function runCommand(
  name: Exclude<CommandName, 'help'>,
  values: Values,
  io: Io,
  now: Date,
): Promise<CommandResult> {
  switch (name) {
    case 'check': {
      const { runCheckCommand } = await import('../shared/exchange/checkCommand');
      const format = optionalText(values, 'format') ?? (values.json === true ? 'json' : undefined);
      if (values.json === true && format !== 'json') {
        return { ...failure('--json and --format text cannot go together') };
      }
      return runCheckCommand(
        { in: text(values, 'in'), ...(format === undefined ? {} : { format }) },
        io.readText,
        now,
      );
    }
    case 'validate': {
      const { runValidateCommand } = await import('../shared/exchange/validateCommand');
      return runValidateCommand({ in: text(values, 'in') }, io.readText);
    }
    case 'verify': {
      const { runVerifyCommand } = await import('../shared/exchange/verifyCommand');
      return runVerifyCommand({ in: text(values, 'in'), keys: optionalText(values, 'keys') }, io.readText);
    }
    case 'verify-package': {
      const { runVerifyPackageCommand } = await import('../shared/exchange/verifyPackageCommand');
      return runVerifyPackageCommand(
        {
          in: text(values, 'in'),
          keys: optionalText(values, 'keys'),
          allowUnsigned: flag(values, 'allow-unsigned') === true,
        },
        io.readBytes,
        io.readText,
      );
    }
    case 'export': {
      const out = text(values, 'out');
      if (out === '-' && values.json === true)
        return failure('--json needs --out to be a file or folder, not stdout');
      // Refused before anything is read or made: the export would replace its own input.
      refuseInputAsTarget(out, io.inputs);
      const { runExportCommand } = await import('../shared/exchange/exportCommand');
      const bom = flag(values, 'bom');
      const formulaGuard = flag(values, 'formula-guard');
      const result = await runExportCommand(
        {
          in: text(values, 'in'),
          keys: text(values, 'keys'),
          format: text(values, 'format'),
          from: text(values, 'from'),
          to: text(values, 'to'),
          out,
          allowPast: flag(values, 'allow-past') === true,
          ...(bom === undefined ? {} : { bom }),
          ...(formulaGuard === undefined ? {} : { formulaGuard }),
        },
        io.readText,
        now,
      );
      if (result.output !== undefined) writeOutput(result.output, io.inputs);
      return result;
    }
  }
}

function failure(message: string): CommandResult {
  return {
    exitCode: EXIT.badInput,
    stdout: '',
    stderr: `civic-desk: ${message}\n`,
    json: { exitCode: EXIT.badInput, error: message },
  };
}
