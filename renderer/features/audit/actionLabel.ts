/** The translated name of an audit action; an action this version does not know is shown as stored. */
import type { TFunction } from 'i18next';
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
  if (action === 'approvalVoided' && (note === 'contentChanged' || note === 'holdExpired'))
    return t(`auditUi.voidReasons.${note}`);
  return note;
}
