/**
 * The first start's other way in: a new laptop restores the backup of an existing desk instead of inventing an
 * organisation. The same restore as in the settings (preview, then replace); once the profiles are back, the app
 * asks who is working.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RestorePanel } from './RestorePanel';
import { StatusNotice } from './StatusNotice';
import type { StatusLine } from './backupStatus';
import './backup.css';

export function FirstStartRestore() {
  const { t } = useTranslation();
  const headingId = useId();
  const [status, setStatus] = useState<StatusLine | null>(null);
  return (
    <section className="cd-panel cd-first-start-restore" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('backupUi.firstStartHeading')}</h2>
      <p className="cd-hint">{t('backupUi.firstStartIntro')}</p>
      <RestorePanel onStatus={setStatus} onRestored={() => undefined} />
      <StatusNotice status={status} />
    </section>
  );
}
