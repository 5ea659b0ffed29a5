import { useTranslation } from 'react-i18next';
import { readLastDownload, reminderState } from './downloadReminder';

/** Browser build: when the last backup was downloaded, and a reminder when that is over a week ago. */
export function DownloadReminder({ format }: { format: (at: Date) => string }) {
  const { t } = useTranslation();
  const state = reminderState(readLastDownload(window.localStorage), new Date());
  return (
    <>
      <p>
        {state.kind === 'never'
          ? t('backupUi.neverDownloaded')
          : t('backupUi.lastDownload', { time: format(state.at) })}
      </p>
      {state.kind !== 'recent' && (
        <p className="cd-notice-info" role="note">
          {t(state.kind === 'never' ? 'backupUi.reminderNever' : 'backupUi.reminder')}
        </p>
      )}
    </>
  );
}
