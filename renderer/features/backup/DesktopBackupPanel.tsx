import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupStatus } from '../../../shared/ipc/contract';
import { backupJson } from '../../data/workspace/backupRepository';
import { getPlatform } from '../../platform/platform';
import { automaticBackups } from './automaticBackups';
import type { StatusLine } from './backupStatus';

interface DesktopBackupPanelProps {
  format: (iso: string) => string;
  onStatus: (status: StatusLine) => void;
}

/** Desktop app: the backup folder, the last backup (time and file), "back up now" and choosing the folder. */
export function DesktopBackupPanel({ format, onStatus }: DesktopBackupPanelProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(() => {
    getPlatform()
      .backupStatus()
      .then(setStatus, () => setStatus(null));
  }, []);

  useEffect(refresh, [refresh]);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      onStatus({
        kind: 'error',
        text: t('backupUi.failed', { message: error instanceof Error ? error.message : String(error) }),
      });
    } finally {
      setBusy(false);
      refresh();
    }
  };

  const backUpNow = () =>
    run(async () => {
      const queue = automaticBackups();
      const result =
        (await queue?.backUp('manual', true)) ??
        (await getPlatform().writeBackup({ json: await backupJson(new Date()), reason: 'manual' }));
      onStatus(
        result.status === 'written'
          ? { kind: 'info', text: t('backupUi.backupWritten', { fileName: result.fileName }) }
          : { kind: 'error', text: t('backupUi.backupFailed', { message: result.message }) },
      );
    });

  const chooseFolder = () =>
    run(async () => {
      const result = await getPlatform().chooseBackupFolder();
      if (result.status === 'chosen')
        onStatus({ kind: 'info', text: t('backupUi.folderChosen', { folder: result.folder }) });
    });

  return (
    <>
      <p className="cd-hint">{t('backupUi.desktopAuto')}</p>
      <dl className="cd-backup-facts">
        <dt>{t('backupUi.folder')}</dt>
        <dd>{status?.folder ?? '…'}</dd>
        <dt>{t('backupUi.lastBackup')}</dt>
        <dd>
          {status?.last
            ? t('backupUi.lastBackupValue', { time: format(status.last.at), fileName: status.last.fileName })
            : t('backupUi.noBackupYet')}
        </dd>
      </dl>
      <div className="cd-dialog-actions">
        <button type="button" onClick={() => void backUpNow()} disabled={busy}>
          {t('backupUi.backupNow')}
        </button>
        <button type="button" onClick={() => void chooseFolder()} disabled={busy}>
          {t('backupUi.chooseFolder')}
        </button>
      </div>
    </>
  );
}
