/** Errors of the export generators, with a code the UI turns into a message (messages.ts: `export.errors.*`). */

export const EXPORT_ERROR_CODES = [
  'mediaMissing',
  'mediaCorrupt',
  'notScheduled',
  'invalidTimeZone',
  'invalidDate',
  'invalidRange',
] as const;
export type ExportErrorCode = (typeof EXPORT_ERROR_CODES)[number];

export type ExportErrorParams = Readonly<Record<string, string>>;

export class ExportError extends Error {
  readonly code: ExportErrorCode;
  readonly params: ExportErrorParams;

  constructor(code: ExportErrorCode, params: ExportErrorParams = {}) {
    super(`${code}${Object.keys(params).length > 0 ? ` ${JSON.stringify(params)}` : ''}`);
    this.name = 'ExportError';
    this.code = code;
    this.params = params;
  }
}

/** Throws `invalidTimeZone` unless `timeZone` is an IANA zone the runtime knows. */
export function assertTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en', { timeZone }).format(0);
  } catch {
    throw new ExportError('invalidTimeZone', { timeZone });
  }
}
