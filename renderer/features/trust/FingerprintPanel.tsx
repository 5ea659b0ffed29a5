/**
 * The organisation root's fingerprint as people read it aloud and file it away: 16 groups of four hex digits in
 * four lines, the organisation id, and buttons to copy or print it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicKeyInfo } from '../../../shared/model/profile';
import { keyFingerprint } from '../../../shared/trust/fingerprint';
import './trust.css';

const GROUPS_PER_LINE = 4;

export function FingerprintPanel({ root, headingLevel = 2 }: { root: PublicKeyInfo; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const fingerprint = keyFingerprint(root) ?? '';
  const groups = fingerprint.split(' ');
  const lines: string[] = [];
  for (let i = 0; i < groups.length; i += GROUPS_PER_LINE)
    lines.push(groups.slice(i, i + GROUPS_PER_LINE).join(' '));
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(fingerprint);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <section className="cd-panel cd-fingerprint" aria-labelledby="cd-fingerprint-heading">
      <Heading id="cd-fingerprint-heading">{t('trustUi.fingerprint.heading')}</Heading>
      <p className="cd-hint">{t('trustUi.fingerprint.hint')}</p>
      <p>{t('trustUi.fingerprint.orgId', { orgId: root.keyId })}</p>
      <p
        className="cd-fingerprint-value"
        aria-label={t('trustUi.fingerprint.label')}
        data-fingerprint={fingerprint}
      >
        {lines.map((line) => (
          <span key={line} className="cd-fingerprint-line">
            {line}
          </span>
        ))}
      </p>
      <div className="cd-fingerprint-actions">
        <button type="button" onClick={() => void copy()}>
          {t('trustUi.fingerprint.copy')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t('trustUi.fingerprint.print')}
        </button>
        <span aria-live="polite">{copied ? t('trustUi.fingerprint.copied') : ''}</span>
      </div>
    </section>
  );
}
