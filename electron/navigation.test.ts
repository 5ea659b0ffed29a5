import { describe, expect, it, vi } from 'vitest';
import { createContentsGuards } from './navigation';

function setUp(outcome: Promise<unknown> = Promise.resolve({ status: 'opened' })) {
  const offer = vi.fn((_url: string) => outcome);
  const onError = vi.fn();
  return { offer, onError, guards: createContentsGuards(offer, onError) };
}

function navigation(url: string) {
  return { url, preventDefault: vi.fn() };
}

describe('new windows', () => {
  it('are always denied', () => {
    const { guards } = setUp();
    for (const url of [
      'app://desk/index.html',
      'https://example.org/',
      'file:///etc/passwd',
      'about:blank',
    ]) {
      expect(guards.windowOpen({ url })).toEqual({ action: 'deny' });
    }
  });

  it('offer http(s) links to the system browser through the confirmation, and nothing else', () => {
    const { guards, offer } = setUp();
    guards.windowOpen({ url: 'https://www.berlin.de/' });
    guards.windowOpen({ url: 'file:///C:/Windows/System32/calc.exe' });
    guards.windowOpen({ url: 'https://user:pw@example.org/' });
    guards.windowOpen({ url: 'app://desk/index.html' });
    expect(offer).toHaveBeenCalledExactlyOnceWith('https://www.berlin.de/');
  });

  it('report a failed offer instead of throwing', async () => {
    const failure = new Error('no dialog');
    const { guards, onError } = setUp(Promise.reject(failure));
    expect(guards.windowOpen({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(failure));
  });
});

describe('navigation', () => {
  it('stays within the app', () => {
    const { guards, offer } = setUp();
    const event = navigation('app://desk/index.html#/kalender');
    guards.willNavigate(event);
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(offer).not.toHaveBeenCalled();
  });

  it.each([
    'https://example.org/',
    'file:///etc/passwd',
    'app://other/',
    'javascript:alert(1)',
    'data:text/html,x',
  ])('to %s is prevented', (url) => {
    const { guards } = setUp();
    const event = navigation(url);
    guards.willNavigate(event);
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
  });

  it('to an http(s) link offers it to the system browser instead', () => {
    const { guards, offer } = setUp();
    guards.willNavigate(navigation('https://www.berlin.de/'));
    guards.willNavigate(navigation('file:///etc/passwd'));
    expect(offer).toHaveBeenCalledExactlyOnceWith('https://www.berlin.de/');
  });

  it('redirects out of the app are prevented and never offered', () => {
    const { guards, offer } = setUp();
    const out = navigation('https://example.org/');
    guards.willRedirect(out);
    expect(out.preventDefault).toHaveBeenCalledTimes(1);
    const inside = navigation('app://desk/index.html');
    guards.willRedirect(inside);
    expect(inside.preventDefault).not.toHaveBeenCalled();
    expect(offer).not.toHaveBeenCalled();
  });
});

describe('webviews', () => {
  it('are never attached', () => {
    const { guards } = setUp();
    const event = { preventDefault: vi.fn() };
    guards.willAttachWebview(event);
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
  });
});
