/**
 * End-to-end harness: serves a built renderer on 127.0.0.1 and drives Debian's Chromium with playwright-core.
 * Every console error, page error and request that leaves 127.0.0.1 is recorded, in every tab of the browser;
 * after each test of any file that imports this harness, every desk launched during the test is closed and must
 * have recorded none. Requests (and WebSockets) to anywhere else are also aborted, so a stray remote asset can
 * never load by accident.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

import { CHROMIUM_PATH, deskChromiumArgs } from './chromium';
import { serveDirectory, type StaticServer } from './staticServer';

export { serveDirectory, type StaticServer };

export interface Desk {
  context: BrowserContext;
  page: Page;
  /** Console errors, uncaught page errors. */
  errors: string[];
  /** Requests that did not go to the served origin. */
  foreignRequests: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  origin: string;
  profileDir: string;
  /** Frozen wall clock of the page (timers still run), for a calendar that opens on a known day. */
  now: Date;
  /** The laptop's time zone; the desk must show the organisation's time regardless. */
  timezoneId?: string;
}

/** Starts Chromium on a persistent profile (IndexedDB survives a restart on the same profile). */
export async function launchDesk(options: LaunchOptions): Promise<Desk> {
  const context = await chromium.launchPersistentContext(options.profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: 'de-DE',
    timezoneId: options.timezoneId ?? 'Europe/Berlin',
    viewport: { width: 1400, height: 900 },
    args: deskChromiumArgs(),
  });
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  let closed = false;
  context.on('close', () => (closed = true));
  const desk: Desk = {
    context,
    page: context.pages()[0] ?? (await context.newPage()),
    errors,
    foreignRequests,
    close: () => (closed ? Promise.resolve() : context.close()),
  };
  // Registered before anything loads, so no early error or request slips through.
  launchedDesks.push(desk);
  await context.route(
    (url) => url.origin !== options.origin && !['data:', 'blob:'].includes(url.protocol),
    async (route) => {
      foreignRequests.push(route.request().url());
      await route.abort();
    },
  );
  await context.routeWebSocket(/.*/, (socket) => {
    foreignRequests.push(socket.url());
    void socket.close();
  });
  // On the context, not the first page: a second tab or a popup of the desk is watched too.
  context.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  context.on('weberror', (error) => errors.push(String(error.error())));
  await desk.page.clock.setFixedTime(options.now);
  await context.addInitScript(subclassableClockDate);
  await desk.page.goto(`${options.origin}/index.html`);
  return desk;
}

/**
 * Runs in every page after Playwright's clock: its fake `Date` returns plain Dates even when called as the super
 * constructor of a subclass, so `class TZDate extends Date` (date-fns, the desk's time zone arithmetic) silently
 * became a Date in the laptop's zone, and a test "with the laptop in New York" computed in New York time. This
 * `Date` constructs through the real one with the subclass kept, and still tells the clock's time.
 */
function subclassableClockDate(): void {
  const clockDate = Date as DateConstructor & { isFake?: boolean };
  if (clockDate.isFake !== true) return;
  const NativeDate = Date.prototype.constructor as DateConstructor;
  function DeskDate(this: unknown, ...args: unknown[]): unknown {
    if (!(new.target as unknown)) return new NativeDate(clockDate.now()).toString();
    return Reflect.construct(NativeDate, args.length === 0 ? [clockDate.now()] : args, new.target);
  }
  DeskDate.prototype = NativeDate.prototype;
  DeskDate.now = () => clockDate.now();
  DeskDate.parse = NativeDate.parse.bind(NativeDate);
  DeskDate.UTC = NativeDate.UTC.bind(NativeDate);
  (window as unknown as { Date: unknown }).Date = DeskDate;
}

/** Every desk launched during the current test, whichever way it was launched. */
const launchedDesks: Desk[] = [];

// Any e2e file that imports the harness gets this check after each of its tests: a test cannot forget it.
afterEach(async () => {
  const desks = launchedDesks.splice(0);
  for (const desk of desks) {
    // A desk whose browser was killed (crash tests) may never answer a close.
    await Promise.race([desk.close().catch(() => undefined), new Promise((done) => setTimeout(done, 5000))]);
  }
  for (const desk of desks) {
    expect(desk.errors, 'console or page errors').toEqual([]);
    expect(desk.foreignRequests, 'requests that left 127.0.0.1').toEqual([]);
  }
});

export function temporaryProfile(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'civic-desk-e2e-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The browser build that `npm test` and `npm run test:e2e` make before the end-to-end tests (`CIVIC_DESK_WEB_BUILD`
 * points elsewhere, e.g. to a build of one's own while others build too).
 */
export const WEB_BUILD = process.env.CIVIC_DESK_WEB_BUILD ?? resolve(import.meta.dirname, '../../dist/web');

/**
 * One served build and one browser profile for a test file (so its tests build on each other, like days of
 * work); each test opens the desk with `open()`, and must end without console errors or foreign requests.
 */
/** The first start's answers; the admin is also the profile chosen when the desk asks who is working. */
export interface DeskSetup {
  organisation: string;
  admin: string;
}

export const DEFAULT_SETUP: DeskSetup = { organisation: 'Bezirksamt Mitte', admin: 'Anna Admin' };

/**
 * Gets past the first-start set-up (on a new profile) or the "who is working?" question (after a sign-out), as a
 * person would, and waits for the desk's navigation.
 */
export async function enterDesk(page: Page, setup: DeskSetup = DEFAULT_SETUP): Promise<void> {
  const setupHeading = page.getByRole('heading', { name: 'Civic Desk einrichten' });
  const gateHeading = page.getByRole('heading', { name: 'Wer arbeitet gerade?' });
  const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
  await setupHeading.or(gateHeading).or(nav).first().waitFor();
  if (await setupHeading.isVisible()) {
    await page.getByLabel('Name der Organisation').fill(setup.organisation);
    await page.getByLabel('Ihr Name').fill(setup.admin);
    await page.getByRole('button', { name: 'Einrichtung abschließen' }).click();
    // The set-up ends with the organisation key's fingerprint, to read aloud and file away.
    await page.getByRole('heading', { name: 'Fingerabdruck des Organisationsschlüssels' }).waitFor();
    await page.getByRole('button', { name: 'Weiter zum Kalender' }).click();
  } else if (await gateHeading.isVisible()) {
    await page.getByRole('button', { name: setup.admin, exact: true }).click();
  }
  await nav.waitFor();
}

export function useDeskSuite(defaults: {
  now: Date;
  timezoneId?: string;
  /** `false`: leave the set-up or profile question on screen (tests of those screens). */
  setup?: DeskSetup | false;
}): { open: () => Promise<Desk> } {
  let server: StaticServer | undefined;
  let profile: ReturnType<typeof temporaryProfile> | undefined;
  let desk: Desk | undefined;

  beforeAll(async () => {
    server = await serveDirectory(WEB_BUILD);
    profile = temporaryProfile();
  });

  afterEach(async () => {
    if (!desk) return;
    const { errors, foreignRequests } = desk;
    await desk.close();
    desk = undefined;
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  afterAll(async () => {
    await server?.close();
    profile?.remove();
  });

  return {
    open: async () => {
      if (!server || !profile) throw new Error('useDeskSuite: open() runs inside a test');
      const { setup = DEFAULT_SETUP, ...launch } = defaults;
      desk = await launchDesk({ origin: server.origin, profileDir: profile.dir, ...launch });
      if (setup !== false) await enterDesk(desk.page, setup);
      return desk;
    },
  };
}

/**
 * One served build for a test file whose tests launch desks themselves (several laptops, restarts): `origin()` of
 * the build, `newProfile()` a fresh browser profile, `removeAfterAll()` for anything else to clean up (a file
 * written); profiles and the rest are removed after the file's tests.
 */
export function useDeskServer(): {
  origin: () => string;
  newProfile: () => string;
  removeAfterAll: (cleanup: () => void) => void;
} {
  let server: StaticServer | undefined;
  const cleanups: (() => void)[] = [];

  beforeAll(async () => {
    server = await serveDirectory(WEB_BUILD);
  });

  afterAll(async () => {
    for (const cleanup of cleanups) cleanup();
    await server?.close();
  });

  return {
    origin: () => {
      if (!server) throw new Error('useDeskServer: origin() runs inside a test');
      return server.origin;
    },
    newProfile: () => {
      const profile = temporaryProfile();
      cleanups.push(() => profile.remove());
      return profile.dir;
    },
    removeAfterAll: (cleanup) => cleanups.push(cleanup),
  };
}
