/**
 * Crisis mode across the app, when it is on: a persistent band with the reason, since when, by whom and how many
 * posts are on hold (announced once as an alert when it switches on); approvers and admins can end it. The control
 * that switches it on, and reaches held posts while it is off, is `CrisisControl` in the header.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredProfile } from '../../../shared/model/profile';
import type { Settings } from '../../../shared/model/settings';
import { hasRole } from '../../../shared/workflow/roles';
import { switchCrisisOff } from '../../data/workflow/crisisState';
import { toDataError } from '../../data/store/dataErrors';
import { useCrisisState, useHeldPosts, useProfiles } from '../../data/workflow/workflowQueries';
import { translateKey } from '../../i18n/messageKey';
import { useUiStore } from '../../state/uiStore';
import { HeldPostsDialog } from './HeldPostsDialog';
import { formatInstant } from './formatInstant';
import './crisis.css';

export function CrisisBanner({ settings, profile }: { settings: Settings; profile: StoredProfile }) {
  const { t } = useTranslation();
  const notify = useUiStore((state) => state.notify);
  const crisis = useCrisisState();
  const held = useHeldPosts();
  const profiles = useProfiles();
  const [dialog, setDialog] = useState<'none' | 'held'>('none');
  const [announcement, setAnnouncement] = useState('');
  const [seenActive, setSeenActive] = useState<boolean | null>(null);
  const mayToggle = hasRole(profile, 'approver') || hasRole(profile, 'admin');
  const active = crisis?.active === true;

  // Announce once, when crisis mode switches on while the desk is open (not when it was already on at start).
  if (crisis !== undefined && active !== seenActive) {
    setSeenActive(active);
    setAnnouncement(active && seenActive === false ? t('crisisUi.switchedOn') : '');
  }

  const turnOff = async () => {
    try {
      const result = await switchCrisisOff({ actorId: profile.id, now: new Date() });
      if (!result.ok) {
        notify({ kind: 'error', text: translateKey(t, result.reason) });
        return;
      }
      notify({ kind: 'info', text: t('crisisUi.offDone', { count: result.held }) });
      if (result.held > 0) setDialog('held');
    } catch (error) {
      notify({ kind: 'error', text: t(toDataError(error).messageKey) });
    }
  };

  const heldButton = held.length > 0 && (
    <button type="button" onClick={() => setDialog('held')}>
      {t('crisisUi.heldButton', { count: held.length })}
    </button>
  );

  let body = null;
  if (crisis?.active) {
    const by =
      profiles?.find((entry) => entry.id === crisis.byProfileId)?.name ?? t('crisisUi.unknownProfile');
    body = (
      <section className="cd-crisis-banner" aria-label={t('crisisUi.region')}>
        <span className="cd-crisis-icon" aria-hidden="true">
          ⚠
        </span>
        <p>
          <strong>{t('crisisUi.region')}: </strong>
          {t('crisis.banner', {
            since: formatInstant(crisis.since, settings.timeZone, settings.locale),
            reason: crisis.reason,
            days: crisis.windowDays,
          })}{' '}
          {t('crisisUi.by', { name: by })} {t('crisisUi.heldCount', { count: held.length })}
        </p>
        <div className="cd-crisis-actions">
          {heldButton}
          {mayToggle && (
            <button type="button" className="cd-danger" onClick={() => void turnOff()}>
              {t('crisisUi.turnOff')}
            </button>
          )}
        </div>
      </section>
    );
  }

  return (
    <>
      <div role="alert" className="cd-visually-hidden">
        {announcement}
      </div>
      {body}
      {dialog === 'held' && (
        <HeldPostsDialog
          settings={settings}
          actorId={profile.id}
          posts={held}
          onClose={() => setDialog('none')}
        />
      )}
    </>
  );
}
