/** One realistic row of every sync kind, for the tests of shared/sync (roster and approval are really signed). */
import { servicePost, workspaceFile } from '../exchange/testFixtures';
import { DEFAULT_SETTINGS } from '../model/settings';
import { AUTHOR_ID, approve, makeOrg, reviewPost, type Org } from '../trust/testFixtures';
import { approvalEventOf } from './approvalEvents';
import { CRISIS_ROW_ID, SETTINGS_ROW_ID, type SyncKind, type SyncRows } from './documentKinds';

export const NOW = new Date('2026-12-08T00:30:00.000Z');
export const DEVICE_ID = 'laptop-mitte-1';

export interface SyncFixture {
  org: Org;
  rows: SyncRows;
}

/** Every kind with a valid row; `org` signed the roster entry and the approval. */
export async function syncFixture(): Promise<SyncFixture> {
  const org = await makeOrg();
  const file = workspaceFile();
  const approved = await approve(org, reviewPost(), org.approverA);
  const approval = approved.post.workflow.approvals[0];
  const event = approval === undefined ? null : approvalEventOf(approved.post.id, approval);
  const [campaign] = file.campaigns;
  const [media] = file.media;
  const [consent] = file.consents;
  const auditEntry = approved.audit.at(-1);
  const rosterEntry = org.entries[1];
  if (!event || !campaign || !media || !consent || !auditEntry || !rosterEntry) {
    throw new Error('fixture incomplete');
  }
  const post = servicePost();
  const rows: SyncRows = {
    post,
    media: media as SyncRows['media'],
    consent,
    campaign,
    series: {
      id: '3f0c2a8e-5b7d-4e1f-9a6c-8d2e4f6a1b3c',
      title: 'Sprechstunde',
      channels: ['facebook'],
      text: 'Sprechstunde der Bürgermeisterin',
      variants: [
        { channel: 'facebook', format: 'feed', text: 'Sprechstunde der Bürgermeisterin', mediaIds: [] },
      ],
      variantsLinked: true,
      media: [],
      campaignId: null,
      category: null,
      createdAt: '2026-11-01T08:00:00.000Z',
      updatedAt: '2026-11-01T08:00:00.000Z',
      createdBy: AUTHOR_ID,
      rule: {
        frequency: 'weekly',
        interval: 1,
        weekdays: ['TH'],
        startDate: '2026-10-01',
        time: '10:00',
        end: { kind: 'until', date: '2026-12-31' },
        skipPublicHolidays: false,
      },
      rrule: 'FREQ=WEEKLY;INTERVAL=1;WKST=MO;BYDAY=TH;UNTIL=20261231T235959',
    },
    template: {
      id: '7d1f0a52-3b8e-4c1e-9a57-2f4d6b8c9e01',
      template: {
        id: '7d1f0a52-3b8e-4c1e-9a57-2f4d6b8c9e01',
        kind: 'custom',
        name: 'Sprechstunde',
        fields: [{ id: 'day', label: 'Tag', type: 'date', required: true }],
        title: 'Sprechstunde am {{day}}',
        body: 'Die Bürgermeisterin lädt am {{day}} zur Sprechstunde ein.',
        builtIn: false,
        category: 'Bürgerservice',
        requiresConsent: false,
      },
    },
    snippet: { id: 'netiquette', kind: 'link', label: 'Netiquette', text: 'https://berlin.de/netiquette' },
    comment: {
      id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      postId: post.id,
      authorId: 'appr-a',
      at: '2026-11-25T09:00:00.000Z',
      text: 'Bitte die Öffnungszeiten prüfen.',
      mentions: [AUTHOR_ID],
    },
    settings: { ...DEFAULT_SETTINGS, id: SETTINGS_ROW_ID },
    crisis: {
      id: CRISIS_ROW_ID,
      state: {
        active: true,
        reason: 'Hochwasser',
        since: '2026-12-07T06:00:00.000Z',
        byProfileId: 'admin',
        windowDays: 3,
      },
    },
    roster: rosterEntry,
    approval: event,
    audit: { deviceId: DEVICE_ID, entry: auditEntry },
  };
  return { org, rows };
}

/** The author a desk writes each kind's document as (approvals by their signer, roster entries by the admin). */
export function authorFor(kind: SyncKind): string {
  if (kind === 'approval') return 'appr-a';
  if (kind === 'roster') return 'admin';
  return AUTHOR_ID;
}
