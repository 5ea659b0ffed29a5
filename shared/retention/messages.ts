/**
 * Texts for shared/retention, in i18next form. The renderer merges them into its catalogues under the key
 * `retention`, so `retention.errors.range` here is `errors.range`.
 */
import { RETENTION_MAX_MONTHS } from './retentionSettings';

export const retentionMessagesDe = {
  errors: {
    range: `Bitte geben Sie eine Zahl von Monaten zwischen 0 und ${RETENTION_MAX_MONTHS} ein (0 bedeutet: unbegrenzt aufbewahren).`,
    wholeMonths: 'Bitte geben Sie ganze Monate ein, ohne Komma.',
  },
};

export type RetentionMessages = typeof retentionMessagesDe;

export const retentionMessagesEn: RetentionMessages = {
  errors: {
    range: `Please enter a number of months between 0 and ${RETENTION_MAX_MONTHS} (0 means: keep forever).`,
    wholeMonths: 'Please enter whole months, without decimals.',
  },
};

export type RetentionMessageKey = `retention.errors.${keyof RetentionMessages['errors']}`;
