/**
 * How the post will look in a network's feed: the organisation's name and avatar (its initials, drawn locally),
 * the text cut where the network cuts it, images cropped to the network's aspect ratio, and a link card where the
 * network makes one. Nothing is loaded from outside.
 */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { cutForPreview, extractUrls } from '../../../shared/channels/counting';
import { resolveLimits } from '../../../shared/channels/limits';
import type { LimitSettings } from '../../../shared/channels/limitSettings';
import { CHANNEL_BADGES, type Channel } from '../../../shared/model/channels';
import { cropRatioFor, initialsOf, linkCardFor } from '../../../shared/preview/feedPreview';
import { useMediaMetas, useMediaObjectUrl } from '../../data/media/mediaQueries';
import type { ComposerDraft } from '../../../shared/model/composerDraft';
import './preview.css';

interface PreviewPaneProps {
  channel: Channel;
  draft: ComposerDraft;
  organisationName: string;
  limitSettings: LimitSettings;
}

/** Memoised: the composer hands it a deferred copy of the draft, so a keystroke does not wait for it. */
export const PreviewPane = memo(function PreviewPane({
  channel,
  draft,
  organisationName,
  limitSettings,
}: PreviewPaneProps) {
  const { t } = useTranslation();
  const variant = draft.content.variants.find((entry) => entry.channel === channel);
  const limits = useMemo(() => resolveLimits(channel, limitSettings), [channel, limitSettings]);
  const mediaIds = variant?.mediaIds ?? [];
  const metas = useMediaMetas(mediaIds);
  if (!variant) return null;
  const name = organisationName.trim() || t('composer.previewOrganisation');
  const { visible, truncated } = cutForPreview(channel, variant.text, limits);
  const first = mediaIds[0];
  const firstMeta = first === undefined ? undefined : metas?.[first];
  const ratio = firstMeta ? cropRatioFor(firstMeta, limits, variant.format) : null;
  const card = linkCardFor(channel, extractUrls(variant.text), mediaIds.length > 0);
  const altText = (id: string) => draft.content.media.find((item) => item.mediaId === id)?.altText ?? '';

  return (
    <figure
      className={`cd-preview cd-preview-${channel}`}
      aria-label={t('composer.previewOf', { network: t(`networks.${channel}`) })}
    >
      <figcaption className="cd-preview-network">
        <span className={`cd-badge cd-badge-${channel}`} aria-hidden="true">
          {CHANNEL_BADGES[channel]}
        </span>
        {t('composer.previewOf', { network: t(`networks.${channel}`) })}
      </figcaption>
      <div className="cd-preview-post">
        <div className="cd-preview-header">
          <span className="cd-preview-avatar" aria-hidden="true">
            {initialsOf(name)}
          </span>
          <span className="cd-preview-name">{name}</span>
        </div>
        {channel === 'instagram' && first !== undefined && (
          <PreviewImage mediaId={first} ratio={ratio} altText={altText(first)} count={mediaIds.length} />
        )}
        <p className="cd-preview-text">
          {visible}
          {truncated && <span className="cd-preview-more"> … {t('composer.previewMore')}</span>}
        </p>
        {channel !== 'instagram' && first !== undefined && (
          <PreviewImage mediaId={first} ratio={ratio} altText={altText(first)} count={mediaIds.length} />
        )}
        {card && (
          <div className="cd-preview-card">
            <span className="cd-preview-card-domain">{card.domain}</span>
            <span className="cd-preview-card-url">{card.url}</span>
          </div>
        )}
      </div>
    </figure>
  );
});

function PreviewImage(props: { mediaId: string; ratio: number | null; altText: string; count: number }) {
  const { t } = useTranslation();
  const url = useMediaObjectUrl(props.mediaId, 'thumbnail');
  return (
    <div
      className="cd-preview-media"
      style={props.ratio === null ? undefined : { aspectRatio: String(props.ratio) }}
    >
      {url && <img src={url} alt={props.altText} />}
      {props.count > 1 && (
        <span className="cd-preview-count">{t('composer.previewCount', { count: props.count })}</span>
      )}
    </div>
  );
}
