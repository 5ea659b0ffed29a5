/** Test helpers of the review feature: its views rendered in de-DE for a profile, with the desk's settings. */
import { I18nextProvider } from 'react-i18next';
import { render, screen } from '@testing-library/react';
import type { StoredProfile } from '../../../shared/model/profile';
import { loadSettings } from '../../data/settings/settingsRepository';
import { createI18n } from '../../i18n/i18n';
import { useUiStore } from '../../state/uiStore';
import { ReviewDialog } from './ReviewDialog';
import { ReviewQueuePage } from './ReviewQueuePage';
import { TEST_ZONE } from './reviewTestSetup';

/** The review queue as `profile` sees it. */
export async function renderQueueAs(profile: StoredProfile) {
  const settings = await loadSettings();
  return render(
    <I18nextProvider i18n={createI18n('de-DE')}>
      <ReviewQueuePage settings={{ ...settings, timeZone: TEST_ZONE }} profile={profile} />
    </I18nextProvider>,
  );
}

/** Opens the review of post `postId` as `profile`; resolves to the dialog once it is shown. */
export async function openReviewAs(profile: StoredProfile, postId: string): Promise<HTMLElement> {
  const settings = await loadSettings();
  useUiStore.getState().openReview(postId);
  render(
    <I18nextProvider i18n={createI18n('de-DE')}>
      <ReviewDialog settings={{ ...settings, timeZone: TEST_ZONE }} profile={profile} />
    </I18nextProvider>,
  );
  return screen.findByRole('dialog', { name: /Freigabe: / });
}
