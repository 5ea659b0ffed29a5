/**
 * The message catalogues: the app's own strings plus the messages of shared/ modules (limits, media, series,
 * templates) and of feature folders, each under its own key. German is the base; English must fill the same keys.
 */
import { limitMessagesDe, limitMessagesEn } from '../../shared/channels/messages';
import { checkMessagesDe, checkMessagesEn } from '../../shared/checks/messages';
import { checksUiDe, checksUiEn } from '../features/checks/messages';
import { mediaMessagesDe, mediaMessagesEn } from '../../shared/media/messages';
import { seriesMessagesDe, seriesMessagesEn } from '../../shared/series/messages';
import { templateMessagesDe, templateMessagesEn } from '../../shared/templates/messages';
import { campaignsUiDe, campaignsUiEn } from '../features/campaigns/messages';
import { consentsUiDe, consentsUiEn } from '../features/consents/messages';
import { mediaUiDe, mediaUiEn } from '../features/media/messages';
import { seriesUiDe, seriesUiEn } from '../features/series/messages';
import { templatesUiDe, templatesUiEn } from '../features/templates/messages';
import { workflowMessagesDe, workflowMessagesEn } from '../../shared/workflow/messages';
import { approvalMessagesDe, approvalMessagesEn } from '../../shared/approval/messages';
import { auditMessagesDe, auditMessagesEn } from '../../shared/audit/messages';
import { trustMessagesDe, trustMessagesEn } from '../../shared/trust/messages';
import { crisisMessagesDe, crisisMessagesEn } from '../../shared/crisis/messages';
import { exportMessagesDe, exportMessagesEn } from '../../shared/export/messages';
import { profileMessagesDe, profileMessagesEn } from '../../shared/profiles/messages';
import { reminderMessagesDe, reminderMessagesEn } from '../../shared/reminders/messages';
import { reviewMessagesDe, reviewMessagesEn } from '../../shared/review/messages';
import { profilesUiDe, profilesUiEn } from '../features/profiles/messages';
import { crisisUiDe, crisisUiEn } from '../features/crisis/messages';
import { remindersUiDe, remindersUiEn } from '../features/reminders/messages';
import { reviewUiDe, reviewUiEn } from '../features/review/messages';
import { reviewFindingsUiDe, reviewFindingsUiEn } from '../features/review/findingsMessages';
import { auditUiDe, auditUiEn } from '../features/audit/messages';
import { backupUiDe, backupUiEn } from '../features/backup/messages';
import { exportUiDe, exportUiEn } from '../features/export/messages';
import { privacyUiDe, privacyUiEn } from '../features/privacy/messages';
import { retentionMessagesDe, retentionMessagesEn } from '../../shared/retention/messages';
import { saveFileMessagesDe, saveFileMessagesEn } from '../ui/saveFileMessages';
import { governanceUiDe, governanceUiEn } from '../features/settings/governanceMessages';
import { trustUiDe, trustUiEn } from '../features/trust/messages';
import { de } from './locales/de';
import { en } from './locales/en';

export const deCatalogue = {
  ...de,
  limits: limitMessagesDe,
  checks: checkMessagesDe,
  checksUi: checksUiDe,
  media: mediaMessagesDe,
  series: seriesMessagesDe,
  templates: templateMessagesDe,
  campaignsUi: campaignsUiDe,
  consentsUi: consentsUiDe,
  mediaUi: mediaUiDe,
  seriesUi: seriesUiDe,
  templatesUi: templatesUiDe,
  workflow: workflowMessagesDe,
  approval: approvalMessagesDe,
  audit: auditMessagesDe,
  trust: trustMessagesDe,
  crisis: crisisMessagesDe,
  export: exportMessagesDe,
  profiles: profileMessagesDe,
  reminders: reminderMessagesDe,
  review: reviewMessagesDe,
  profilesUi: profilesUiDe,
  crisisUi: crisisUiDe,
  remindersUi: remindersUiDe,
  reviewUi: reviewUiDe,
  reviewFindingsUi: reviewFindingsUiDe,
  auditUi: auditUiDe,
  backupUi: backupUiDe,
  exportUi: exportUiDe,
  privacyUi: privacyUiDe,
  retention: retentionMessagesDe,
  saveFile: saveFileMessagesDe,
  governanceUi: governanceUiDe,
  trustUi: trustUiDe,
};

/** The shape every language must fill: the same keys, any strings. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Catalogue = Widen<typeof deCatalogue>;

export const enCatalogue: Catalogue = {
  ...en,
  limits: limitMessagesEn,
  checks: checkMessagesEn,
  checksUi: checksUiEn,
  media: mediaMessagesEn,
  series: seriesMessagesEn,
  templates: templateMessagesEn,
  campaignsUi: campaignsUiEn,
  consentsUi: consentsUiEn,
  mediaUi: mediaUiEn,
  seriesUi: seriesUiEn,
  templatesUi: templatesUiEn,
  workflow: workflowMessagesEn,
  approval: approvalMessagesEn,
  audit: auditMessagesEn,
  trust: trustMessagesEn,
  crisis: crisisMessagesEn,
  export: exportMessagesEn,
  profiles: profileMessagesEn,
  reminders: reminderMessagesEn,
  review: reviewMessagesEn,
  profilesUi: profilesUiEn,
  crisisUi: crisisUiEn,
  remindersUi: remindersUiEn,
  reviewUi: reviewUiEn,
  reviewFindingsUi: reviewFindingsUiEn,
  auditUi: auditUiEn,
  backupUi: backupUiEn,
  exportUi: exportUiEn,
  privacyUi: privacyUiEn,
  retention: retentionMessagesEn,
  saveFile: saveFileMessagesEn,
  governanceUi: governanceUiEn,
  trustUi: trustUiEn,
};
