/**
 * A desk upgraded from before the trust root (schema 5) has no organisation key: no approval counts until an admin
 * creates it. Admins see the notice with the button; everyone else is told to ask an admin.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredProfile } from '../../../shared/model/profile';
import { hasRole } from '../../../shared/workflow/roles';
import { createOrganisationRoot } from '../../data/trust/trustRepository';
import { useRootInfo } from '../../data/trust/trustQueries';
import { toDataError } from '../../data/store/dataErrors';
import { translateKey } from '../../i18n/messageKey';
import { useSetupFlow } from './setupFlow';
import './trust.css';

export function CreateRootButton({
  profileId,
  onResult,
}: {
  profileId: string;
  onResult: (result: { ok: boolean; text: string }) => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const create = async () => {
    setBusy(true);
    try {
      const result = await createOrganisationRoot({ actorId: profileId, now: new Date() });
      onResult(
        result.ok
          ? { ok: true, text: t('trustUi.noRoot.created') }
          : { ok: false, text: translateKey(t, result.reason) },
      );
    } catch (error) {
      onResult({ ok: false, text: t(toDataError(error).messageKey) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      className="cd-primary"
      disabled={busy}
      aria-busy={busy}
      onClick={() => void create()}
    >
      {t('trustUi.noRoot.create')}
    </button>
  );
}

/** Shown above the desk's pages while the organisation has no root. */
export function RootNotice({ profile, onOpen }: { profile: StoredProfile; onOpen: () => void }) {
  const { t } = useTranslation();
  const root = useRootInfo();
  const finishing = useSetupFlow((state) => state.finishing);
  if (root !== null || finishing) return null;
  const admin = hasRole(profile, 'admin');
  return (
    <div className="cd-panel cd-root-notice" role="region" aria-label={t('trustUi.heading')}>
      <p>{admin ? t('trustUi.noRoot.admin') : t('trustUi.noRoot.other')}</p>
      {admin && (
        <button type="button" onClick={onOpen}>
          {t('trustUi.noRoot.open')}
        </button>
      )}
    </div>
  );
}
