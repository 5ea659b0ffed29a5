import { describe, expect, it } from 'vitest';
import { unexplainedAcronyms } from './acronyms';
import { ignoredSpans } from './text';

const terms = (text: string) => unexplainedAcronyms(text, ignoredSpans(text)).map((hit) => hit.term);

describe('unexplainedAcronyms', () => {
  it.each([
    ['Der ÖPNV fährt heute nur bis 14 Uhr.', ['ÖPNV']],
    ['Die KfW fördert, das BAföG hilft, das SGB regelt.', ['KfW', 'BAföG', 'SGB']],
    ['Das BAMF und die ARGE laden ein.', ['BAMF', 'ARGE']],
    ['Die EU, das ZDF, die SBB und die WLAN-Hotspots kennt jeder.', []],
    ['HEUTE und JETZT: HALLO an alle!', []],
    ['Der öffentliche Nahverkehr (ÖPNV) fährt. Der ÖPNV hält.', []],
    ['Die KfW (Kreditanstalt für Wiederaufbau) fördert.', []],
    ['Folgen Sie #KfW und @BAföG_Amt auf musterstadt.de/SGB.', []],
    ['Der Bürgermeister, die Bürgerinnen und das Amt.', []],
  ])('%s', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  it('flags only the first use, with its exact range', () => {
    const text = 'Die ÖPNV-Tickets gelten im ÖPNV der Region.';
    const hits = unexplainedAcronyms(text, []);
    expect(hits).toHaveLength(1);
    expect(text.slice(hits[0]?.range.start, hits[0]?.range.end)).toBe('ÖPNV');
    expect(hits[0]?.range.start).toBe(4);
  });
});
