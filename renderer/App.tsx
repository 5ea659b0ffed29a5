import { useEffect, useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { Settings } from '../shared/model/settings';
import { useSettings } from './data/liveQueries';
import { createI18n } from './i18n/i18n';
import { useUiStore } from './state/uiStore';
import { CalendarPage } from './features/calendar/CalendarPage';
import { PostDialog } from './features/posts/PostDialog';
import { SettingsPage } from './features/settings/SettingsPage';
import { NoticeBar } from './ui/NoticeBar';
import iconUrl from '../assets/icon.svg';

export function App() {
  const settings = useSettings();
  const locale = settings?.locale ?? 'de-DE';
  const i18n = useMemo(() => createI18n(locale), [locale]);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  return (
    <I18nextProvider i18n={i18n}>
      {settings ? <Desk settings={settings} /> : <p className="cd-loading">{i18n.t('app.loading')}</p>}
    </I18nextProvider>
  );
}

function Desk({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const page = useUiStore((state) => state.page);
  const showPage = useUiStore((state) => state.showPage);

  useEffect(() => {
    document.title = settings.organisationName
      ? `${t('app.name')} – ${settings.organisationName}`
      : t('app.name');
  }, [settings.organisationName, t]);

  return (
    <div className="cd-app">
      <a className="cd-skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="cd-header">
        <div className="cd-brand">
          <img src={iconUrl} alt="" width={28} height={28} />
          <span className="cd-brand-name">{t('app.name')}</span>
          {settings.organisationName && <span className="cd-organisation">{settings.organisationName}</span>}
        </div>
        <nav aria-label={t('app.nav.label')}>
          <button
            type="button"
            aria-current={page === 'calendar' ? 'page' : undefined}
            onClick={() => showPage('calendar')}
          >
            {t('app.nav.calendar')}
          </button>
          <button
            type="button"
            aria-current={page === 'settings' ? 'page' : undefined}
            onClick={() => showPage('settings')}
          >
            {t('app.nav.settings')}
          </button>
        </nav>
      </header>
      <NoticeBar />
      <main id="main" className="cd-main" tabIndex={-1}>
        {page === 'calendar' ? <CalendarPage settings={settings} /> : <SettingsPage settings={settings} />}
      </main>
      <PostDialog settings={settings} />
    </div>
  );
}
