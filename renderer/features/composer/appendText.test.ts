import { describe, expect, it } from 'vitest';
import { appendText } from './appendText';

describe('appendText', () => {
  it.each([
    ['', '#Stadtleben', '#Stadtleben'],
    ['Schönes Wochenende!', '#Stadtleben', 'Schönes Wochenende! #Stadtleben'],
    ['Zeile 1\nZeile 2', '#Stadtleben', 'Zeile 1\nZeile 2\n#Stadtleben'],
    ['Text ', 'https://stadt.de/netiquette', 'Text https://stadt.de/netiquette'],
  ])('appends to %j', (text, snippet, expected) => {
    expect(appendText(text, snippet)).toBe(expected);
  });
});
