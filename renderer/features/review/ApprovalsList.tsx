/** The approvals of the current round, each with its signer and whether the signature verifies (and why not). */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApprovalVerification } from '../../../shared/approval/signature';
import { verifyApprovalV2 } from '../../../shared/approval/statementV2';
import { approvalMessageKey } from '../../../shared/approval/messages';
import type { Post } from '../../../shared/model/post';
import type { StoredProfile } from '../../../shared/model/profile';
import type { VerifiedRoster } from '../../../shared/trust/verifyRoster';
import type { Approval } from '../../../shared/workflow/machine';
import { useVerifiedRoster } from '../../data/trust/trustQueries';
import { formatInstant, nameOf } from './format';

type Check = ApprovalVerification | 'unsigned' | 'noKey' | 'legacy';

/**
 * Verifies one approval of `post` with the key that made it: the key the organisation's roster certifies for the
 * signer under the signature's key id, else the signer's stored key when it is that key (a profile row replaced by
 * an import or restore, or a key made anew, no longer names the key an earlier approval was signed with). The
 * signed statement v2 is checked; the derived verdict (approvalVerdicts.ts) decides whether it counts: roster,
 * four eyes, policy, audit. A v1 signature (before the organisation root) is `legacy`: it never counts any more.
 */
export async function checkApproval(
  post: Post,
  approval: Approval,
  profiles: readonly StoredProfile[],
  roster: VerifiedRoster | null = null,
): Promise<Check> {
  const signature = approval.signature;
  if (signature === undefined) return 'unsigned';
  if (signature.version === undefined) return 'legacy';
  const stored = profiles.find((profile) => profile.id === approval.profileId)?.publicKey ?? null;
  const key = roster?.keyFor(approval.profileId, signature.keyId) ?? stored;
  if (key === null) return 'noKey';
  const result = await verifyApprovalV2(signature, key);
  if (!result.valid)
    return { valid: false, reason: result.reason === 'legacy' ? 'malformed' : result.reason };
  const statement = result.statement;
  const matches =
    statement.postId === post.id &&
    statement.contentHash === approval.contentHash &&
    statement.policyStep === approval.step + 1 &&
    statement.signerProfileId === approval.profileId;
  return matches ? { valid: true } : { valid: false, reason: 'badSignature' };
}

interface ApprovalsListProps {
  post: Post;
  profiles: readonly StoredProfile[];
  timeZone: string;
  locale: string;
}

export function ApprovalsList({ post, profiles, timeZone, locale }: ApprovalsListProps) {
  const { t } = useTranslation();
  const roster = useVerifiedRoster();
  const [verified, setVerified] = useState<{ post: Post; results: Check[] } | null>(null);
  const checks = verified?.post === post ? verified.results : null;
  const approvals = post.workflow.approvals;
  useEffect(() => {
    let live = true;
    // Wait for the roster (null without a root): checking with the stored key alone would call a good signature bad.
    if (roster === undefined) return;
    void Promise.all(approvals.map((approval) => checkApproval(post, approval, profiles, roster))).then(
      (results) => {
        if (live) setVerified({ post, results });
      },
    );
    return () => {
      live = false;
    };
  }, [post, approvals, profiles, roster]);

  const describe = (check: Check | undefined, name: string, step: number) => {
    if (check === undefined) return <span>{t('reviewUi.dialog.signatureChecking')}</span>;
    if (check === 'unsigned')
      return <span className="cd-sig-invalid">{t('reviewUi.dialog.signatureMissing')}</span>;
    if (check === 'legacy')
      return <span className="cd-sig-invalid">{t('trust.problems.legacyApproval', { step })}</span>;
    if (check === 'noKey')
      return <span className="cd-sig-invalid">{t('reviewUi.dialog.signatureNoKey', { name })}</span>;
    if (check.valid) return <strong className="cd-sig-valid">{t('reviewUi.dialog.signatureValid')}</strong>;
    return (
      <span className="cd-sig-invalid">
        <strong>{t('reviewUi.dialog.signatureInvalid')}</strong> {t(approvalMessageKey(check))}
      </span>
    );
  };

  return (
    <section aria-labelledby="review-approvals-heading">
      <h3 id="review-approvals-heading">{t('reviewUi.dialog.approvalsHeading')}</h3>
      {approvals.length === 0 ? (
        <p className="cd-hint">{t('reviewUi.dialog.noApprovals')}</p>
      ) : (
        <ul aria-live="polite">
          {approvals.map((approval, index) => {
            const name = nameOf(profiles, approval.profileId, approval.profileId);
            return (
              <li key={`${approval.profileId}-${approval.step}`}>
                {t('reviewUi.dialog.approvalBy', {
                  step: approval.step + 1,
                  name,
                  at: formatInstant(approval.at, timeZone, locale),
                })}{' '}
                {describe(checks?.[index], name, approval.step + 1)}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
