/** The organisation's check settings and checklist as stored with its settings (validated, with defaults). */
import { z } from 'zod';
import { CHANNELS } from '../model/channels';
import { checklistItemSchema, DEFAULT_CHECKLIST } from './checklist';
import { DEFAULT_CHECK_SETTINGS, GENDER_PROFILES } from './types';

export const checkSettingsSchema = z
  .object({
    genderProfile: z.enum(GENDER_PROFILES).default(DEFAULT_CHECK_SETTINGS.genderProfile),
    address: z.enum(['sie', 'du']).default(DEFAULT_CHECK_SETTINGS.address),
    readingEaseTarget: z.number().int().min(0).max(100).default(DEFAULT_CHECK_SETTINGS.readingEaseTarget),
    readingEaseTargets: z.partialRecord(z.enum(CHANNELS), z.number().int().min(0).max(100)).default({}),
    maxSentenceWords: z.number().int().min(5).max(60).default(DEFAULT_CHECK_SETTINGS.maxSentenceWords),
    maxEmoji: z.number().int().min(0).max(20).default(DEFAULT_CHECK_SETTINGS.maxEmoji),
    allowList: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  })
  .strict();

export const checklistSchema = z
  .array(checklistItemSchema)
  .max(50)
  .refine((items) => new Set(items.map((item) => item.id)).size === items.length, 'duplicate item id')
  .default(DEFAULT_CHECKLIST);
