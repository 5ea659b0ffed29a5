/**
 * "Protokoll": the audit trail as a table (time in the organisation's zone, person, action, post), with filters,
 * a verification of the hash chain and a CSV export through the platform bridge.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditMessage } from '../../../shared/audit/messages';
import { buildAuditCsv } from '../../../shared/export/auditCsv';
import { POST_STATUSES } from '../../../shared/model/post';
import type { Settings } from '../../../shared/model/settings';
import { verifyStoredAudit } from '../../data/workflow/auditLog';
import { toDataError } from '../../data/store/dataErrors';
import { useAuditEntries, usePostsInStatuses, useProfiles } from '../../data/workflow/workflowQueries';
import { getPlatform } from '../../platform/platform';
import { translateKey } from '../../i18n/messageKey';
import { useUiStore } from '../../state/uiStore';
import { formatInstant } from '../review/format';
import { AuditFilterForm } from './AuditFilterForm';
import { AuditTable } from './AuditTable';
import { filterAudit, NO_AUDIT_FILTERS, validRange, type AuditFilters } from './auditView';
import { saveFailureText } from '../../ui/saveFailure';

export function AuditPage({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const entries = useAuditEntries();
  const profiles = useProfiles() ?? [];
  const posts = usePostsInStatuses(POST_STATUSES);
  const openReview = useUiStore((state) => state.openReview);
  const [filters, setFilters] = useState<AuditFilters>(NO_AUDIT_FILTERS);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  const actorName = (id: string) =>
    id === 'system'
      ? t('auditUi.system')
      : id === ''
        ? t('auditUi.anonymousActor')
        : (profiles.find((profile) => profile.id === id)?.name ?? t('auditUi.unknownActor', { id }));
  const titles = Object.fromEntries((posts ?? []).map((post) => [post.id, post.title]));

  const verify = async () => {
    try {
      const verification = await verifyStoredAudit();
      const { messageKey, params } = auditMessage(verification);
      setResult({ ok: verification.ok, text: translateKey(t, messageKey, params) });
    } catch (error) {
      setResult({ ok: false, text: t(toDataError(error).messageKey) });
    }
  };

  const exportCsv = async () => {
    if (entries === undefined) return;
    try {
      const names: Record<string, string> = { system: t('auditUi.system') };
      for (const p of profiles) names[p.id] = p.name;
      const file = buildAuditCsv(entries, { timeZone: settings.timeZone, actorNames: names });
      const saved = await getPlatform().saveFile({
        suggestedName: file.name,
        bytes: new TextEncoder().encode(file.text),
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      });
      if (saved.status === 'saved')
        setResult({ ok: true, text: t('auditUi.exported', { name: saved.fileName }) });
      else if (saved.status === 'failed') setResult({ ok: false, text: saveFailureText(t, saved) });
    } catch (error) {
      setResult({ ok: false, text: t(toDataError(error).messageKey) });
    }
  };

  const rangeOk = validRange(filters);
  const shown = entries === undefined || !rangeOk ? [] : filterAudit(entries, filters, settings.timeZone);

  return (
    <section className="cd-audit" aria-labelledby="audit-heading">
      <h1 id="audit-heading">{t('auditUi.heading')}</h1>
      <p className="cd-hint">{t('auditUi.intro')}</p>
      <div className="cd-dialog-actions">
        <button type="button" onClick={() => void verify()}>
          {t('auditUi.verify')}
        </button>
        <button type="button" onClick={() => void exportCsv()} disabled={entries === undefined}>
          {t('auditUi.exportCsv')}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {result !== null && (
          <p className={result.ok ? 'cd-sig-valid' : 'cd-sig-invalid'}>
            <strong>{result.ok ? '✓ ' : '✗ '}</strong>
            {result.text}
          </p>
        )}
      </div>
      {entries === undefined || posts === undefined ? (
        <p className="cd-loading">{t('auditUi.loading')}</p>
      ) : (
        <>
          <AuditFilterForm
            filters={filters}
            onChange={setFilters}
            entries={entries}
            actorName={actorName}
            titleOf={(id) => titles[id] ?? t('auditUi.deletedPost')}
            rangeOk={rangeOk}
          />
          <p aria-live="polite">{t('auditUi.count', { count: shown.length, total: entries.length })}</p>
          <AuditTable
            entries={shown}
            actorName={actorName}
            titles={titles}
            when={(iso) => formatInstant(iso, settings.timeZone, settings.locale)}
            onOpenPost={openReview}
          />
        </>
      )}
    </section>
  );
}
