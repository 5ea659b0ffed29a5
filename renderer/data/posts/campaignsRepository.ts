import { campaignSchema, type Campaign } from '../../../shared/model/campaign';
import { db } from '../store/db';
import { guardData } from '../store/dataErrors';

export function listCampaigns(): Promise<Campaign[]> {
  return guardData(() => db.campaigns.orderBy('startDate').toArray());
}

export type SaveCampaignResult = { ok: true; campaign: Campaign } | { ok: false; field: string };

/** Creates (no id) or updates a campaign after validation; an invalid value saves nothing and names its field. */
export async function saveCampaign(
  input: Omit<Campaign, 'id'> & { id?: string },
): Promise<SaveCampaignResult> {
  const parsed = campaignSchema.safeParse({ ...input, id: input.id ?? crypto.randomUUID() });
  if (!parsed.success) return { ok: false, field: parsed.error.issues[0]?.path.join('.') ?? '' };
  await guardData(() => db.campaigns.put(parsed.data));
  return { ok: true, campaign: parsed.data };
}

/** Deletes a campaign; its posts stay and lose the link, in one transaction. */
export async function deleteCampaign(id: string): Promise<void> {
  await guardData(() =>
    db.transaction('rw', db.campaigns, db.posts, async () => {
      await db.posts.where('campaignId').equals(id).modify({ campaignId: null });
      await db.campaigns.delete(id);
    }),
  );
}
