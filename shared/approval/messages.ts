/**
 * Texts for the results of shared/approval, in i18next form. The renderer merges them into its catalogues under
 * the key `approval`, so `approval.verification.badSignature` here is `verification.badSignature`.
 */
import type { ApprovalFailure } from './signature';

export const approvalMessagesDe = {
  verification: {
    valid:
      'Die Freigabe ist gültig: Die Signatur passt zu diesem Inhalt und zum Schlüssel der freigebenden Person.',
    badSignature:
      'Die Signatur passt nicht zu dieser Freigabe: Der Beitrag, die Revision oder der Freigabeschritt wurde nach ' +
      'der Freigabe geändert, oder die Signatur stammt von einem anderen Schlüssel. Bitte lassen Sie den Beitrag ' +
      'erneut freigeben.',
    keyMismatch:
      'Die Freigabe nennt einen anderen Schlüssel als den hinterlegten. Bitte prüfen Sie, ob die freigebende ' +
      'Person einen neuen Schlüssel verwendet, und lassen Sie den Beitrag gegebenenfalls erneut freigeben.',
    malformed:
      'Die Freigabe kann nicht geprüft werden: Signatur, Schlüssel oder Freigabedaten sind unvollständig oder ' +
      'beschädigt. Bitte lassen Sie den Beitrag erneut freigeben.',
  } satisfies Record<ApprovalFailure | 'valid', string>,
};

export type ApprovalMessages = typeof approvalMessagesDe;

export const approvalMessagesEn: ApprovalMessages = {
  verification: {
    valid: 'The approval is valid: the signature matches this content and the approver’s key.',
    badSignature:
      'The signature does not match this approval: the post, the revision or the approval step was changed after ' +
      'approval, or the signature comes from another key. Please have the post approved again.',
    keyMismatch:
      'The approval names a different key from the one on record. Please check whether the approver uses a new ' +
      'key, and have the post approved again if necessary.',
    malformed:
      'The approval cannot be checked: the signature, the key or the approval data are incomplete or damaged. ' +
      'Please have the post approved again.',
  },
};

/** A key as the renderer looks it up, with the `approval.` prefix it is merged under. */
export type ApprovalMessageKey = `approval.verification.${keyof ApprovalMessages['verification']}`;

export function approvalMessageKey(
  result: { valid: true } | { valid: false; reason: ApprovalFailure },
): ApprovalMessageKey {
  return `approval.verification.${result.valid ? 'valid' : result.reason}`;
}
