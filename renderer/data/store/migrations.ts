/**
 * Pure reshaping of stored records between schema versions, used by the Dexie upgrades in db.ts and tested
 * without a database.
 */
import { isChannel } from '../../../shared/model/channels';
import { withChannels } from '../../../shared/model/postVariants';
import { addWorkflow, type PostBeforeWorkflow } from '../../../shared/workflow/postState';

/**
 * v1 → v2: a post's text becomes the master text, with one linked variant per network; no media, campaign,
 * category, series or template yet.
 */
export function migratePostV1toV2(post: Record<string, unknown>): Record<string, unknown> {
  const text = typeof post.text === 'string' ? post.text : '';
  const channels = Array.isArray(post.channels) ? post.channels.filter(isChannel) : [];
  const content = withChannels(
    { channels: [], text, variants: [], variantsLinked: true, media: [] },
    channels,
  );
  return { ...post, ...content, campaignId: null, category: null, series: null, template: null };
}

/** v2 → v3: every post gets an empty record of checklist ticks and overrides. */
export function migratePostV2toV3(post: Record<string, unknown>): Record<string, unknown> {
  return { ...post, checks: { ticks: [], overrides: [] } };
}

/**
 * v3 → v4: every post gets its workflow record (content hash, revision 1, no approvals) and empty notes; a post
 * marked approved without an approval goes back to review (see `addWorkflow`).
 */
export function migratePostV3toV4(post: Record<string, unknown>): Record<string, unknown> {
  const upgraded = addWorkflow(post as unknown as PostBeforeWorkflow);
  return { ...upgraded };
}
