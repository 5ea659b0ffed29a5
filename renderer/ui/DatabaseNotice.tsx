import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatabaseProblem } from '../data/store/dbEvents';
import { translateKey } from '../i18n/messageKey';

interface DatabaseNoticeProps {
  problem: DatabaseProblem;
  /** Reloads the page (injected for tests). */
  onReload?: () => void;
}

/** The full page shown instead of the desk when the database cannot be used: what happened, what to do. */
export function DatabaseNotice({ problem, onReload = () => window.location.reload() }: DatabaseNoticeProps) {
  const { t } = useTranslation();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const text =
    problem.kind === 'upgradedElsewhere'
      ? t('errors.otherWindowUpgraded')
      : translateKey(t, problem.messageKey);

  useEffect(() => {
    buttonRef.current?.focus();
  }, [problem]);

  return (
    <main className="cd-database-notice" aria-labelledby="cd-database-notice-title">
      <h1 id="cd-database-notice-title">{t('errors.databaseTitle')}</h1>
      <p role="alert">{text}</p>
      <button ref={buttonRef} type="button" onClick={onReload}>
        {t('errors.reload')}
      </button>
    </main>
  );
}
