/**
 * Realistic workspace files for the tests of the workspace format and of the `civic-desk check` command: a town
 * hall in Berlin with one campaign, a photo with consent, an ordinary service post and a crisis post.
 */
import { DEFAULT_SETTINGS } from '../model/settings';
import type { Post } from '../model/post';
import { newPostWorkflow } from '../model/postWorkflow';
import { contentHash } from '../approval/contentHash';
import type { PostBeforeWorkflow } from '../workflow/postState';
import type { Variant } from '../model/variant';
import type { Channel } from '../model/channels';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION } from './workspace';

export const PHOTO_ID = '21b83f46baa4a814e6864f99112e359bb137671ab884b9d11c7d08f434226f38';

export function variantsFor(channels: readonly Channel[], text: string, mediaIds: string[] = []): Variant[] {
  return channels.map((channel) => ({ channel, format: 'feed', text, mediaIds }));
}

/** A plain service post on LinkedIn and Facebook, scheduled for a Thursday morning in Berlin. */
export function servicePost(overrides: Partial<Post> = {}): Post {
  const post = servicePostWithoutWorkflow(overrides);
  return {
    ...post,
    workflow:
      overrides.workflow ??
      newPostWorkflow(post.createdBy, contentHash({ ...post, workflow: newPostWorkflow('', ''), notes: '' })),
    notes: overrides.notes ?? '',
  };
}

function servicePostWithoutWorkflow(overrides: Partial<Post>): PostBeforeWorkflow {
  const text = 'Das Bürgeramt Mitte hat am Samstag von 9 bis 13 Uhr geöffnet. Termine gibt es online.';
  return {
    id: '0b5c7f2e-8d41-4a7b-9c3e-2f1a6d8e4b90',
    title: 'Bürgeramt am Samstag',
    channels: ['linkedin', 'facebook'],
    text,
    variants: variantsFor(['linkedin', 'facebook'], text),
    variantsLinked: true,
    media: [],
    campaignId: 'c7e1d9a2-3b4f-4c5d-8e6f-7a8b9c0d1e2f',
    category: 'Service',
    series: null,
    template: null,
    checks: { ticks: [], overrides: [] },
    scheduledAt: '2026-12-03T10:00:00+01:00',
    scheduledAtUtc: '2026-12-03T09:00:00.000Z',
    status: 'draft',
    createdAt: '2026-11-20T08:15:00.000Z',
    updatedAt: '2026-11-24T13:02:11.482Z',
    createdBy: 'redaktion-1',
    ...overrides,
  };
}

/** A crisis post (category "Krise") on X with a laughing emoji: the crisis rule blocks it. */
export function crisisPost(overrides: Partial<Post> = {}): Post {
  const text = 'Die Wasserversorgung in Moabit ist unterbrochen 😂 Ausgabestellen: berlin.de/wasser';
  return servicePost({
    id: '5d2e8a61-0c3f-4b9e-a7d4-1e6f2c9b8a30',
    title: 'Wasserausfall Moabit',
    channels: ['x'],
    text,
    variants: variantsFor(['x'], text),
    campaignId: null,
    category: 'Krise',
    scheduledAt: null,
    scheduledAtUtc: null,
    ...overrides,
  });
}

/** A whole workspace file as JSON would hold it; `posts` default to one service post. */
export function workspaceFile(posts: Post[] = [servicePost()]) {
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    exportedAt: '2026-11-25T15:00:00+01:00',
    settings: { ...DEFAULT_SETTINGS, organisationName: 'Bezirksamt Mitte von Berlin' },
    campaigns: [
      {
        id: 'c7e1d9a2-3b4f-4c5d-8e6f-7a8b9c0d1e2f',
        name: 'Bürgerservice 2026',
        goal: 'Mehr Termine online buchen',
        targetGroup: 'Bürgerinnen und Bürger in Mitte',
        categories: ['Service'],
        responsible: 'Pressestelle',
        budgetPlannedCents: 150000,
        budgetSpentCents: 0,
        startDate: '2026-01-01',
        endDate: '2026-12-31',
      },
    ],
    posts,
    profiles: [],
    comments: [],
    audit: [],
    series: [],
    templates: [],
    snippets: [],
    roster: null,
    crisis: { active: false },
    media: [
      {
        id: PHOTO_ID,
        kind: 'image',
        mimeType: 'image/jpeg',
        byteLength: 482113,
        width: 1200,
        height: 1200,
        durationSeconds: null,
        fileName: 'buergeramt-team.jpg',
        hasSubtitles: false,
        showsPeople: true,
        consentIds: ['e2a4c6b8-1d3f-4a5b-9c7d-0e1f2a3b4c5d'],
        createdAt: '2026-11-18T10:12:00.000Z',
      },
    ],
    consents: [
      {
        id: 'e2a4c6b8-1d3f-4a5b-9c7d-0e1f2a3b4c5d',
        person: 'Erika Mustermann',
        purpose: 'Social-Media-Beiträge des Bezirksamts',
        givenOn: '2026-11-01',
        validUntil: '2027-10-31',
        withdrawnOn: null,
      },
    ],
  };
}
