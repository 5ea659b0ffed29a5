/**
 * "Organisation und Schlüssel" (admins only): the model in a few sentences, the organisation key's fingerprint,
 * every profile with its roles, key, certified since and state; certifying a key or role change, revoking a key
 * from a time with a reason, exporting the roster for `civic-desk verify --keys`. The repository refuses
 * non-admins too (trustRepository.ts).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/model/settings';
import type { StoredProfile } from '../../../shared/model/profile';
import { rosterProblemMessage } from '../../../shared/trust/messages';
import { hasRole } from '../../../shared/workflow/roles';
import { getPlatform } from '../../platform/platform';
import { certifyProfile, rosterFileText } from '../../data/trust/trustRepository';
import { useRootInfo, useVerifiedRoster } from '../../data/trust/trustQueries';
import { useProfiles } from '../../data/workflow/workflowQueries';
import { toDataError } from '../../data/store/dataErrors';
import { translateKey } from '../../i18n/messageKey';
import { saveFailureText } from '../../ui/saveFailure';
import { roleList } from '../profiles/roleLabels';
import { FingerprintPanel } from './FingerprintPanel';
import { RevokeForm } from './RevokeForm';
import { CreateRootButton } from './RootNotice';
import { rosterRows, type RosterRow } from './rosterRows';
import { formatInstant } from '../crisis/formatInstant';
import './trust.css';

interface TrustPageProps {
  settings: Settings;
  profile: StoredProfile;
}

export function TrustPage({ settings, profile }: TrustPageProps) {
  const { t } = useTranslation();
  if (!hasRole(profile, 'admin')) {
    return (
      <section className="cd-trust-page" aria-labelledby="trust-heading">
        <h1 id="trust-heading">{t('trustUi.heading')}</h1>
        <p role="alert">{t('trustUi.errors.adminOnly')}</p>
      </section>
    );
  }
  return <AdminTrustPage settings={settings} profile={profile} />;
}

function AdminTrustPage({ settings, profile }: TrustPageProps) {
  const { t } = useTranslation();
  const root = useRootInfo();
  const roster = useVerifiedRoster();
  const profiles = useProfiles();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [revoking, setRevoking] = useState<string | null>(null);
  const now = new Date().toISOString();
  const rows = profiles === undefined || roster === undefined ? undefined : rosterRows(profiles, roster, now);

  const certify = async (row: RosterRow) => {
    try {
      const result = await certifyProfile(row.profile.id, { actorId: profile.id, now: new Date() });
      setStatus(
        result.ok
          ? { ok: true, text: t('trustUi.roster.certifiedDone', { name: row.profile.name }) }
          : { ok: false, text: translateKey(t, result.reason) },
      );
    } catch (error) {
      setStatus({ ok: false, text: t(toDataError(error).messageKey) });
    }
  };

  const exportRoster = async () => {
    try {
      const file = await rosterFileText({ actorId: profile.id, now: new Date() });
      if (!file.ok) {
        setStatus({ ok: false, text: translateKey(t, file.reason) });
        return;
      }
      const saved = await getPlatform().saveFile({
        suggestedName: file.fileName,
        bytes: new TextEncoder().encode(file.text),
        filters: [{ name: 'JSON', extensions: ['json'] }],
      });
      if (saved.status === 'saved')
        setStatus({ ok: true, text: t('trustUi.roster.exported', { fileName: saved.fileName }) });
      else if (saved.status === 'failed') setStatus({ ok: false, text: saveFailureText(t, saved) });
    } catch (error) {
      setStatus({ ok: false, text: t(toDataError(error).messageKey) });
    }
  };

  return (
    <section className="cd-trust-page" aria-labelledby="trust-heading">
      <h1 id="trust-heading">{t('trustUi.heading')}</h1>
      <p>{t('trustUi.intro')}</p>
      <div role="status" aria-live="polite">
        {status !== null && <p className={status.ok ? 'cd-sig-valid' : 'cd-sig-invalid'}>{status.text}</p>}
      </div>
      {root === null && (
        <div className="cd-panel">
          <p>{t('trustUi.noRoot.admin')}</p>
          <CreateRootButton profileId={profile.id} onResult={setStatus} />
        </div>
      )}
      {root && <FingerprintPanel root={root.publicKey} />}
      {root && rows !== undefined && (
        <section className="cd-panel" aria-labelledby="trust-roster-heading">
          <h2 id="trust-roster-heading">{t('trustUi.roster.heading')}</h2>
          <table className="cd-trust-table">
            <thead>
              <tr>
                <th scope="col">{t('trustUi.roster.name')}</th>
                <th scope="col">{t('trustUi.roster.roles')}</th>
                <th scope="col">{t('trustUi.roster.key')}</th>
                <th scope="col">{t('trustUi.roster.since')}</th>
                <th scope="col">{t('trustUi.roster.state')}</th>
                <th scope="col">{t('trustUi.roster.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.profile.id}>
                  <th scope="row">{row.profile.name}</th>
                  <td>{roleList(t, row.profile.roles)}</td>
                  <td className="cd-trust-key">
                    {row.profile.publicKey?.keyId ?? t('trustUi.roster.noKey')}
                  </td>
                  <td>
                    {row.since === null ? '' : formatInstant(row.since, settings.timeZone, settings.locale)}
                  </td>
                  <td>{t(`trustUi.roster.${row.state === 'none' ? 'notCertified' : row.state}`)}</td>
                  <td>
                    <div className="cd-trust-actions">
                      {row.state !== 'certified' && (
                        <button
                          type="button"
                          aria-label={t('trustUi.roster.certifyLabel', { name: row.profile.name })}
                          onClick={() => void certify(row)}
                        >
                          {t('trustUi.roster.certify')}
                        </button>
                      )}
                      {row.certifiedKeyId !== null && row.state !== 'revoked' && (
                        <button
                          type="button"
                          aria-label={t('trustUi.roster.revokeLabel', { name: row.profile.name })}
                          onClick={() => setRevoking(row.profile.id)}
                        >
                          {t('trustUi.roster.revoke')}
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows
            .filter((row) => row.profile.id === revoking && row.certifiedKeyId !== null)
            .map((row) => (
              <RevokeForm
                key={row.profile.id}
                profileId={row.profile.id}
                name={row.profile.name}
                keyId={row.certifiedKeyId ?? ''}
                actorId={profile.id}
                timeZone={settings.timeZone}
                onDone={(text) => {
                  setRevoking(null);
                  setStatus({ ok: true, text });
                }}
                onCancel={() => setRevoking(null)}
              />
            ))}
          {roster && roster.problems.length > 0 && (
            <>
              <p>{t('trustUi.roster.problems')}</p>
              <ul>
                {roster.problems.map((problem, index) => {
                  const message = rosterProblemMessage(problem);
                  return (
                    <li key={`${problem.code}-${index}`}>
                      {translateKey(t, message.messageKey, message.params)}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          <div className="cd-trust-actions">
            <button type="button" onClick={() => void exportRoster()}>
              {t('trustUi.roster.export')}
            </button>
            <span className="cd-hint">{t('trustUi.roster.exportHint')}</span>
          </div>
        </section>
      )}
      <section className="cd-panel" aria-labelledby="trust-model-heading">
        <h2 id="trust-model-heading">{t('trustUi.model.heading')}</h2>
        <p>{t('trustUi.model.root')}</p>
        <p>{t('trustUi.model.roster')}</p>
        <p>{t('trustUi.model.derived')}</p>
        <p>{t('trustUi.model.verify')}</p>
      </section>
    </section>
  );
}
