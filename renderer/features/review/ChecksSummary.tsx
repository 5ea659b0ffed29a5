/**
 * What the approver sees of the checks: the counts, every finding (FindingsList), the checklist with who ticked
 * what, every override (one whose finding is gone named in words, not by its internal key).
 */
import { useTranslation } from 'react-i18next';
import { applicableItems } from '../../../shared/checks/checklist';
import { groupFindings } from '../../../shared/checks/grouping';
import type { Post } from '../../../shared/model/post';
import type { Settings } from '../../../shared/model/settings';
import type { StoredProfile } from '../../../shared/model/profile';
import { usePostFindings } from '../../data/workflow/reviewQueries';
import { translateKey } from '../../i18n/messageKey';
import { formatInstant, nameOf } from './format';
import { FindingsList, staleOverrideLabel } from './FindingsList';

interface ChecksSummaryProps {
  post: Post;
  settings: Settings;
  profiles: readonly StoredProfile[];
}

export function ChecksSummary({ post, settings, profiles }: ChecksSummaryProps) {
  const { t } = useTranslation();
  const findings = usePostFindings(post, settings);
  const when = (iso: string) => formatInstant(iso, settings.timeZone, settings.locale);
  const who = (id: string) => nameOf(profiles, id, id);
  const items = applicableItems(settings.checklist, post.category, post.channels);
  const count = (severity: string) =>
    findings?.filter((finding) => finding.severity === severity).length ?? 0;
  // The same finding overridden in each network's text, with one reason, is shown once.
  const shown = new Set<string>();
  const groups = groupFindings(findings ?? []);
  const overrides = post.checks.overrides.filter((override) => {
    const group = groups.find((entry) => entry.findings.some((finding) => finding.id === override.findingId));
    const key = `${group?.key ?? override.findingId}|${override.by}|${override.reason}`;
    if (shown.has(key)) return false;
    shown.add(key);
    return true;
  });
  return (
    <section aria-labelledby="review-checks-heading">
      <h3 id="review-checks-heading">{t('reviewUi.dialog.checksHeading')}</h3>
      {findings !== undefined && (
        <p>
          {t('reviewUi.dialog.findings', { block: count('block'), warn: count('warn'), info: count('info') })}
        </p>
      )}
      <FindingsList findings={findings} overrides={post.checks.overrides} when={when} who={who} />
      <h4>{t('reviewUi.dialog.checklist')}</h4>
      <ul>
        {items.map((item) => {
          const tick = post.checks.ticks.find((entry) => entry.itemId === item.id);
          return (
            <li key={item.id}>
              {item.text}:{' '}
              {tick
                ? t('reviewUi.dialog.ticked', { by: who(tick.by), at: when(tick.at) })
                : t('reviewUi.dialog.notTicked')}
            </li>
          );
        })}
      </ul>
      <h4>{t('reviewUi.dialog.overrides')}</h4>
      {findings === undefined ? null : overrides.length === 0 ? (
        <p className="cd-hint">{t('reviewUi.dialog.noOverrides')}</p>
      ) : (
        <ul>
          {overrides.map((override) => {
            const finding = findings.find((entry) => entry.id === override.findingId);
            return (
              <li key={override.findingId}>
                {t('reviewUi.dialog.override', {
                  finding: finding
                    ? translateKey(t, finding.messageKey, finding.params)
                    : staleOverrideLabel(t, override.findingId),
                  by: who(override.by),
                  at: when(override.at),
                  reason: override.reason,
                })}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
