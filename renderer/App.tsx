import { useEffect, useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { Settings } from '../shared/model/settings';
import type { StoredProfile } from '../shared/model/profile';
import { useSettings } from './data/store/liveQueries';
import { useProfiles } from './data/workflow/workflowQueries';
import { createI18n } from './i18n/i18n';
import { useUiStore } from './state/uiStore';
import { useStartData } from './app/startData';
import { CalendarPage } from './features/calendar/CalendarPage';
// Everything but the calendar loads on first use (initial JavaScript budget, BENCHMARKS.md).
import {
  AuditPage,
  CampaignsPage,
  ComposerDialog,
  ConsentsPage,
  ExportPage,
  Loading,
  PrivacyPage,
  ReviewDialog,
  ReviewQueuePage,
  SettingsPage,
  SetupScreen,
  TrustPage,
} from './lazyParts';
import { ProfileGate } from './features/profiles/ProfileGate';
import { ProfileMenu } from './features/profiles/ProfileMenu';
import { CrisisBanner } from './features/crisis/CrisisBanner';
import { CrisisControl } from './features/crisis/CrisisControl';
import { RemindersButton } from './features/reminders/RemindersButton';
import { useExpiryTimer } from './features/review/useExpiryTimer';
import { useRetentionAtStart } from './features/privacy/useRetentionAtStart';
import { useOpenedFileRouting } from './features/review/openedFiles';
import type { Page } from './state/uiStore';
import { todayInZone } from '../shared/time/zoned';
import { NoticeBar } from './ui/NoticeBar';
import { useSetupFlow } from './features/trust/setupFlow';
import { RootNotice } from './features/trust/RootNotice';
import { hasRole } from '../shared/workflow/roles';
import iconUrl from '../assets/icon.svg';

const PAGES: readonly Page[] = [
  'calendar',
  'review',
  'campaigns',
  'consents',
  'export',
  'audit',
  'settings',
  'privacy',
  'trust',
];

/** Pages only admins see (the repositories refuse the others too). */
const ADMIN_PAGES: readonly Page[] = ['trust'];

export function App() {
  // Until the live queries deliver, the rows read at start-up (app/startData.ts) draw the desk.
  const start = useStartData();
  const settings = useSettings() ?? start?.settings;
  const profiles = useProfiles() ?? start?.profiles;
  const locale = settings?.locale ?? 'de-DE';
  const i18n = useMemo(() => createI18n(locale), [locale]);
  const currentId = useUiStore((state) => state.currentUser.id);
  const unlocked = useUiStore((state) => state.unlocked);
  // The set-up's last step (the organisation key's fingerprint) stays on screen after the first profile exists.
  const setupFinishing = useSetupFlow((state) => state.finishing);
  const current = profiles?.find((profile) => profile.id === currentId);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  let content;
  if (!settings || !profiles) content = <p className="cd-loading">{i18n.t('app.loading')}</p>;
  else if (profiles.length === 0 || setupFinishing)
    content = (
      <Loading>
        <SetupScreen />
      </Loading>
    );
  // A profile with a PIN remembered from an earlier session asks for its PIN again (ProfileGate preselects it).
  else if (!current || (current.pin !== null && !unlocked)) content = <ProfileGate profiles={profiles} />;
  else content = <Desk settings={settings} profiles={profiles} profile={current} />;
  return <I18nextProvider i18n={i18n}>{content}</I18nextProvider>;
}

interface DeskProps {
  settings: Settings;
  profiles: StoredProfile[];
  profile: StoredProfile;
}

function Desk({ settings, profiles, profile }: DeskProps) {
  const { t } = useTranslation();
  const page = useUiStore((state) => state.page);
  const showPage = useUiStore((state) => state.showPage);
  useExpiryTimer();
  useRetentionAtStart();
  useOpenedFileRouting();

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
          {PAGES.filter((entry) => !ADMIN_PAGES.includes(entry) || hasRole(profile, 'admin')).map((entry) => (
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
        <div className="cd-header-tools">
          <RemindersButton settings={settings} profile={profile} />
          <CrisisControl settings={settings} profile={profile} />
          <ProfileMenu profiles={profiles} profile={profile} />
        </div>
      </header>
      <CrisisBanner settings={settings} profile={profile} />
      <RootNotice profile={profile} onOpen={() => showPage('trust')} />
      <NoticeBar />
      <main id="main" className="cd-main" tabIndex={-1}>
        <Loading>
          {page === 'calendar' && <CalendarPage settings={settings} />}
          {page === 'review' && <ReviewQueuePage settings={settings} profile={profile} />}
          {page === 'campaigns' && <CampaignsPage />}
          {page === 'consents' && (
            <ConsentsPage
              today={todayInZone(new Date(), settings.timeZone)}
              country={settings.region.country}
            />
          )}
          {page === 'export' && <ExportPage settings={settings} profile={profile} />}
          {page === 'audit' && <AuditPage settings={settings} />}
          {page === 'settings' && <SettingsPage settings={settings} />}
          {page === 'privacy' && <PrivacyPage settings={settings} profile={profile} />}
          {page === 'trust' && <TrustPage settings={settings} profile={profile} />}
        </Loading>
      </main>
      <ComposerDialog settings={settings} />
      <ReviewDialog settings={settings} profile={profile} />
    </div>
  );
}
