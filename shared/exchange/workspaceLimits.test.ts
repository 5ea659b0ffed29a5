/** The workspace parser applies the post form's limits (issue 13 "Bad input has limits"), and reads version 2. */
import { describe, expect, it } from 'vitest';
import { TEXT_MAX_LENGTH, TITLE_MAX_LENGTH } from '../model/postInput';
import { servicePost, variantsFor, workspaceFile } from './testFixtures';
import { parseWorkspace, WORKSPACE_VERSION } from './workspace';

function parsed(json: unknown) {
  return parseWorkspace(JSON.parse(JSON.stringify(json)));
}

function refusal(json: unknown): { message: string; path: string } {
  const result = parsed(json);
  if (result.ok) throw new Error('expected the file to be refused');
  return { message: result.message, path: result.path };
}

describe('post limits in the workspace file', () => {
  it('accepts a title and a text exactly at the form’s caps, with line breaks and tabs in the text', () => {
    const text = `${'a'.repeat(TEXT_MAX_LENGTH - 2)}\n\t`;
    const post = servicePost({ title: 'T'.repeat(TITLE_MAX_LENGTH), text });
    expect(parsed(workspaceFile([{ ...post, variants: variantsFor(post.channels, text) }])).ok).toBe(true);
  });

  it('refuses a title over 200 characters and a text over 100,000, naming where', () => {
    expect(refusal(workspaceFile([servicePost({ title: 'T'.repeat(TITLE_MAX_LENGTH + 1) })]))).toEqual({
      path: 'posts[0].title',
      message: `the title is longer than ${TITLE_MAX_LENGTH} characters`,
    });
    const long = 'a'.repeat(TEXT_MAX_LENGTH + 1);
    expect(refusal(workspaceFile([servicePost({ text: long })])).path).toBe('posts[0].text');
    const post = servicePost();
    const variants = variantsFor(post.channels, long);
    expect(refusal(workspaceFile([{ ...post, variants }])).path).toBe('posts[0].variants[0].text');
  });

  it.each([
    ['RIGHT-TO-LEFT OVERRIDE', 'text', 'Rechnung\u202Etxt.exe', 'U+202E'],
    ['a bidi isolate', 'text', 'Termin \u2066morgen\u2069', 'U+2066'],
    ['a NUL', 'text', 'Sprechstunde\u0000', 'U+0000'],
    ['a C1 control', 'title', 'Bürgeramt\u0085', 'U+0085'],
    ['a line break in the title', 'title', 'Bürgeramt\nam Samstag', 'U+000A'],
  ] as const)('refuses %s in the %s, as the post form does', (_what, field, value, code) => {
    const result = refusal(workspaceFile([servicePost({ [field]: value })]));
    expect(result.path).toBe(`posts[0].${field}`);
    expect(result.message).toContain(code);
  });

  it('keeps the marks right-to-left text needs (U+200E, U+200F)', () => {
    expect(parsed(workspaceFile([servicePost({ text: 'שלום\u200F Berlin\u200E' })])).ok).toBe(true);
  });
});

describe('version 2 files', () => {
  it('are read and upgraded: no roster', () => {
    const {
      roster: _roster,
      crisis: _crisis,
      ...v2
    } = {
      ...workspaceFile(),
      version: 2,
      crisis: undefined,
    };
    const result = parsed(v2);
    if (!result.ok) throw new Error(`${result.path}: ${result.message}`);
    expect(result.workspace.version).toBe(WORKSPACE_VERSION);
    expect(result.workspace.roster).toBeNull();
  });

  it('refuse a roster, which version 2 did not have', () => {
    expect(refusal({ ...workspaceFile(), version: 2 })).toEqual({
      path: 'roster',
      message: 'unknown field "roster"',
    });
  });
});

describe('the roster in version 3', () => {
  it('refuses a roster entry that is not an envelope', () => {
    const root = {
      algorithm: 'Ed25519',
      keyId: '0123456789abcdef',
      publicKeyJwk: { kty: 'OKP', crv: 'Ed25519', x: 'AAAA' },
    };
    const file = { ...workspaceFile(), roster: { root, entries: [{ id: 'x', envelope: {} }] } };
    expect(refusal(file).path).toBe('roster.entries[0].id');
  });
});
