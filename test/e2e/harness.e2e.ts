/**
 * The harness's own guard, checked: every e2e test fails on a console error or a request that leaves 127.0.0.1
 * because the harness records them in every tab and checks them after each test. Here the records are provoked
 * on purpose, looked at, and then emptied, so this test itself ends clean.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchDesk, serveDirectory, temporaryProfile, WEB_BUILD, type StaticServer } from './harness';

const NOW = new Date('2026-11-25T09:00:00+01:00');
let server: StaticServer;
const profile = temporaryProfile();

beforeAll(async () => {
  server = await serveDirectory(WEB_BUILD);
});

afterAll(async () => {
  await server.close();
  profile.remove();
});

describe('the e2e harness', () => {
  it('records console errors, page errors and foreign requests of every tab, and aborts those requests', async () => {
    const desk = await launchDesk({ origin: server.origin, profileDir: profile.dir, now: NOW });
    const { page } = desk;
    await page.evaluate(() => console.error('Fehler im ersten Tab'));
    await page.evaluate(() => {
      setTimeout(() => void Promise.reject(new Error('unbehandelt')), 0);
    });
    const tab = await desk.context.newPage();
    await tab.goto(`${server.origin}/index.html`);
    await tab.evaluate(() => console.error('Fehler im zweiten Tab'));
    // The page's CSP keeps its own fetches home; a navigation is what could still leave. `.invalid` never
    // resolves, and the harness aborts the request before it would even be looked up.
    const third = await desk.context.newPage();
    await expect(third.goto('https://civic-desk.invalid/tracker')).rejects.toThrow();

    await expect.poll(() => desk.errors.length).toBeGreaterThanOrEqual(3);
    expect(desk.errors).toEqual(
      expect.arrayContaining([
        'Fehler im ersten Tab',
        'Fehler im zweiten Tab',
        expect.stringContaining('unbehandelt') as unknown,
      ]),
    );
    expect(desk.foreignRequests).toContain('https://civic-desk.invalid/tracker');

    // Emptied on purpose: the harness checks this desk after the test like any other.
    desk.errors.length = 0;
    desk.foreignRequests.length = 0;
  });

  it('freezes the clock without breaking subclasses of Date (the time zone arithmetic is one)', async () => {
    const { page } = await launchDesk({ origin: server.origin, profileDir: profile.dir, now: NOW });
    const seen = await page.evaluate(() => {
      class Later extends Date {
        later(): number {
          return this.getTime() + 1;
        }
      }
      const later = new Later();
      return {
        subclass: later instanceof Later && later instanceof Date,
        later: later.later(),
        now: Date.now(),
        today: new Date().toISOString(),
        parsed: new Date(2026, 0, 2, 3, 4).getMinutes(),
      };
    });
    expect(seen).toEqual({
      subclass: true,
      later: NOW.getTime() + 1,
      now: NOW.getTime(),
      today: NOW.toISOString(),
      parsed: 4,
    });
  });
});
