/**
 * The consents linked to one medium, each with its standing on the publishing day (today for unscheduled posts),
 * a way to link one more from the register, and what stands in the way of publishing.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { consentStatus, mediaConsentProblems } from '../../../shared/media/consent';
import type { Consent, MediaMeta } from '../../../shared/model/media';
import { useUiStore } from '../../state/uiStore';
import { ConsentDialog } from '../consents/ConsentDialog';
import { formatPlainDate, withReadableDates } from './formatPlainDate';

interface ConsentPickerProps {
  meta: MediaMeta;
  /** The register; `undefined` while loading. */
  consents: Consent[] | undefined;
  /** The day the statuses are for, `YYYY-MM-DD`. */
  day: string;
  /** `day` is the post's publishing day (else today: the post has no date yet). */
  dayIsPublishDate: boolean;
  onChange: (consentIds: string[]) => void;
}

export function ConsentPicker({ meta, consents, day, dayIsPublishDate, onChange }: ConsentPickerProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [choice, setChoice] = useState('');
  const [recording, setRecording] = useState(false);
  const notify = useUiStore((state) => state.notify);
  const register = consents ?? [];
  const byId = new Map(register.map((consent) => [consent.id, consent]));
  const available = register.filter((consent) => !meta.consentIds.includes(consent.id));
  const problems = consents ? mediaConsentProblems(meta, register, day) : [];
  const status = (consent: Consent) => t(`media.consent.status.${consentStatus(consent, day)}`);
  const date = formatPlainDate(day, i18n.language);

  const link = () => {
    if (choice === '') return;
    onChange([...meta.consentIds, choice]);
    setChoice('');
  };

  return (
    <fieldset className="cd-media-consents">
      <legend>{t('mediaUi.consents')}</legend>
      <p className="cd-hint">
        {dayIsPublishDate ? t('mediaUi.statusOnPublishDate', { date }) : t('mediaUi.statusToday', { date })}
      </p>
      {meta.consentIds.length > 0 && (
        <ul className="cd-media-linked">
          {meta.consentIds.map((consentId) => {
            const consent = byId.get(consentId);
            const person = consent?.person ?? t('mediaUi.unknownConsent');
            return (
              <li key={consentId}>
                <span>
                  {consent
                    ? t('mediaUi.linkedConsent', {
                        person,
                        purpose: consent.purpose,
                        status: status(consent),
                      })
                    : person}
                </span>
                <button
                  type="button"
                  className="cd-link-button"
                  aria-label={t('mediaUi.unlinkLabel', { person, fileName: meta.fileName })}
                  onClick={() => onChange(meta.consentIds.filter((entry) => entry !== consentId))}
                >
                  {t('mediaUi.unlink')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {consents && register.length === 0 && <p className="cd-hint">{t('mediaUi.noConsents')}</p>}
      {available.length > 0 && (
        <div className="cd-media-link-row">
          <div className="cd-field">
            <label htmlFor={`${id}-consent`}>{t('mediaUi.linkConsent')}</label>
            <select id={`${id}-consent`} value={choice} onChange={(event) => setChoice(event.target.value)}>
              <option value="">{t('mediaUi.chooseConsent')}</option>
              {available.map((consent) => (
                <option key={consent.id} value={consent.id}>
                  {t('mediaUi.consentOption', {
                    person: consent.person,
                    purpose: consent.purpose,
                    status: status(consent),
                  })}
                </option>
              ))}
            </select>
          </div>
          <button type="button" onClick={link} disabled={choice === ''}>
            {t('mediaUi.linkButton')}
          </button>
        </div>
      )}
      <p>
        <button type="button" aria-haspopup="dialog" onClick={() => setRecording(true)}>
          {t('consentsUi.recordNew')}
        </button>
      </p>
      {recording && (
        <ConsentDialog
          onClose={() => setRecording(false)}
          onSaved={(consent) => {
            setRecording(false);
            onChange([...meta.consentIds, consent.id]);
            notify({
              kind: 'info',
              text: t('consentsUi.recordedAndLinked', { person: consent.person, fileName: meta.fileName }),
            });
          }}
        />
      )}
      {problems.length > 0 && (
        <ul className="cd-media-warnings" aria-label={t('mediaUi.warnings', { fileName: meta.fileName })}>
          {problems.map((problem) => (
            <li key={`${problem.code}-${problem.consentId ?? ''}`}>
              {t(problem.messageKey, withReadableDates(problem.params, i18n.language))}
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
