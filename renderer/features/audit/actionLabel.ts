/** The translated name of an audit action; an action this version does not know is shown as stored. */
import type { TFunction } from 'i18next';
import { parseRetentionNote } from '../../../shared/retention/retentionPlan';
import { auditUiDe } from './messages';

type KnownAction = keyof typeof auditUiDe.actions;

function isKnown(action: string): action is KnownAction {
  return Object.hasOwn(auditUiDe.actions, action);
}

export function actionLabel(t: TFunction, action: string): string {
  return isKnown(action) ? t(`auditUi.actions.${action}`) : action;
}

/** The note column: the reason an approval was voided in words, else the stored note. */
export function noteLabel(t: TFunction, action: string, note: string | null): string {
  if (note === null) return '';
  const counts = action === 'retentionApplied' ? parseRetentionNote(note) : null;
  if (counts !== null) return t('auditUi.retentionNote', { ...counts });
  if (action === 'approvalVoided' && (note === 'contentChanged' || note === 'holdExpired'))
    return t(`auditUi.voidReasons.${note}`);
  return note;
}
