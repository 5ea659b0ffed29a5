/** A campaign of the organisation's social media concept: what posts serve, for whom, by whom, at what cost. */
import { z } from 'zod';

const plainDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const campaignSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().trim().min(1).max(120),
    goal: z.string().max(2000),
    targetGroup: z.string().max(500),
    /** Content pillars: the categories posts of this campaign belong to. */
    categories: z.array(z.string().trim().min(1).max(60)).max(20),
    responsible: z.string().max(120),
    /** Euro cents, to avoid floating point money. */
    budgetPlannedCents: z.number().int().min(0),
    budgetSpentCents: z.number().int().min(0),
    startDate: plainDate,
    endDate: plainDate,
  })
  .strict()
  .refine((campaign) => campaign.endDate >= campaign.startDate, {
    message: 'endDate before startDate',
    path: ['endDate'],
  });

export type Campaign = z.infer<typeof campaignSchema>;
