import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';

const directives = new Map(
  CONTENT_SECURITY_POLICY.split(';').map((part) => {
    const [name = '', ...sources] = part.trim().split(/\s+/);
    return [name, sources] as const;
  }),
);

describe('CONTENT_SECURITY_POLICY', () => {
  it('falls back to the app’s own origin and allows scripts and styles from it only', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
  });

  it('has no inline code, no eval and no wildcard anywhere', () => {
    for (const forbidden of [
      "'unsafe-inline'",
      "'unsafe-eval'",
      "'wasm-unsafe-eval'",
      "'unsafe-hashes'",
      '*',
    ]) {
      expect(CONTENT_SECURITY_POLICY.split(/[\s;]+/)).not.toContain(forbidden);
    }
  });

  it('names no remote host or scheme: nothing is loaded from or sent to the network', () => {
    for (const sources of directives.values()) {
      for (const source of sources) expect(source).toMatch(/^('self'|'none'|data:|blob:)$/);
    }
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });

  it('forbids plugins, base-URL tricks and form submissions', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });
});
