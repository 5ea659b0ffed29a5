import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ImportSummary, Side } from '../../../shared/exchange/workspaceMerge';
import type { Downgrade } from '../../../shared/exchange/incomingApprovals';
import { hasRole } from '../../../shared/workflow/roles';
import { previewImport, restoreWorkspace } from '../../data/workspace/workspaceRepository';
import type { RootAssessment } from '../../data/workspace/restoreTrust';
import { useProfiles } from '../../data/workflow/workflowQueries';
import { useUiStore } from '../../state/uiStore';
import { getPlatform } from '../../platform/platform';
import { DataError } from '../../data/store/dataErrors';
import { translateKey } from '../../i18n/messageKey';
import { ConflictChoices } from './ConflictChoices';
import { ImportSummaryTable } from './ImportSummaryTable';
import { BACKUP_FILE_FILTERS, type StatusLine } from './backupStatus';

interface Chosen {
  fileName: string;
  bytes: Uint8Array;
  summary: ImportSummary;
  root: RootAssessment;
}

/** Each post that came in "in review", with why (the derived verdict's reasons, in the UI's language). */
function downgradeLines(t: TFunction, downgrades: readonly Downgrade[]): string[] {
  return downgrades.map((downgrade) => {
    const reasons = downgrade.noRoot
      ? [t('backupUi.noRoot')]
      : [
          ...new Set(
            downgrade.problems.map((problem) => t(`trust.problems.${problem.code}`, problem.params)),
          ),
        ];
    return t('backupUi.downgraded', { title: downgrade.title, reason: reasons.join(' ') });
  });
}

interface RestorePanelProps {
  /** Reports the outcome of every step (shown in the section's live region). */
  onStatus: (status: StatusLine) => void;
  /** After a restore: the section refreshes its undo offer. */
  onRestored: () => void;
}

function totals(summary: ImportSummary): { added: number; changed: number } {
  const rows = Object.values(summary.tables);
  return {
    added: rows.reduce((sum, row) => sum + row.added, 0),
    changed: rows.reduce((sum, row) => sum + row.changed, 0),
  };
}

/** Choose a workspace file, see what it would change, choose replace or merge (and conflicts), restore. */
export function RestorePanel({ onStatus, onRestored }: RestorePanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [mode, setMode] = useState<'replace' | 'merge'>('replace');
  const [choices, setChoices] = useState<Record<string, Side>>({});
  const [busy, setBusy] = useState(false);
  const [rootConfirmed, setRootConfirmed] = useState(false);
  const [downgraded, setDowngraded] = useState<string[]>([]);
  const actorId = useUiStore((state) => state.currentUser.id);
  const profiles = useProfiles();
  // Restore and merge are the admins' (the repository refuses everyone else); a desk without profiles is a first start.
  const me = profiles?.find((profile) => profile.id === actorId);
  const allowed =
    profiles !== undefined && (profiles.length === 0 || (me !== undefined && hasRole(me, 'admin')));

  const fail = (error: unknown) =>
    onStatus({
      kind: 'error',
      text:
        error instanceof DataError
          ? translateKey(t, error.messageKey, error.params)
          : t('backupUi.failed', { message: error instanceof Error ? error.message : String(error) }),
    });

  const chooseFile = async () => {
    setBusy(true);
    try {
      const opened = await getPlatform().openFile({ filters: BACKUP_FILE_FILTERS });
      if (opened.status !== 'opened') return;
      const preview = await previewImport(opened.bytes);
      if (!preview.ok) {
        setChosen(null);
        const params = { fileName: opened.fileName, message: preview.message, path: preview.path };
        onStatus({
          kind: 'error',
          text: t(preview.path === '' ? 'backupUi.invalidFileWhole' : 'backupUi.invalidFile', params),
        });
        return;
      }
      setChosen({
        fileName: opened.fileName,
        bytes: opened.bytes,
        summary: preview.summary,
        root: preview.root,
      });
      setChoices({});
      setRootConfirmed(false);
      setDowngraded([]);
      onStatus({ kind: 'info', text: t('backupUi.previewHeading', { fileName: opened.fileName }) });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const restore = async () => {
    if (chosen === null) return;
    setBusy(true);
    try {
      const fingerprint =
        chosen.root.kind === 'adoptable' && rootConfirmed ? chosen.root.fingerprint : undefined;
      const result = await restoreWorkspace(
        chosen.bytes,
        { mode, conflicts: choices },
        {
          actorId,
          now: new Date(),
          ...(fingerprint === undefined ? {} : { confirmedFingerprint: fingerprint }),
        },
      );
      if (!result.ok) {
        onStatus({
          kind: 'error',
          text:
            result.messageKey !== undefined
              ? translateKey(t, result.messageKey)
              : t('backupUi.invalidFile', {
                  fileName: chosen.fileName,
                  message: result.message,
                  path: result.path,
                }),
        });
        return;
      }
      setDowngraded(downgradeLines(t, result.downgrades));
      const platform = getPlatform();
      if ((await platform.getAppInfo()).runtime === 'desktop') {
        // The state before the restore also goes to the backup folder; the undo works without it.
        await platform
          .writeBackup({ json: result.backupJson, reason: 'beforeRestore' })
          .catch(() => undefined);
      }
      onStatus({
        kind: 'info',
        text: t('backupUi.restored', { ...totals(result.summary), fileName: chosen.fileName }),
      });
      setChosen(null);
      onRestored();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="cd-backup-restore" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('backupUi.restoreHeading')}</h3>
      <p className="cd-hint">{t('backupUi.restoreIntro')}</p>
      {profiles !== undefined && !allowed && <p className="cd-hint">{t('backupUi.adminsOnly')}</p>}
      <button type="button" onClick={() => void chooseFile()} disabled={busy || !allowed}>
        {t('backupUi.chooseFile')}
      </button>
      {downgraded.length > 0 && (
        <div role="alert" className="cd-notice-error">
          <p>{t('backupUi.downgradedHeading')}</p>
          <ul>
            {downgraded.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {chosen !== null && (
        <div className="cd-backup-preview">
          <ImportSummaryTable
            summary={chosen.summary}
            caption={t('backupUi.previewHeading', { fileName: chosen.fileName })}
          />
          {chosen.root.kind === 'foreign' && (
            <p role="alert" className="cd-notice-error">
              {t('backupUi.root.foreign', { fingerprint: chosen.root.fingerprint })}
            </p>
          )}
          {chosen.root.kind === 'adoptable' && (
            <div className="cd-backup-root">
              <p>{t('backupUi.root.adoptable')}</p>
              <p>
                <code className="cd-fingerprint">{chosen.root.fingerprint}</code>
              </p>
              <p className="cd-hint">{t('backupUi.root.adoptableHint')}</p>
              <label className="cd-check">
                <input
                  type="checkbox"
                  checked={rootConfirmed}
                  onChange={(event) => setRootConfirmed(event.target.checked)}
                />
                {t('backupUi.root.confirm')}
              </label>
            </div>
          )}
          <fieldset>
            <legend>{t('backupUi.mode')}</legend>
            <label className="cd-radio">
              <input
                type="radio"
                name="cd-restore-mode"
                checked={mode === 'replace'}
                onChange={() => setMode('replace')}
              />
              {t('backupUi.modeReplace')}
            </label>
            <label className="cd-radio">
              <input
                type="radio"
                name="cd-restore-mode"
                checked={mode === 'merge'}
                onChange={() => setMode('merge')}
              />
              {t('backupUi.modeMerge')}
            </label>
          </fieldset>
          {mode === 'merge' ? (
            <ConflictChoices
              conflicts={chosen.summary.conflicts}
              choices={choices}
              onChoose={(key, side) => setChoices((current) => ({ ...current, [key]: side }))}
            />
          ) : (
            <p className="cd-hint">{t('backupUi.confirmReplace')}</p>
          )}
          <div className="cd-dialog-actions">
            <button
              type="button"
              onClick={() => void restore()}
              disabled={busy || !allowed || chosen.root.kind === 'foreign'}
            >
              {t('backupUi.restore')}
            </button>
            <button type="button" onClick={() => setChosen(null)} disabled={busy}>
              {t('backupUi.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
