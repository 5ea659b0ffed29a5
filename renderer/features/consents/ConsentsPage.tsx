/**
 * The consent register (Einwilligungen): every documented consent with its standing today and the media that link
 * it, a form to add or edit one, and a withdrawal with today's date in one step.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { consentStatus } from '../../../shared/media/consent';
import type { Consent } from '../../../shared/model/media';
import type { Country } from '../../../shared/model/settings';
import { useConsentMediaCounts, useConsents } from '../../data/media/consentQueries';
import { deleteConsent, withdrawConsent } from '../../data/media/consentsRepository';
import { toDataError } from '../../data/store/dataErrors';
import { useUiStore } from '../../state/uiStore';
import { formatPlainDate } from '../media/formatPlainDate';
import { ConsentForm } from './ConsentForm';
import './consents.css';

export interface ConsentsPageProps {
  /** Today in the organisation's zone, `YYYY-MM-DD`: for the status column and for withdrawals. */
  today: string;
  /** The organisation's country (settings.region.country): the intro names its law. */
  country: Country;
}

type Message = { kind: 'alert' | 'status'; text: string };

/** The intro's country: an unknown value (say, from an old or foreign file) keeps the German sources. */
function introCountry(country: Country): Country {
  return country === 'CH' || country === 'AT' ? country : 'DE';
}

export function ConsentsPage({ today, country }: ConsentsPageProps) {
  const { t, i18n } = useTranslation();
  const consents = useConsents();
  const counts = useConsentMediaCounts();
  const [editing, setEditing] = useState<Consent | null>(null);
  // A new form after each save of a new consent, so it starts empty again.
  const [formRound, setFormRound] = useState(0);
  const [message, setMessage] = useState<Message | null>(null);
  const actorId = useUiStore((state) => state.currentUser.id);
  const day = (date: string) => formatPlainDate(date, i18n.language);

  const run = async (action: () => Promise<Message | null>) => {
    setMessage(null);
    try {
      setMessage(await action());
    } catch (error) {
      setMessage({ kind: 'alert', text: t(toDataError(error).messageKey) });
    }
  };

  const withdraw = (consent: Consent) =>
    run(async () => {
      const result = await withdrawConsent(consent.id, today, actorId);
      if (!result.ok) return { kind: 'alert', text: t(result.messageKey) };
      if (editing?.id === consent.id) setEditing(null);
      return {
        kind: 'status',
        text: [
          t('consentsUi.withdrawn', { person: consent.person, date: day(today) }),
          ...(result.changedPostIds.length > 0
            ? [t('consentsUi.postsChanged', { count: result.changedPostIds.length })]
            : []),
        ].join(' '),
      };
    });

  const remove = (consent: Consent) =>
    run(async () => {
      if (!window.confirm(t('consentsUi.confirmDelete', { person: consent.person }))) return null;
      const result = await deleteConsent(consent.id);
      if (!result.ok) {
        return {
          kind: 'alert',
          text: t('consentsUi.deleteRefused', { person: consent.person, count: result.linkedMedia }),
        };
      }
      if (editing?.id === consent.id) setEditing(null);
      return { kind: 'status', text: t('consentsUi.deleted', { person: consent.person }) };
    });

  const saved = (consent: Consent) => {
    setEditing(null);
    setFormRound((round) => round + 1);
    setMessage({ kind: 'status', text: t('consentsUi.saved', { person: consent.person }) });
  };

  return (
    <div className="cd-consents">
      <h1>{t('consentsUi.heading')}</h1>
      <p className="cd-hint">{t(`consentsUi.intro.${introCountry(country)}`)}</p>
      {message && (
        <p role={message.kind} className={message.kind === 'alert' ? 'cd-form-error' : 'cd-consents-done'}>
          {message.text}
        </p>
      )}
      <section className="cd-panel" aria-labelledby="cd-consents-register">
        <h2 id="cd-consents-register">{t('consentsUi.register')}</h2>
        {consents === undefined && <p>{t('consentsUi.loading')}</p>}
        {consents?.length === 0 && <p>{t('consentsUi.empty')}</p>}
        {consents && consents.length > 0 && (
          <div className="cd-consents-scroll">
            <table className="cd-consents-table" aria-labelledby="cd-consents-register">
              <thead>
                <tr>
                  <th scope="col">{t('consentsUi.columns.person')}</th>
                  <th scope="col">{t('consentsUi.columns.purpose')}</th>
                  <th scope="col">{t('consentsUi.columns.givenOn')}</th>
                  <th scope="col">{t('consentsUi.columns.validUntil')}</th>
                  <th scope="col">{t('consentsUi.columns.withdrawnOn')}</th>
                  <th scope="col">{t('consentsUi.columns.status')}</th>
                  <th scope="col">{t('consentsUi.columns.media')}</th>
                  <th scope="col">{t('consentsUi.columns.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {consents.map((consent) => {
                  const status = consentStatus(consent, today);
                  return (
                    <tr key={consent.id} aria-current={editing?.id === consent.id ? 'true' : undefined}>
                      <th scope="row">{consent.person}</th>
                      <td className="cd-consents-purpose">{consent.purpose}</td>
                      <td>{day(consent.givenOn)}</td>
                      <td>{consent.validUntil ? day(consent.validUntil) : t('consentsUi.noEnd')}</td>
                      <td>{consent.withdrawnOn ? day(consent.withdrawnOn) : t('consentsUi.notWithdrawn')}</td>
                      <td>
                        <span className={`cd-consent-status cd-consent-status-${status}`}>
                          {t(`media.consent.status.${status}`)}
                        </span>
                      </td>
                      <td className="cd-consents-count">{counts?.[consent.id] ?? 0}</td>
                      <td>
                        <div className="cd-consents-actions">
                          <button
                            type="button"
                            aria-label={t('consentsUi.editLabel', { person: consent.person })}
                            onClick={() => setEditing(consent)}
                          >
                            {t('consentsUi.edit')}
                          </button>
                          {consent.withdrawnOn === null && (
                            <button
                              type="button"
                              aria-label={t('consentsUi.withdrawLabel', { person: consent.person })}
                              onClick={() => void withdraw(consent)}
                            >
                              {t('consentsUi.withdraw')}
                            </button>
                          )}
                          <button
                            type="button"
                            className="cd-consents-delete"
                            aria-label={t('consentsUi.deleteLabel', { person: consent.person })}
                            onClick={() => void remove(consent)}
                          >
                            {t('consentsUi.delete')}
                          </button>
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <ConsentForm
        key={editing ? `edit-${editing.id}` : `new-${formRound}`}
        consent={editing}
        onSaved={saved}
        onCancel={() => setEditing(null)}
      />
    </div>
  );
}
