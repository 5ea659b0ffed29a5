/**
 * The page rules of the printed week plan, written with its translated texts: each week is a named page whose top
 * margin names the week (a running header on every page of it), and every page carries the print date and
 * "Seite n von m" in its bottom margin (CSS page-margin boxes; Chromium draws them in print and in printToPDF).
 * Texts go in as CSS strings, escaped so that no name (the organisation's, typed by a person) can end the rule.
 * The rules are a constructed style sheet (the Content Security Policy refuses inline style elements).
 */

/** A CSS string literal of `text`: quotes, backslashes and line breaks escaped, `<` too (no `</style>`). */
export function cssString(text: string): string {
  const escaped = text.replace(/[\\"<>\r\n\f]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `);
  return `"${escaped}"`;
}

/** `Seite {{page}} von {{pages}}` as CSS content: texts as strings, the placeholders as page counters. */
export function pageCounterContent(template: string): string {
  const parts = template.split(/\{\{\s*(page|pages)\s*\}\}/);
  return parts
    .map((part, index) => (index % 2 === 1 ? `counter(${part})` : part === '' ? '' : cssString(part)))
    .filter((part) => part !== '')
    .join(' ');
}

/** The name of the printed page of the week at `index`. */
export function weekPlanPageName(index: number): string {
  return `cd-weekplan-week-${index}`;
}

export interface WeekPlanPageTexts {
  /** The running header of each week, in order. */
  headers: readonly string[];
  /** Bottom left of every page, e.g. "Gedruckt am 07.12.2026, 21:05". */
  footer: string;
  /** Bottom right of every page, with `{{page}}` and `{{pages}}`. */
  pageOf: string;
}

const MARGIN_TEXT = 'font: 9pt system-ui, sans-serif; color: #000;';

export function weekPlanPageCss(texts: WeekPlanPageTexts): string {
  const every =
    '@page {\n' +
    `  @bottom-left { content: ${cssString(texts.footer)}; ${MARGIN_TEXT} }\n` +
    `  @bottom-right { content: ${pageCounterContent(texts.pageOf)}; ${MARGIN_TEXT} }\n` +
    '}';
  const weeks = texts.headers.map(
    (header, index) =>
      `@page ${weekPlanPageName(index)} {\n` +
      `  @top-left { content: ${cssString(header)}; ${MARGIN_TEXT} font-weight: 700; }\n` +
      '}',
  );
  return [every, ...weeks].join('\n');
}

/**
 * Adds `css` to the document as a constructed style sheet while the week plan is shown; returns the clean-up.
 * Where the platform has no constructed style sheets (jsdom), nothing happens.
 */
export function adoptPageRules(css: string): () => void {
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return () => undefined;
  let sheet: CSSStyleSheet;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  } catch {
    return () => undefined;
  }
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((entry) => entry !== sheet);
  };
}
