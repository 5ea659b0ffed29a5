/**
 * The Datenschutz page for the data-protection officer: what is stored where, what leaves the device (nothing but
 * files the person saves), the retention periods (admins edit them), "Jetzt anwenden", and the consent register.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredProfile } from '../../../shared/model/profile';
import type { Settings } from '../../../shared/model/settings';
import { toDataError } from '../../data/store/dataErrors';
import { applyRetention } from '../../data/workspace/retentionRepository';
import { useUiStore } from '../../state/uiStore';
import { RetentionForm } from './RetentionForm';
import './privacy.css';

export interface PrivacyPageProps {
  settings: Settings;
  profile: StoredProfile;
}

const DEVICE_ITEMS = ['posts', 'media', 'consents', 'profiles', 'keys', 'comments', 'audit'] as const;

type Message = { kind: 'alert' | 'status'; text: string };

export function PrivacyPage({ settings, profile }: PrivacyPageProps) {
  const { t } = useTranslation();
  const showPage = useUiStore((state) => state.showPage);
  const [running, setRunning] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const isAdmin = profile.roles.includes('admin');

  const apply = async () => {
    setRunning(true);
    setMessage(null);
    try {
      const counts = await applyRetention(profile.id, new Date());
      const nothing = counts.posts + counts.comments + counts.audit === 0;
      setMessage({
        kind: 'status',
        text: nothing ? t('privacyUi.apply.nothing') : t('privacyUi.apply.done', { ...counts }),
      });
    } catch (error) {
      setMessage({ kind: 'alert', text: t(toDataError(error).messageKey) });
    } finally {
      setRunning(false);
    }
  };

  return (
    <div className="cd-privacy">
      <h1>{t('privacyUi.heading')}</h1>
      <p className="cd-hint">{t('privacyUi.intro')}</p>

      <section className="cd-panel" aria-labelledby="cd-privacy-stored">
        <h2 id="cd-privacy-stored">{t('privacyUi.stored.heading')}</h2>
        <p>{t('privacyUi.stored.intro')}</p>
        <div className="cd-privacy-scroll">
          <table className="cd-table cd-privacy-table" aria-labelledby="cd-privacy-stored">
            <thead>
              <tr>
                <th scope="col">{t('privacyUi.stored.columns.what')}</th>
                <th scope="col">{t('privacyUi.stored.columns.where')}</th>
                <th scope="col">{t('privacyUi.stored.columns.contents')}</th>
              </tr>
            </thead>
            <tbody>
              {DEVICE_ITEMS.map((item) => (
                <tr key={item}>
                  <th scope="row">{t(`privacyUi.stored.items.${item}.what`)}</th>
                  <td>{t('privacyUi.stored.deviceStore')}</td>
                  <td>{t(`privacyUi.stored.items.${item}.contents`)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t('privacyUi.stored.items.backups.what')}</th>
                <td>{t('privacyUi.stored.items.backups.where')}</td>
                <td>{t('privacyUi.stored.items.backups.contents')}</td>
              </tr>
            </tbody>
          </table>
        </div>
        <p>{t('privacyUi.stored.network')}</p>
      </section>

      <section className="cd-panel" aria-labelledby="cd-privacy-retention">
        <h2 id="cd-privacy-retention">{t('privacyUi.retention.heading')}</h2>
        <p className="cd-hint">{t('privacyUi.retention.intro')}</p>
        <RetentionForm retention={settings.retention} canEdit={isAdmin} actorId={profile.id} />
      </section>

      <section className="cd-panel" aria-labelledby="cd-privacy-apply">
        <h2 id="cd-privacy-apply">{t('privacyUi.apply.heading')}</h2>
        <p className="cd-hint">{t('privacyUi.apply.intro')}</p>
        <button type="button" disabled={running} onClick={() => void apply()}>
          {running ? t('privacyUi.apply.running') : t('privacyUi.apply.button')}
        </button>
        <div aria-live="polite">
          {message && (
            <p role={message.kind} className={message.kind === 'alert' ? 'cd-form-error' : 'cd-privacy-done'}>
              {message.text}
            </p>
          )}
        </div>
      </section>

      <section className="cd-panel" aria-labelledby="cd-privacy-consents">
        <h2 id="cd-privacy-consents">{t('privacyUi.consents.heading')}</h2>
        <p className="cd-hint">{t('privacyUi.consents.intro')}</p>
        <button type="button" className="cd-link-button" onClick={() => showPage('consents')}>
          {t('privacyUi.consents.open')}
        </button>
      </section>
    </div>
  );
}
