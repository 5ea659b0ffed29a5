/** The reasons of a derived verdict in words (one sentence each, joined). */
import type { TFunction } from 'i18next';
import type { VerdictReason } from '../../data/workflow/approvalVerdicts';
import { translateKey } from '../../i18n/messageKey';

export function verdictText(t: TFunction, reasons: readonly VerdictReason[]): string {
  const texts = [...new Set(reasons.map((reason) => translateKey(t, reason.key, reason.params)))];
  return texts.length === 0 ? t('trustUi.verdict.notApproved') : texts.join(' ');
}
