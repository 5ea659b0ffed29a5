/**
 * The organisation's choice for each limit on which sources disagree (see the contested entries in
 * NETWORK_LIMITS). Every default is the stricter option, so a post that passes with the defaults passes under
 * either reading.
 */
import { z } from 'zod';

/** The organisation's choice for each contested limit; stored with the settings. Missing keys get the default. */
export const limitSettingsSchema = z
  .object({
    facebookTextLimit: z.literal([5000, 63206]).default(5000),
    instagramHashtagLimit: z.literal([5, 30]).default(5),
    instagramCarouselLimit: z.literal([10, 20]).default(10),
    instagramReelMaxSeconds: z.literal([90, 900]).default(90),
    linkedinAltTextLimit: z.literal([256, 1000]).default(256),
    linkedinImageMegabytes: z.literal([5, 8]).default(5),
  })
  .strict();

/** The organisation's choice for each contested limit. */
export type LimitSettings = z.infer<typeof limitSettingsSchema>;

/** The stricter option of every contested limit. */
export const DEFAULT_LIMIT_SETTINGS: LimitSettings = limitSettingsSchema.parse({});
