/** Debian's Chromium as the e2e tests and the bench start it: headless, offline-quiet, German like the editors' laptops. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Command-line switches for every desk launch; `extra` adds run-specific ones (the bench's memory figures). */
export function deskChromiumArgs(...extra: string[]): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // The browser's own UI language (date and time fields) as on the editors' German laptops.
    '--lang=de-DE',
    ...extra,
  ];
}
