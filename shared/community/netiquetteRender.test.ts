import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileString } from '../fuzz/jsonMutations';
import type { Netiquette } from './netiquette';
import { escapeHtml, renderNetiquetteHtml, renderNetiquetteText } from './netiquetteRender';
import { fullNetiquette } from './testFixtures';

/** The only tags the renderer writes; an `<a>` only with an https `href`. */
const ALLOWED_TAG =
  /^<(?:\/?(?:section|h2|h3|h4|p|ol|ul|li|a)|section class="netiquette" lang="[a-zA-Z-]+"|li id="netiquette-[^"<>]*"|a href="https:\/\/[^"<>]*")>$/;

function unescapeHtml(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Text content of the fragment: tags removed, entities decoded. */
function textOf(html: string): string {
  return unescapeHtml(html.replace(/<[^>]*>/g, ''));
}

describe('renderNetiquetteText', () => {
  it('lists every clause with its consequence, the objection channel, contact, address and version', () => {
    const netiquette = fullNetiquette('de-DE');
    const text = renderNetiquetteText(netiquette);
    for (const clause of netiquette.clauses) {
      expect(text).toContain(clause.title);
      expect(text).toContain(clause.text);
    }
    expect(text).toContain('Solche Kommentare löschen wir.');
    expect(text).toContain(netiquette.organisation.objectionChannel);
    expect(text).toContain(netiquette.organisation.contact);
    expect(text).toContain(netiquette.organisation.publishedUrl);
    expect(text).toContain('Fassung 1 vom 01.12.2026');
    expect(text).toContain('Rechtsgrundlage: § 130 StGB (Volksverhetzung)');
  });

  it('writes Swiss German without ß and English in English', () => {
    const swiss = renderNetiquetteText(fullNetiquette('de-CH'));
    expect(swiss).not.toMatch(/ß/);
    expect(swiss).toContain('Art. 261bis StGB');
    const english = renderNetiquetteText(fullNetiquette('en'));
    expect(english).toContain('What we hide or delete');
    expect(english).toContain('Version 1 of 2026-12-01');
  });
});

describe('renderNetiquetteHtml', () => {
  it('escapes the organisation’s data and links only the https address', () => {
    const netiquette: Netiquette = {
      ...fullNetiquette(),
      organisation: {
        name: '<script>alert("x")</script> & Co',
        contact: '<img src=x onerror=alert(1)>',
        objectionChannel: '\'"><b>',
        publishedUrl: 'https://www.musterstadt.example/netiquette?a=1&b=2',
      },
    };
    const html = renderNetiquetteHtml(netiquette);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(html).toContain('<a href="https://www.musterstadt.example/netiquette?a=1&amp;b=2">');
    expect(html).toContain('lang="de-DE"');
    expect(html).toContain('<li id="netiquette-insult">');
  });

  it('writes no link for an address that is not https', () => {
    const netiquette = fullNetiquette();
    const html = renderNetiquetteHtml({
      ...netiquette,
      organisation: { ...netiquette.organisation, publishedUrl: 'javascript:alert(1)' },
    });
    expect(html).not.toContain('<a ');
    expect(html).toContain('javascript:alert(1)');
  });

  it('lets no markup through, whatever the texts hold (fuzz)', () => {
    const base = fullNetiquette();
    const text = fc.oneof(
      hostileString,
      fc.string(),
      fc.constantFrom('<b>', '"><svg onload=x>', '&amp;', '</li>'),
    );
    fc.assert(
      fc.property(text, text, text, text, text, text, (name, contact, channel, url, title, clauseText) => {
        const netiquette: Netiquette = {
          ...base,
          organisation: { name, contact, objectionChannel: channel, publishedUrl: url },
          clauses: [{ id: 'own-rule', title, text: clauseText, legalBasis: title, consequence: 'hide' }],
          changes: [{ version: 1, date: base.validFrom, note: clauseText }],
        };
        const html = renderNetiquetteHtml(netiquette);
        for (const tag of html.match(/<[^>]*>/g) ?? []) expect(tag).toMatch(ALLOWED_TAG);
        // Nothing but the tags themselves starts markup: every other `<` is escaped.
        expect(html.replace(/<[^>]*>/g, '')).not.toMatch(/[<>]/);
        const content = textOf(html);
        for (const value of [name, contact, channel, title, clauseText]) expect(content).toContain(value);
      }),
      { numRuns: 150 },
    );
  });

  it('escapes the five HTML characters and nothing else', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const escaped = escapeHtml(value);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(unescapeHtml(escaped)).toBe(value);
      }),
    );
  });
});
