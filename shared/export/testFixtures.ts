/** Posts shared by the tests of shared/export. */
import type { Channel } from '../model/channels';
import type { ExportPost } from './types';

let counter = 0;

/** A post planned for `channels`, each variant's text `<text> (<channel>)`, approved unless stated otherwise. */
export function exportPost(overrides: Partial<ExportPost> & { channels?: Channel[] } = {}): ExportPost {
  counter += 1;
  const channels = overrides.channels ?? ['instagram', 'facebook'];
  const text = 'Bürgerfest auf dem Marktplatz: Wir freuen uns auf Sie!';
  return {
    id: `post-${String(counter).padStart(4, '0')}`,
    title: 'Bürgerfest',
    text,
    channels,
    variants: channels.map((channel) => ({
      channel,
      format: 'feed',
      text: `${text} (${channel})`,
      mediaIds: [],
    })),
    media: [],
    campaignId: null,
    category: 'Service',
    scheduledAt: '2026-11-26T10:00:00+01:00',
    status: 'approved',
    ...overrides,
  };
}
