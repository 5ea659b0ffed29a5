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

const RULE_FAMILIES = [
  'readability',
  'tone',
  'gender',
  'personalData',
  'crisis',
  'consent',
  'limits',
  'recruiting',
] as const;
type RuleFamily = (typeof RULE_FAMILIES)[number];
const ROLES = ['editor', 'approver', 'admin'] as const;
type RoleId = (typeof ROLES)[number];

function isRuleFamily(value: string): value is RuleFamily {
  return (RULE_FAMILIES as readonly string[]).includes(value);
}

function isRole(value: string): value is RoleId {
  return (ROLES as readonly string[]).includes(value);
}

/**
 * Notes written with internal words, in the reader's words: an override's rule id ("limits.media.required: …")
 * as the family of checks it belongs to, and role lists ("(editor, approver, admin)") as role names.
 */
function readableNote(t: TFunction, action: string, note: string): string {
  let text = note;
  if (action === 'checksOverridden') {
    const match = /^([a-zA-Z]+)\.[\w.]+: ([\s\S]*)$/.exec(text);
    const family = match?.[1];
    if (match !== null && family !== undefined && isRuleFamily(family)) {
      text = t('auditUi.overrideNote', {
        family: t(`auditUi.ruleFamilies.${family}`),
        reason: match[2] ?? '',
      });
    }
  }
  return text.replace(/\(([a-z]+(?:, [a-z]+)*)\)/g, (whole, list: string) => {
    const roles = list.split(', ');
    return roles.every(isRole) ? `(${roles.map((role) => t(`profilesUi.roles.${role}`)).join(', ')})` : whole;
  });
}

/** The note column: the reason an approval was voided in words, else the stored note in the reader's words. */
export function noteLabel(t: TFunction, action: string, note: string | null): string {
  if (note === null) return '';
  const counts = action === 'retentionApplied' ? parseRetentionNote(note) : null;
  if (counts !== null) return t('auditUi.retentionNote', { ...counts });
  if (action === 'approvalVoided' && (note === 'contentChanged' || note === 'holdExpired'))
    return t(`auditUi.voidReasons.${note}`);
  return readableNote(t, action, note);
}
