/** A small but complete desk for the workspace and backup tests: every table holds something. */
import { nextEntry, type AuditEntry } from '../../../shared/audit/chain';
import { servicePost, workspaceFile } from '../../../shared/exchange/testFixtures';
import { sha256HexSync } from '../../../shared/exchange/workspaceTables';
import type { MediaMeta } from '../../../shared/model/media';
import { db, ORGANISATION_SETTINGS_ID } from '../store/db';
import { TEST_PROFILES } from '../settings/testProfiles';

export interface DeskSeed {
  postTitles: string[];
  notes: string;
  snippetLabel: string;
  commentText: string;
  auditNotes: string[];
  mediaBytes: number[];
}

export const SIMPLE_SEED: DeskSeed = {
  postTitles: ['Bürgeramt am Samstag', 'Wahlhelfer gesucht'],
  notes: 'intern: Foto prüfen',
  snippetLabel: 'Netiquette',
  commentText: 'Bitte Uhrzeit prüfen, @Paula',
  auditNotes: ['angelegt', 'eingereicht'],
  mediaBytes: [0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9],
};

const fixture = workspaceFile();

export function mediaOf(bytes: readonly number[]): { meta: MediaMeta; bytes: Uint8Array } {
  const data = new Uint8Array(bytes);
  const template = fixture.media[0] as MediaMeta;
  return { meta: { ...template, id: sha256HexSync(data), byteLength: data.length }, bytes: data };
}

/** Writes the seed into the (empty) database. */
export async function seedDesk(seed: DeskSeed = SIMPLE_SEED): Promise<void> {
  const { meta, bytes } = mediaOf(seed.mediaBytes);
  const posts = seed.postTitles.map((title, index) =>
    servicePost({ id: `post-${index}`, title, notes: index === 0 ? seed.notes : '' }),
  );
  let last: AuditEntry | undefined;
  const audit: AuditEntry[] = [];
  for (const note of seed.auditNotes) {
    last = nextEntry(
      last,
      { actorId: 'anna', action: 'submitted', postId: 'post-0', contentHash: null, note },
      new Date('2026-11-24T10:00:00Z'),
    );
    audit.push(last);
  }
  await db.settings.put({ ...fixture.settings, id: ORGANISATION_SETTINGS_ID });
  await db.profiles.bulkPut(TEST_PROFILES);
  await db.campaigns.bulkPut(fixture.campaigns);
  await db.consents.bulkPut(fixture.consents);
  await db.posts.bulkPut(posts);
  await db.media.put(meta);
  await db.mediaBlobs.put({
    id: meta.id,
    // Tests stub the global Blob with Node's, which survives fake-indexeddb's structured clone.
    original: new Blob([bytes.slice()], { type: meta.mimeType }),
    thumbnail: null,
  });
  await db.snippets.put({
    id: 'snippet-1',
    kind: 'text',
    label: seed.snippetLabel,
    text: 'Bitte bleiben Sie sachlich.',
  });
  await db.templates.put({
    id: '4f1c2b3a-5d6e-4f70-8a9b-0c1d2e3f4a5b',
    template: {
      id: '4f1c2b3a-5d6e-4f70-8a9b-0c1d2e3f4a5b',
      kind: 'custom',
      name: 'Baustelle',
      fields: [{ id: 'ort', label: 'Ort', type: 'text', required: true }],
      title: 'Baustelle {{ort}}',
      body: 'In {{ort}} wird gebaut.',
      builtIn: false,
      category: null,
      requiresConsent: false,
    },
  });
  await db.series.put({
    id: 'series-1',
    title: 'Quiz',
    channels: ['facebook'],
    text: 'Quiz der Woche',
    variants: [{ channel: 'facebook', format: 'feed', text: 'Quiz der Woche', mediaIds: [] }],
    variantsLinked: true,
    media: [],
    campaignId: null,
    category: null,
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-01T08:00:00.000Z',
    createdBy: 'anna',
    rule: {
      frequency: 'weekly',
      interval: 1,
      weekdays: ['TH'],
      startDate: '2026-11-05',
      time: '10:00',
      end: { kind: 'count', count: 10 },
      skipPublicHolidays: true,
    },
    rrule: 'RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=10',
  });
  await db.comments.put({
    id: 'comment-1',
    postId: 'post-0',
    authorId: 'paul',
    at: '2026-11-24T11:00:00.000Z',
    text: seed.commentText,
    mentions: ['paul'],
  });
  await db.audit.bulkPut(audit);
}

/** Empties every table of the desk. */
export async function clearDesk(): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
}
