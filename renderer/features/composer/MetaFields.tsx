/**
 * The post's own fields: title, networks, date and time, campaign and category. Errors (i18n keys) are shown
 * beside their field and linked with aria-describedby.
 */
import { memo, useId, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, CHANNEL_BADGES, type Channel } from '../../../shared/model/channels';
import type { Campaign } from '../../../shared/model/campaign';
import type { PostFormErrors, PostFormField } from '../../../shared/model/postInput';
import type { ComposerDraft } from '../../../shared/model/composerDraft';

interface MetaFieldsProps {
  value: ComposerDraft;
  errors: PostFormErrors;
  timeZone: string;
  campaigns: Campaign[];
  titleRef: RefObject<HTMLInputElement | null>;
  dateRef: RefObject<HTMLInputElement | null>;
  onField: <K extends 'title' | 'date' | 'time' | 'campaignId' | 'category'>(
    field: K,
    value: ComposerDraft[K],
  ) => void;
  onChannels: (channels: Channel[]) => void;
}

/** Only these parts of the draft are shown here: typing a post's text does not re-render the fields. */
function sameFields(before: MetaFieldsProps, after: MetaFieldsProps): boolean {
  const a = before.value;
  const b = after.value;
  return (
    a.title === b.title &&
    a.date === b.date &&
    a.time === b.time &&
    a.campaignId === b.campaignId &&
    a.category === b.category &&
    a.content.channels === b.content.channels &&
    before.errors === after.errors &&
    before.timeZone === after.timeZone &&
    before.campaigns === after.campaigns &&
    before.titleRef === after.titleRef &&
    before.dateRef === after.dateRef &&
    before.onField === after.onField &&
    before.onChannels === after.onChannels
  );
}

export const MetaFields = memo(MetaFieldsView, sameFields);

function MetaFieldsView({
  value,
  errors,
  timeZone,
  campaigns,
  titleRef,
  dateRef,
  onField,
  onChannels,
}: MetaFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const channels = value.content.channels;
  const campaign = campaigns.find((entry) => entry.id === value.campaignId);
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
          onChange={(event) => onField('title', event.target.value)}
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
                checked={channels.includes(channel)}
                onChange={(event) =>
                  onChannels(
                    event.target.checked
                      ? [...channels, channel]
                      : channels.filter((entry) => entry !== channel),
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
            onChange={(event) => onField('date', event.target.value)}
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
            onChange={(event) => onField('time', event.target.value)}
          />
          {fieldError('time')}
        </div>
      </div>
      <p id={`${id}-date-hint`} className="cd-hint">
        {t('post.dateHint', { timeZone })}
      </p>
      <div className="cd-field-row">
        <div className="cd-field">
          <label htmlFor={`${id}-campaign`}>{t('post.fields.campaign')}</label>
          <select
            id={`${id}-campaign`}
            value={value.campaignId ?? ''}
            onChange={(event) => onField('campaignId', event.target.value === '' ? null : event.target.value)}
          >
            <option value="">{t('post.noCampaign')}</option>
            {campaigns.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.name}
              </option>
            ))}
          </select>
        </div>
        <div className="cd-field">
          <label htmlFor={`${id}-category`}>{t('post.fields.category')}</label>
          <input
            id={`${id}-category`}
            list={`${id}-categories`}
            value={value.category ?? ''}
            onChange={(event) => onField('category', event.target.value === '' ? null : event.target.value)}
          />
          <datalist id={`${id}-categories`}>
            {(campaign?.categories ?? []).map((category) => (
              <option key={category} value={category} />
            ))}
          </datalist>
        </div>
      </div>
    </>
  );
}
