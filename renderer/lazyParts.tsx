/**
 * The parts of the desk the first screen (the calendar) does not need, loaded on first use as separate chunks
 * (same-origin dynamic imports: fine under the CSP and under Electron's app:// scheme, whose chunk URLs are
 * relative). Keeps the initial JavaScript small; see BENCHMARKS.md.
 */
import { lazy, Suspense, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../shared/model/settings';
import type { StoredProfile } from '../shared/model/profile';
import { useUiStore } from './state/uiStore';

/** `React.lazy` for a module's named export. */
function lazyNamed<Name extends string, Props extends object>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
): LazyExoticComponent<ComponentType<Props>> {
  return lazy(async () => {
    const component: ComponentType<Props> = (await load())[name];
    return { default: component };
  });
}

export const ReviewQueuePage = lazyNamed(
  () => import('./features/review/ReviewQueuePage'),
  'ReviewQueuePage',
);
export const CampaignsPage = lazyNamed(() => import('./features/campaigns/CampaignsPage'), 'CampaignsPage');
export const ConsentsPage = lazyNamed(() => import('./features/consents/ConsentsPage'), 'ConsentsPage');
export const ExportPage = lazyNamed(() => import('./features/export/ExportPage'), 'ExportPage');
export const AuditPage = lazyNamed(() => import('./features/audit/AuditPage'), 'AuditPage');
export const SettingsPage = lazyNamed(() => import('./features/settings/SettingsPage'), 'SettingsPage');
export const PrivacyPage = lazyNamed(() => import('./features/privacy/PrivacyPage'), 'PrivacyPage');
export const TrustPage = lazyNamed(() => import('./features/trust/TrustPage'), 'TrustPage');
export const SetupScreen = lazyNamed(() => import('./features/profiles/SetupScreen'), 'SetupScreen');

const LazyComposerDialog = lazyNamed(() => import('./features/composer/ComposerDialog'), 'ComposerDialog');
const LazyReviewDialog = lazyNamed(() => import('./features/review/ReviewDialog'), 'ReviewDialog');

/** A loading line while a lazy part arrives (announced politely to screen readers). */
export function Loading({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <p className="cd-loading" role="status">
          {t('app.loading')}
        </p>
      }
    >
      {children}
    </Suspense>
  );
}

/** The composer's code loads when it is first opened. */
export function ComposerDialog({ settings }: { settings: Settings }) {
  const open = useUiStore((state) => state.editor.mode !== 'closed');
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <LazyComposerDialog settings={settings} />
    </Suspense>
  );
}

/** The review dialog's code loads when a review is first opened. */
export function ReviewDialog({ settings, profile }: { settings: Settings; profile: StoredProfile }) {
  const open = useUiStore((state) => state.reviewPostId !== null);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <LazyReviewDialog settings={settings} profile={profile} />
    </Suspense>
  );
}
