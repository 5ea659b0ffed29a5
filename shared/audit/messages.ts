/**
 * Texts for the results of shared/audit, in i18next form (`{{seq}}` is the entry number). The renderer merges them
 * into its catalogues under the key `audit`, so `audit.chain.changed` here is `chain.changed`.
 */
import type { AuditProblem, ChainVerification } from './chain';

export const auditMessagesDe = {
  chain: {
    ok: 'Das Prüfprotokoll ist vollständig und unverändert.',
    changed:
      'Eintrag {{seq}} des Prüfprotokolls wurde nachträglich verändert. Bitte verwenden Sie das Protokoll nicht als ' +
      'Nachweis und stellen Sie es aus einer Sicherung wieder her.',
    missing:
      'Im Prüfprotokoll fehlt Eintrag {{seq}}. Bitte verwenden Sie das Protokoll nicht als Nachweis und stellen Sie ' +
      'es aus einer Sicherung wieder her.',
    reordered:
      'Das Prüfprotokoll ist ab Eintrag {{seq}} nicht mehr in der ursprünglichen Reihenfolge. Bitte verwenden Sie ' +
      'das Protokoll nicht als Nachweis und stellen Sie es aus einer Sicherung wieder her.',
    brokenLink:
      'Eintrag {{seq}} des Prüfprotokolls schließt nicht an den vorherigen Eintrag an; das Protokoll wurde ' +
      'verändert oder zusammengesetzt. Bitte stellen Sie es aus einer Sicherung wieder her.',
  } satisfies Record<AuditProblem | 'ok', string>,
};

export type AuditMessages = typeof auditMessagesDe;

export const auditMessagesEn: AuditMessages = {
  chain: {
    ok: 'The audit log is complete and unchanged.',
    changed:
      'Entry {{seq}} of the audit log was changed after it was written. Please do not use the log as evidence and ' +
      'restore it from a backup.',
    missing:
      'Entry {{seq}} is missing from the audit log. Please do not use the log as evidence and restore it from a ' +
      'backup.',
    reordered:
      'From entry {{seq}} on, the audit log is no longer in its original order. Please do not use the log as ' +
      'evidence and restore it from a backup.',
    brokenLink:
      'Entry {{seq}} of the audit log does not follow on from the entry before it; the log was changed or pieced ' +
      'together. Please restore it from a backup.',
  },
};

export type AuditMessageKey = `audit.chain.${keyof AuditMessages['chain']}`;

/** The message key and params for a verification result. */
export function auditMessage(result: ChainVerification): {
  messageKey: AuditMessageKey;
  params: { seq?: number };
} {
  return result.ok
    ? { messageKey: 'audit.chain.ok', params: {} }
    : { messageKey: `audit.chain.${result.problem}`, params: { seq: result.seq } };
}
