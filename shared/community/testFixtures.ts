/** Shared fixtures for the community tests (pure data, no test framework). */
import type { UiLocale } from '../model/settings';
import { buildNetiquette, type Netiquette, type NetiquetteOrganisation } from './netiquette';
import { BUILT_IN_CLAUSE_IDS } from './netiquetteClauses';

export const ORGANISATION: NetiquetteOrganisation = {
  name: 'Stadt Musterstadt',
  contact: 'Pressestelle, Rathausplatz 1, 12345 Musterstadt',
  objectionChannel: 'per E-Mail an social@musterstadt.example',
  publishedUrl: 'https://www.musterstadt.example/netiquette',
};

/** Version 1 with every ready-made clause. */
export function fullNetiquette(locale: UiLocale = 'de-DE'): Netiquette {
  const result = buildNetiquette({
    locale,
    clauseIds: BUILT_IN_CLAUSE_IDS,
    organisation: ORGANISATION,
    date: '2026-12-01',
    changeNote: 'Erste Fassung',
  });
  if (!result.ok) throw new Error(result.errors.join(', '));
  return result.netiquette;
}

export const VALID_ENTRY = {
  id: 'mod-1',
  network: 'facebook',
  commentUrl: 'https://www.facebook.com/musterstadt/posts/123?comment_id=456',
  at: '2026-12-07T14:30:00+01:00',
  action: 'deleted',
  netiquetteVersion: 1,
  clauseId: 'insult',
  note: 'Beleidigung gegen Mitarbeitende des Bürgerbüros.',
  screenshotMediaId: null,
  actorId: 'user-anna',
} as const;
