import { useEffect, useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { Settings } from '../shared/model/settings';
import { useSettings } from './data/liveQueries';
import { createI18n } from './i18n/i18n';
import { useUiStore } from './state/uiStore';
import { CalendarPage } from './features/calendar/CalendarPage';
import { ComposerDialog } from './features/composer/ComposerDialog';
import { SettingsPage } from './features/settings/SettingsPage';
import { CampaignsPage } from './features/campaigns/CampaignsPage';
import { ConsentsPage } from './features/consents/ConsentsPage';
import type { Page } from './state/uiStore';
import { todayInZone } from '../shared/time/zoned';
import { NoticeBar } from './ui/NoticeBar';
import iconUrl from '../assets/icon.svg';

const PAGES: readonly Page[] = ['calendar', 'campaigns', 'consents', 'settings'];

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
          {PAGES.map((entry) => (
            <button
              key={entry}
              type="button"
              aria-current={page === entry ? 'page' : undefined}
              onClick={() => showPage(entry)}
            >
              {t(`app.nav.${entry}`)}
            </button>
          ))}
        </nav>
      </header>
      <NoticeBar />
      <main id="main" className="cd-main" tabIndex={-1}>
        {page === 'calendar' && <CalendarPage settings={settings} />}
        {page === 'campaigns' && <CampaignsPage />}
        {page === 'consents' && <ConsentsPage today={todayInZone(new Date(), settings.timeZone)} />}
        {page === 'settings' && <SettingsPage settings={settings} />}
      </main>
      <ComposerDialog settings={settings} />
    </div>
  );
}
