import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportSummary, Side } from '../../../shared/exchange/workspaceMerge';
import { previewImport, restoreWorkspace } from '../../data/workspaceRepository';
import { getPlatform } from '../../platform/platform';
import { DataError } from '../../data/dataErrors';
import { translateKey } from '../../i18n/messageKey';
import { ConflictChoices } from './ConflictChoices';
import { ImportSummaryTable } from './ImportSummaryTable';
import { BACKUP_FILE_FILTERS, type StatusLine } from './backupStatus';

interface Chosen {
  fileName: string;
  bytes: Uint8Array;
  summary: ImportSummary;
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
      setChosen({ fileName: opened.fileName, bytes: opened.bytes, summary: preview.summary });
      setChoices({});
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
      const result = await restoreWorkspace(chosen.bytes, { mode, conflicts: choices }, new Date());
      if (!result.ok) {
        onStatus({
          kind: 'error',
          text: t('backupUi.invalidFile', {
            fileName: chosen.fileName,
            message: result.message,
            path: result.path,
          }),
        });
        return;
      }
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
      <button type="button" onClick={() => void chooseFile()} disabled={busy}>
        {t('backupUi.chooseFile')}
      </button>
      {chosen !== null && (
        <div className="cd-backup-preview">
          <ImportSummaryTable
            summary={chosen.summary}
            caption={t('backupUi.previewHeading', { fileName: chosen.fileName })}
          />
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
            <button type="button" onClick={() => void restore()} disabled={busy}>
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
