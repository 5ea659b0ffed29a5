/**
 * One medium of the post: preview, alt text, the networks that show it, people and consents, subtitles for
 * videos, and removal. Decisions about the medium itself (people, consents, subtitles) are saved to the library
 * at once; everything that belongs to the post goes up through the callbacks.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LimitSettings } from '../../../shared/channels/limitSettings';
import { altTextLimitFor } from '../../../shared/media/altTextLimit';
import type { Channel } from '../../../shared/model/channels';
import type { Consent, MediaMeta } from '../../../shared/model/media';
import type { MediaAttachment, Variant } from '../../../shared/model/variant';
import { toDataError, type DataErrorKey } from '../../data/store/dataErrors';
import { updateMediaMeta, type MediaMetaPatch } from '../../data/media/mediaRepository';
import { ConsentPicker } from './ConsentPicker';
import { MediaThumb } from './MediaThumb';

interface MediaItemProps {
  attachment: MediaAttachment;
  /** The organisation's choice of contested limits (the alt-text limit of LinkedIn is one). */
  limitSettings: LimitSettings;
  /** The stored metadata; `null` when the medium is no longer in the library. */
  meta: MediaMeta | null;
  variants: readonly Variant[];
  consents: Consent[] | undefined;
  day: string;
  dayIsPublishDate: boolean;
  onRemove: (mediaId: string) => void;
  onAltText: (mediaId: string, altText: string) => void;
  onVariantMedia: (channel: Channel, mediaId: string, shown: boolean) => void;
}

export function MediaItem(props: MediaItemProps) {
  const { t } = useTranslation();
  const id = useId();
  const { attachment } = props;
  const { mediaId } = attachment;
  const [error, setError] = useState<DataErrorKey | null>(null);
  // Shown at once while the write and the live query catch up; dropped when the record is read anew.
  const [pending, setPending] = useState<{ base: MediaMeta; patch: MediaMetaPatch } | null>(null);
  const stored = props.meta;
  const meta = stored && pending?.base === stored ? { ...stored, ...pending.patch } : stored;
  const fileName = meta?.fileName ?? t('mediaUi.missingName');

  const update = async (patch: MediaMetaPatch) => {
    if (!stored) return;
    setError(null);
    setPending({ base: stored, patch: { ...(pending?.base === stored ? pending.patch : {}), ...patch } });
    try {
      await updateMediaMeta(mediaId, patch);
    } catch (caught) {
      setPending(null);
      setError(toDataError(caught).messageKey);
    }
  };

  const removeButton = (
    <button
      type="button"
      className="cd-media-remove"
      aria-label={t('mediaUi.removeLabel', { fileName })}
      onClick={() => props.onRemove(mediaId)}
    >
      {t('mediaUi.remove')}
    </button>
  );

  if (!meta) {
    return (
      <li className="cd-media-item cd-media-item-missing">
        <p role="alert" className="cd-field-error">
          {t('mediaUi.missing')}
        </p>
        {removeButton}
      </li>
    );
  }

  const size = meta.width !== null && meta.height !== null ? `${meta.width} × ${meta.height} px` : null;
  const shownOn = props.variants
    .filter((variant) => variant.mediaIds.includes(mediaId))
    .map((variant) => variant.channel);
  const altLimit = altTextLimitFor(attachment.altText, shownOn, props.limitSettings);

  return (
    <li className="cd-media-item">
      <MediaThumb meta={meta} alt={attachment.altText} />
      <div className="cd-media-fields">
        <p className="cd-media-name">
          {meta.fileName}
          {size && <span className="cd-hint"> · {size}</span>}
        </p>
        <div className="cd-field">
          <label htmlFor={`${id}-alt`}>{t('mediaUi.altText', { fileName: meta.fileName })}</label>
          <textarea
            id={`${id}-alt`}
            rows={2}
            value={attachment.altText}
            aria-describedby={altLimit ? `${id}-alt-hint ${id}-alt-count` : `${id}-alt-hint`}
            aria-invalid={altLimit?.over ? true : undefined}
            onChange={(event) => props.onAltText(mediaId, event.target.value)}
          />
          <p id={`${id}-alt-hint`} className="cd-hint">
            {meta.kind === 'video' ? t('mediaUi.altTextHintVideo') : t('mediaUi.altTextHint')}
          </p>
          {altLimit && (
            <p id={`${id}-alt-count`} className={altLimit.over ? 'cd-field-error' : 'cd-hint'}>
              {t(altLimit.over ? 'mediaUi.altTextTooLong' : 'mediaUi.altTextCount', {
                used: altLimit.used,
                max: altLimit.max,
                network: altLimit.network,
              })}
            </p>
          )}
        </div>
        {props.variants.length > 0 && (
          <fieldset className="cd-media-channels">
            <legend>{t('mediaUi.showOn')}</legend>
            {props.variants.map((variant) => (
              <label key={variant.channel} className="cd-check">
                <input
                  type="checkbox"
                  checked={variant.mediaIds.includes(mediaId)}
                  onChange={(event) => props.onVariantMedia(variant.channel, mediaId, event.target.checked)}
                />
                {t(`networks.${variant.channel}`)}
              </label>
            ))}
          </fieldset>
        )}
        <div className="cd-media-options">
          <label className="cd-check">
            <input
              type="checkbox"
              checked={meta.showsPeople}
              aria-describedby={`${id}-people-hint`}
              onChange={(event) => void update({ showsPeople: event.target.checked })}
            />
            {t('mediaUi.showsPeople')}
          </label>
          {meta.kind === 'video' && (
            <label className="cd-check">
              <input
                type="checkbox"
                checked={meta.hasSubtitles}
                onChange={(event) => void update({ hasSubtitles: event.target.checked })}
              />
              {t('mediaUi.hasSubtitles')}
            </label>
          )}
        </div>
        <p id={`${id}-people-hint`} className="cd-hint">
          {t('mediaUi.showsPeopleHint')}
        </p>
        {(meta.showsPeople || meta.consentIds.length > 0) && (
          <ConsentPicker
            meta={meta}
            consents={props.consents}
            day={props.day}
            dayIsPublishDate={props.dayIsPublishDate}
            onChange={(consentIds) => void update({ consentIds })}
          />
        )}
        {error && (
          <p role="alert" className="cd-field-error">
            {t(error)}
          </p>
        )}
        {removeButton}
      </div>
    </li>
  );
}
