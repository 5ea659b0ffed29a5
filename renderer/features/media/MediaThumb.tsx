/**
 * The preview of a stored medium: its thumbnail (or the original where none could be made) as an image with the
 * post's alt text; videos get a labelled placeholder.
 */
import { useTranslation } from 'react-i18next';
import type { MediaMeta } from '../../../shared/model/media';
import { useMediaObjectUrl } from '../../data/media/mediaQueries';

interface MediaThumbProps {
  meta: MediaMeta;
  /** The alt text of the image; `''` marks it as decorative (when a label beside it names the file). */
  alt: string;
  /** The file name is already said beside it (library tiles): the video placeholder stays silent. */
  decorative?: boolean;
}

export function MediaThumb({ meta, alt, decorative = false }: MediaThumbProps) {
  const { t } = useTranslation();
  const url = useMediaObjectUrl(meta.kind === 'image' ? meta.id : null, 'thumbnail');
  if (meta.kind === 'video') {
    return (
      <div
        className="cd-media-thumb cd-media-video"
        {...(decorative
          ? { 'aria-hidden': true }
          : { role: 'img', 'aria-label': t('mediaUi.videoLabel', { fileName: meta.fileName }) })}
      >
        <span className="cd-media-video-mark" aria-hidden="true">
          ▶
        </span>
        <span aria-hidden="true">{t('mediaUi.video')}</span>
      </div>
    );
  }
  if (url === null) return <div className="cd-media-thumb" aria-hidden="true" />;
  return <img className="cd-media-thumb" src={url} alt={alt} />;
}
