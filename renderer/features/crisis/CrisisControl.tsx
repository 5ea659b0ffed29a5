/**
 * Crisis mode's control in the header while it is off: approvers and admins switch it on ("Krisenmodus"), and
 * posts still held from the last crisis stay reachable until each is released. While it is on, `CrisisBanner`
 * takes over (it says why and ends it).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredProfile } from '../../../shared/model/profile';
import type { Settings } from '../../../shared/model/settings';
import { hasRole } from '../../../shared/workflow/roles';
import { useCrisisState, useHeldPosts } from '../../data/workflow/workflowQueries';
import { CrisisSwitchDialog } from './CrisisSwitchDialog';
import { HeldPostsDialog } from './HeldPostsDialog';
import './crisis.css';

export function CrisisControl({ settings, profile }: { settings: Settings; profile: StoredProfile }) {
  const { t } = useTranslation();
  const crisis = useCrisisState();
  const held = useHeldPosts();
  const [dialog, setDialog] = useState<'none' | 'switch' | 'held'>('none');
  const mayToggle = hasRole(profile, 'approver') || hasRole(profile, 'admin');
  const off = crisis !== undefined && !crisis.active;

  return (
    <>
      {off && (mayToggle || held.length > 0) && (
        <div className="cd-crisis-bar">
          {held.length > 0 && (
            <button type="button" onClick={() => setDialog('held')}>
              {t('crisisUi.heldButton', { count: held.length })}
            </button>
          )}
          {mayToggle && (
            <button type="button" onClick={() => setDialog('switch')}>
              {t('crisisUi.turnOn')}
            </button>
          )}
        </div>
      )}
      {dialog === 'switch' && (
        <CrisisSwitchDialog settings={settings} actorId={profile.id} onClose={() => setDialog('none')} />
      )}
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
