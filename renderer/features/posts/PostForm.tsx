/** The fields of a post. Errors (i18n keys) are shown beside their field and linked with aria-describedby. */
import { useId, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, CHANNEL_BADGES } from '../../../shared/model/channels';
import type { PostFormErrors, PostFormField, PostFormInput } from '../../../shared/model/postInput';

interface PostFormProps {
  value: PostFormInput;
  errors: PostFormErrors;
  timeZone: string;
  titleRef: RefObject<HTMLInputElement | null>;
  dateRef: RefObject<HTMLInputElement | null>;
  onChange: (value: PostFormInput) => void;
}

export function PostForm({ value, errors, timeZone, titleRef, dateRef, onChange }: PostFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const set = <K extends PostFormField>(field: K, fieldValue: PostFormInput[K]) =>
    onChange({ ...value, [field]: fieldValue });
  const errorId = (field: PostFormField) => `${id}-${field}-error`;
  const describedBy = (field: PostFormField, hintId?: string) =>
    [errors[field] ? errorId(field) : null, hintId].filter(Boolean).join(' ') || undefined;
  const fieldError = (field: PostFormField): ReactNode =>
    errors[field] ? (
      <p id={errorId(field)} className="cd-field-error">
        {/* The keys come from shared validation and are all present in the message catalogue. */}
        {t(errors[field] as 'post.errors.summary')}
      </p>
    ) : null;

  return (
    <>
      <div className="cd-field">
        <label htmlFor={`${id}-title`}>{t('post.fields.title')}</label>
        <input
          id={`${id}-title`}
          ref={titleRef}
          value={value.title}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={describedBy('title')}
          onChange={(event) => set('title', event.target.value)}
        />
        {fieldError('title')}
      </div>
      <fieldset className="cd-field" aria-describedby={describedBy('channels')}>
        <legend>{t('post.fields.networks')}</legend>
        <div className="cd-channel-choices">
          {CHANNELS.map((channel) => (
            <label key={channel} className="cd-check">
              <input
                type="checkbox"
                checked={value.channels.includes(channel)}
                onChange={(event) =>
                  set(
                    'channels',
                    event.target.checked
                      ? [...value.channels, channel]
                      : value.channels.filter((entry) => entry !== channel),
                  )
                }
              />
              <span className={`cd-badge cd-badge-${channel}`} aria-hidden="true">
                {CHANNEL_BADGES[channel]}
              </span>
              {t(`networks.${channel}`)}
            </label>
          ))}
        </div>
        {fieldError('channels')}
      </fieldset>
      <div className="cd-field-row">
        <div className="cd-field">
          <label htmlFor={`${id}-date`}>{t('post.fields.date')}</label>
          <input
            id={`${id}-date`}
            ref={dateRef}
            type="date"
            value={value.date}
            aria-invalid={errors.date ? true : undefined}
            aria-describedby={describedBy('date', `${id}-date-hint`)}
            onChange={(event) => set('date', event.target.value)}
          />
          {fieldError('date')}
        </div>
        <div className="cd-field">
          <label htmlFor={`${id}-time`}>{t('post.fields.time')}</label>
          <input
            id={`${id}-time`}
            type="time"
            value={value.time}
            aria-invalid={errors.time ? true : undefined}
            aria-describedby={describedBy('time')}
            onChange={(event) => set('time', event.target.value)}
          />
          {fieldError('time')}
        </div>
      </div>
      <p id={`${id}-date-hint`} className="cd-hint">
        {t('post.dateHint', { timeZone })}
      </p>
      <div className="cd-field">
        <label htmlFor={`${id}-text`}>{t('post.fields.text')}</label>
        <textarea
          id={`${id}-text`}
          rows={8}
          value={value.text}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={describedBy('text')}
          onChange={(event) => set('text', event.target.value)}
        />
        {fieldError('text')}
      </div>
    </>
  );
}
