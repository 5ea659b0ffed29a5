/**
 * Every finding of the post as the approver sees it: severity, rule, networks, the message with its source, and,
 * where it was overridden, who did so, when and why. Findings the same in several networks' texts show once.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PostFinding } from '../../../shared/checks/engine';
import { groupFindings } from '../../../shared/checks/grouping';
import { CHANNELS, type Channel } from '../../../shared/model/channels';
import type { Post } from '../../../shared/model/post';
import { translateKey } from '../../i18n/messageKey';
import { reviewFindingsUiDe } from './findingsMessages';

type RuleFamily = keyof typeof reviewFindingsUiDe.rules;
const isFamily = (name: string): name is RuleFamily => name in reviewFindingsUiDe.rules;

/** The rule family of a rule id ("personalData.phone" → personalData). */
export function ruleFamilyOf(rule: string): RuleFamily {
  const family = rule.split('.')[0] ?? '';
  return isFamily(family) ? family : 'other';
}

/**
 * A readable label for a finding id whose finding is gone ("facebook.personalData.phone:322" → "Personenbezogene
 * Daten (Facebook): …"), never the internal key.
 */
export function staleOverrideLabel(t: TFunction, findingId: string): string {
  const [channel = '', ...rest] = findingId.split(':')[0]?.split('.') ?? [];
  const known = (CHANNELS as readonly string[]).includes(channel);
  const rule = known ? rest.join('.') : [channel, ...rest].join('.');
  return t('reviewFindingsUi.stale', {
    rule: t(`reviewFindingsUi.rules.${ruleFamilyOf(rule)}`),
    network: known ? t(`networks.${channel as Channel}`) : t('reviewFindingsUi.rules.other'),
  });
}

interface FindingsListProps {
  findings: readonly PostFinding[] | undefined;
  overrides: Post['checks']['overrides'];
  when: (iso: string) => string;
  who: (id: string) => string;
}

export function FindingsList({ findings, overrides, when, who }: FindingsListProps) {
  const { t } = useTranslation();
  return (
    <>
      <h4>{t('reviewFindingsUi.heading')}</h4>
      {findings === undefined ? (
        <p className="cd-hint">{t('reviewFindingsUi.loading')}</p>
      ) : findings.length === 0 ? (
        <p className="cd-hint">{t('reviewFindingsUi.none')}</p>
      ) : (
        <ul className="cd-review-findings" aria-label={t('reviewFindingsUi.heading')}>
          {groupFindings(findings).map((group) => {
            const finding = group.findings[0] as PostFinding;
            const override = overrides.find((entry) =>
              group.findings.some((member) => member.id === entry.findingId),
            );
            return (
              <li key={group.key} className={`cd-check-${finding.severity}`}>
                <strong>
                  {t('reviewFindingsUi.item', {
                    severity: t(`checksUi.severity.${finding.severity}`),
                    rule: t(`reviewFindingsUi.rules.${ruleFamilyOf(finding.rule)}`),
                    networks: group.channels.map((channel) => t(`networks.${channel}`)).join(', '),
                  })}
                </strong>
                : {translateKey(t, finding.messageKey, finding.params)}{' '}
                <span className="cd-hint">{t('reviewFindingsUi.source', { source: finding.source })}</span>
                {override !== undefined && (
                  <p className="cd-banner">
                    {t('reviewFindingsUi.overridden', {
                      by: who(override.by),
                      at: when(override.at),
                      reason: override.reason,
                    })}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
