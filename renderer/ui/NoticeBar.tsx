import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../state/uiStore';

const INFO_VISIBLE_MS = 5000;

/** The last message: errors stay until dismissed (role=alert), confirmations fade (role=status). */
export function NoticeBar() {
  const { t } = useTranslation();
  const notice = useUiStore((state) => state.notice);
  const notify = useUiStore((state) => state.notify);

  useEffect(() => {
    if (notice?.kind !== 'info') return undefined;
    const timer = setTimeout(() => notify(null), INFO_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [notice, notify]);

  return (
    <div className="cd-notices">
      <div role="status" aria-live="polite">
        {notice?.kind === 'info' && <p className="cd-notice cd-notice-info">{notice.text}</p>}
      </div>
      <div role="alert">
        {notice?.kind === 'error' && (
          <p className="cd-notice cd-notice-error">
            {notice.text}{' '}
            <button type="button" onClick={() => notify(null)}>
              {t('errors.dismiss')}
            </button>
          </p>
        )}
      </div>
    </div>
  );
}
