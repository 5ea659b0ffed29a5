import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { UiLocale } from '../../shared/model/settings';
import {
  currentDatabaseProblem,
  openDeskDatabase,
  subscribeDatabaseProblems,
  type DatabaseProblem,
} from '../data/store/dbEvents';
import { createI18n } from '../i18n/i18n';
import { DatabaseNotice } from './DatabaseNotice';

interface DatabaseNoticeGateProps {
  children: ReactNode;
  onReload?: () => void;
}

/** The organisation's language is in the database; when that cannot be read, the browser's language decides. */
function browserLocale(): UiLocale {
  const language = navigator.language;
  if (language.startsWith('en')) return 'en';
  if (language === 'de-CH' || language === 'de-AT') return language;
  return 'de-DE';
}

type GateState = { kind: 'opening' } | { kind: 'open' } | { kind: 'problem'; problem: DatabaseProblem };

/**
 * Opens the database before the desk renders, and replaces the desk with a full-page notice when it cannot be
 * opened (e.g. a newer build's database) or when another window upgrades it while this one is open.
 */
export function DatabaseNoticeGate({ children, onReload }: DatabaseNoticeGateProps) {
  const [state, setState] = useState<GateState>(() => {
    const problem = currentDatabaseProblem();
    return problem ? { kind: 'problem', problem } : { kind: 'opening' };
  });
  const i18n = useMemo(() => createI18n(browserLocale()), []);

  useEffect(() => {
    let active = true;
    const unsubscribe = subscribeDatabaseProblems((problem) => {
      if (active) setState({ kind: 'problem', problem });
    });
    void openDeskDatabase().then((problem) => {
      if (active) setState(problem ? { kind: 'problem', problem } : { kind: 'open' });
    });
    return () => {
      active = false;
      unsubscribe();
    };
  }, []);

  if (state.kind === 'open') return <>{children}</>;
  if (state.kind === 'opening') return null;
  return (
    <I18nextProvider i18n={i18n}>
      <DatabaseNotice problem={state.problem} onReload={onReload} />
    </I18nextProvider>
  );
}
