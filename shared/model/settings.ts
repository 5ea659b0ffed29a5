import { z } from 'zod';
import { SUPPORTED_TIME_ZONES } from '../time/zoned';
import { DEFAULT_LIMIT_SETTINGS, limitSettingsSchema } from '../channels/limitSettings';
import { checklistSchema, checkSettingsSchema } from '../checks/checkSettings';
import { DEFAULT_CHECKLIST } from '../checks/checklist';
import { DEFAULT_CHECK_SETTINGS } from '../checks/types';
import { DEFAULT_WORKFLOW_SETTINGS, workflowSettingsSchema } from './workflowSettings';
import { DEFAULT_RETENTION_SETTINGS, retentionSettingsSchema } from '../retention/retentionSettings';

export const COUNTRIES = ['DE', 'CH', 'AT'] as const;
export type Country = (typeof COUNTRIES)[number];

export const UI_LOCALES = ['de-DE', 'de-CH', 'de-AT', 'en'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

export const settingsSchema = z
  .object({
    organisationName: z.string().trim().max(120),
    /** Country and subdivision (German state, Swiss canton, Austrian state) for public holidays. */
    region: z.object({
      country: z.enum(COUNTRIES),
      subdivision: z.string().regex(/^[A-Z0-9]{1,3}$/),
    }),
    timeZone: z.enum(SUPPORTED_TIME_ZONES),
    locale: z.enum(UI_LOCALES),
    /** Time a post gets when it is placed on a day without a time (dropped on a month cell). */
    defaultPostTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
    /** Network limits on which sources disagree (Instagram hashtags, Facebook text length, …). */
    limits: limitSettingsSchema,
    /** The automatic checks of German text: gender profile, address, readability target, allow-list. */
    checks: checkSettingsSchema,
    /** The organisation's own checklist, ticked per post before approval. */
    checklist: checklistSchema,
    /** Approval policies, expiry warnings and the crisis mode window. */
    workflow: workflowSettingsSchema.default(DEFAULT_WORKFLOW_SETTINGS),
    /** How many months finished posts, comments and audit entries are kept (0: forever). */
    retention: retentionSettingsSchema.default(DEFAULT_RETENTION_SETTINGS),
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  organisationName: '',
  region: { country: 'DE', subdivision: 'BE' },
  timeZone: 'Europe/Berlin',
  locale: 'de-DE',
  defaultPostTime: '10:00',
  limits: DEFAULT_LIMIT_SETTINGS,
  checks: DEFAULT_CHECK_SETTINGS,
  checklist: DEFAULT_CHECKLIST,
  workflow: DEFAULT_WORKFLOW_SETTINGS,
  retention: DEFAULT_RETENTION_SETTINGS,
};

/** The time zone and language that usually go with a country, offered when the country changes. */
export const COUNTRY_DEFAULTS: Record<Country, { timeZone: Settings['timeZone']; locale: UiLocale }> = {
  DE: { timeZone: 'Europe/Berlin', locale: 'de-DE' },
  CH: { timeZone: 'Europe/Zurich', locale: 'de-CH' },
  AT: { timeZone: 'Europe/Vienna', locale: 'de-AT' },
};
