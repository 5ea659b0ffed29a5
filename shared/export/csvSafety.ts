/**
 * Protection of CSV cells against formula injection ("CSV injection", OWASP): a spreadsheet that opens the file
 * treats a cell starting with `=`, `+`, `-`, `@`, tab or carriage return as a formula. Such a cell gets a leading
 * apostrophe, which Excel, LibreOffice and Google Sheets show as text and do not evaluate.
 *
 * Chosen scheme (reversible): a cell starting with a trigger OR with an apostrophe gets one more apostrophe in
 * front, so `unprotectCell` recovers every original text exactly by removing one leading apostrophe. The price:
 * a scheduler that imports the file as it is posts the apostrophe too (e.g. `'+++ Eilmeldung +++`), so the
 * scheduler CSVs let the caller switch protection off for files that go straight to the upload (see
 * `formulaProtection` in schedulerCsv.ts). The audit CSV is always protected.
 */

/** Characters that make a spreadsheet read a cell as a formula when they come first (OWASP list). */
export const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r'] as const;

const APOSTROPHE = "'";

function needsPrefix(value: string): boolean {
  const first = value.charAt(0);
  return first === APOSTROPHE || (FORMULA_TRIGGERS as readonly string[]).includes(first);
}

/** The cell as written to the file: never starts with a formula trigger. */
export function protectCell(value: string): string {
  return needsPrefix(value) ? APOSTROPHE + value : value;
}

/** The original text of a cell written by `protectCell` (the inverse; for tests and re-import). */
export function unprotectCell(value: string): string {
  return value.startsWith(APOSTROPHE) ? value.slice(1) : value;
}

/** True when a spreadsheet would read the cell as a formula. */
export function startsWithFormulaTrigger(value: string): boolean {
  return (FORMULA_TRIGGERS as readonly string[]).includes(value.charAt(0));
}

/** The byte order mark Excel needs to read a CSV as UTF-8. */
export const UTF8_BOM = '\uFEFF';

/** Row separator of every CSV written here (RFC 4180). */
export const CSV_NEWLINE = '\r\n';
