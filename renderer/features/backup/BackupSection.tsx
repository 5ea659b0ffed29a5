import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/model/settings';
import { workspaceFileName } from '../../../shared/exchange/workspaceBuild';
import { backupJson } from '../../data/workspace/backupRepository';
import { lastRestoreBackupAt, undoLastRestore } from '../../data/workspace/workspaceRepository';
import { getPlatform } from '../../platform/platform';
import { BACKUP_FILE_FILTERS, formatBackupTime, type StatusLine } from './backupStatus';
import { DesktopBackupPanel } from './DesktopBackupPanel';
import { DownloadReminder } from './DownloadReminder';
import { rememberDownload } from './downloadReminder';
import { RestorePanel } from './RestorePanel';
import { StatusNotice } from './StatusNotice';
import { saveFailureText } from '../../ui/saveFailure';
import { useUiStore } from '../../state/uiStore';
import './backup.css';

/** The "Sicherung" section of the settings: backups (automatic or by download), restore and its undo. */
export function BackupSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [runtime, setRuntime] = useState<'desktop' | 'browser' | null>(null);
  const [status, setStatus] = useState<StatusLine | null>(null);
  const [undoAt, setUndoAt] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [downloads, setDownloads] = useState(0);
  const actorId = useUiStore((state) => state.currentUser.id);
  const format = (iso: string | Date) => formatBackupTime(iso, settings.locale, settings.timeZone);

  const refreshUndo = useCallback(() => {
    lastRestoreBackupAt().then(setUndoAt, () => setUndoAt(null));
  }, []);

  useEffect(() => {
    let live = true;
    void getPlatform()
      .getAppInfo()
      .then((info) => live && setRuntime(info.runtime));
    refreshUndo();
    return () => {
      live = false;
    };
  }, [refreshUndo]);

  const failed = (error: unknown) =>
    setStatus({
      kind: 'error',
      text: t('backupUi.failed', { message: error instanceof Error ? error.message : String(error) }),
    });

  const download = async () => {
    setBusy(true);
    try {
      const now = new Date();
      const json = await backupJson(now);
      const result = await getPlatform().saveFile({
        suggestedName: workspaceFileName(now, 'backup'),
        bytes: new TextEncoder().encode(json),
        filters: BACKUP_FILE_FILTERS,
      });
      if (result.status === 'failed') {
        setStatus({ kind: 'error', text: saveFailureText(t, result) });
        return;
      }
      if (result.status !== 'saved') return;
      if (runtime === 'browser') {
        rememberDownload(window.localStorage, now);
        setDownloads((count) => count + 1);
      }
      setStatus({ kind: 'info', text: t('backupUi.downloaded', { fileName: result.fileName }) });
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  };

  const undo = async () => {
    setBusy(true);
    try {
      const undone = await undoLastRestore({ actorId, now: new Date() });
      setStatus(
        undone === 'adminsOnly'
          ? { kind: 'error', text: t('backupUi.refused.adminsOnly') }
          : { kind: 'info', text: t(undone ? 'backupUi.undone' : 'backupUi.nothingToUndo') },
      );
      refreshUndo();
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="cd-panel cd-backup" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('backupUi.heading')}</h2>
      <p className="cd-hint">{t('backupUi.intro')}</p>
      {runtime === 'desktop' && <DesktopBackupPanel format={format} onStatus={setStatus} />}
      {runtime === 'browser' && <DownloadReminder key={downloads} format={format} />}
      <div className="cd-dialog-actions">
        <button type="button" onClick={() => void download()} disabled={busy || runtime === null}>
          {t('backupUi.download')}
        </button>
      </div>
      <RestorePanel onStatus={setStatus} onRestored={refreshUndo} />
      {undoAt !== null && (
        <div className="cd-dialog-actions">
          <button
            type="button"
            onClick={() => void undo()}
            disabled={busy}
            aria-describedby={`${headingId}-undo`}
          >
            {t('backupUi.undo')}
          </button>
          <span id={`${headingId}-undo`} className="cd-hint">
            {t('backupUi.undoHint', { time: format(undoAt) })}
          </span>
        </div>
      )}
      <StatusNotice status={status} />
    </section>
  );
}
