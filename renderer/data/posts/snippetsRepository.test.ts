import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../store/db';
import { deleteSnippet, listSnippets, saveSnippet, validateSnippet } from './snippetsRepository';

beforeEach(async () => {
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

describe('snippets repository', () => {
  it('creates snippets with an id, trimmed, and lists them by kind then label', async () => {
    const text = await saveSnippet({
      kind: 'text',
      label: 'Sprechzeiten',
      text: 'Wir antworten Mo–Fr 8–16 Uhr.',
    });
    const link = await saveSnippet({
      kind: 'link',
      label: 'Netiquette',
      text: ' https://www.musterstadt.de/netiquette ',
    });
    const tags = await saveSnippet({
      kind: 'hashtags',
      label: '  Karriere ',
      text: '#Musterstadt #KarriereImRathaus',
    });
    const tags2 = await saveSnippet({ kind: 'hashtags', label: 'Advent', text: '#Adventskalender' });
    expect([text.ok, link.ok, tags.ok, tags2.ok]).toEqual([true, true, true, true]);

    const listed = await listSnippets();
    expect(listed.map((snippet) => snippet.label)).toEqual([
      'Advent',
      'Karriere',
      'Netiquette',
      'Sprechzeiten',
    ]);
    expect(listed[2]).toMatchObject({ kind: 'link', text: 'https://www.musterstadt.de/netiquette' });
    expect(listed[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('updates a snippet under its id and deletes it', async () => {
    const created = await saveSnippet({ kind: 'hashtags', label: 'Advent', text: '#Advent' });
    if (!created.ok) throw new Error('not saved');
    const updated = await saveSnippet({ ...created.snippet, text: '#Advent #Musterstadt' });
    expect(updated.ok).toBe(true);
    expect(await db.snippets.count()).toBe(1);
    expect((await db.snippets.get(created.snippet.id))?.text).toBe('#Advent #Musterstadt');

    await deleteSnippet(created.snippet.id);
    expect(await listSnippets()).toEqual([]);
  });

  it.each([
    { label: 'empty label', input: { kind: 'text', label: '   ', text: 'x' }, errors: { label: 'required' } },
    {
      label: 'label of 61 characters',
      input: { kind: 'text', label: 'a'.repeat(61), text: 'x' },
      errors: { label: 'tooLong' },
    },
    {
      label: 'empty text',
      input: { kind: 'hashtags', label: 'Leer', text: '' },
      errors: { text: 'required' },
    },
    {
      label: 'text of 2001 characters',
      input: { kind: 'text', label: 'Lang', text: 'a'.repeat(2001) },
      errors: { text: 'tooLong' },
    },
    {
      label: 'link that is no web address',
      input: { kind: 'link', label: 'Netiquette', text: 'siehe Website' },
      errors: { text: 'url' },
    },
    {
      label: 'link error shown with a label error',
      input: { kind: 'link', label: '', text: 'ftp://x.de' },
      errors: { label: 'required', text: 'url' },
    },
    {
      label: 'unknown kind',
      input: { kind: 'emoji', label: 'Smileys', text: ':)' },
      errors: { kind: 'invalid' },
    },
  ] as const)('rejects $label and saves nothing', async ({ input, errors }) => {
    // The kind is deliberately outside the type in one case: data can come from anywhere.
    const result = await saveSnippet(input as Parameters<typeof saveSnippet>[0]);
    expect(result).toEqual({ ok: false, errors });
    expect(await db.snippets.count()).toBe(0);
  });

  it('accepts the limits exactly', () => {
    expect(validateSnippet({ kind: 'text', label: 'a'.repeat(60), text: 'b'.repeat(2000) }).ok).toBe(true);
  });
});
