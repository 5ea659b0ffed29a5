import { describe, expect, it, vi } from 'vitest';

// The Electron binary cannot run in unit tests: protocol is a fake that records its calls.
const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => electron);

const { registerAppScheme, serveAppScheme } = await import('./protocol');

describe('app scheme', () => {
  it('is privileged as standard and secure with fetch, so the page gets an origin with IndexedDB', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: expect.objectContaining({
          standard: true,
          secure: true,
          supportFetchAPI: true,
        }) as unknown,
      },
    ]);
  });

  it('does not bypass the CSP or enable CORS or service workers', () => {
    const calls = electron.protocol.registerSchemesAsPrivileged.mock.calls as unknown as [
      [{ privileges: Record<string, unknown> }],
    ][];
    const privileges = calls[0]?.[0][0]?.privileges ?? {};
    expect(privileges.bypassCSP).toBeUndefined();
    expect(privileges.corsEnabled).toBeUndefined();
    expect(privileges.allowServiceWorkers).toBeUndefined();
  });

  it('serves the scheme through protocol.handle with 404 for unknown files', async () => {
    serveAppScheme('/nonexistent-root');
    const [scheme, handler] = electron.protocol.handle.mock.calls[0] as unknown as [
      string,
      (request: Request) => Promise<Response>,
    ];
    expect(scheme).toBe('app');
    const response = await handler(new Request('app://desk/index.html'));
    expect(response.status).toBe(404);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });
});
