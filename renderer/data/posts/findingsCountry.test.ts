/** The gate, review and calendar see findings whose sources follow the organisation's country. */
import { describe, expect, it } from 'vitest';
import { newDraftPost, validatePostInput } from '../../../shared/model/postInput';
import { DEFAULT_SETTINGS, type Country } from '../../../shared/model/settings';
import { findingsOf } from '../workflow/reviewRepository';

function personalDataSource(country: Country): string | undefined {
  const fields = validatePostInput(
    { title: 'Rückfragen', channels: ['facebook'], date: '', time: '', text: 'Frau Meier: 0171 2345678.' },
    'Europe/Zurich',
  );
  if (!fields.ok) throw new Error('invalid test post');
  const now = new Date('2026-11-25T09:00:00Z');
  const post = newDraftPost(fields.value, { id: 'p1', actorId: 'ada', now });
  const settings = { ...DEFAULT_SETTINGS, region: { country, subdivision: 'ZH' } };
  return findingsOf(post, { media: {}, consents: [], settings, now }).find((finding) =>
    finding.rule.startsWith('personalData.'),
  )?.source;
}

describe('findingsOf', () => {
  it("names the organisation's own data protection law", () => {
    expect(personalDataSource('CH')).toContain('revDSG');
    expect(personalDataSource('CH')).not.toContain('DSGVO');
    expect(personalDataSource('DE')).toContain('DSGVO');
  });
});
