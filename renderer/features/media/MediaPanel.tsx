/**
 * The media section of the composer: add an image or video from disk (checked and stored in the library) or from
 * the library, and for each medium of the post its alt text, networks, people, consents and subtitles.
 */
import { useId, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileFilter } from '../../../shared/ipc/contract';
import type { MediaMessageKey, MessageParams } from '../../../shared/media/messages';
import type { Channel } from '../../../shared/model/channels';
import type { VariantContent } from '../../../shared/model/postVariants';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { isPlainDate, todayInZone } from '../../../shared/time/zoned';
import { useConsents } from '../../data/media/consentQueries';
import { toDataError, type DataErrorKey } from '../../data/store/dataErrors';
import { useSettings } from '../../data/store/liveQueries';
import { useMediaMetas } from '../../data/media/mediaQueries';
import { storeMediaFile } from '../../data/media/mediaRepository';
import { getPlatform } from '../../platform/platform';
import { MediaItem } from './MediaItem';
import { MediaLibraryDialog } from './MediaLibraryDialog';
import './media.css';

/** What the file dialog offers; the bytes decide what a file really is. */
export const MEDIA_FILE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'mp4', 'mov', 'webm'];

export interface MediaPanelProps {
  /** post.media (with alt texts) and variants (their mediaIds). */
  content: VariantContent;
  /** 'YYYY-MM-DD' in the organisation's zone, for consent checks; null if unscheduled (then today counts). */
  publishDate: string | null;
  onAdd: (mediaId: string) => void;
  onRemove: (mediaId: string) => void;
  onAltText: (mediaId: string, altText: string) => void;
  onVariantMedia: (channel: Channel, mediaId: string, shown: boolean) => void;
}

type Problem = { key: MediaMessageKey; params: MessageParams } | { key: DataErrorKey; params?: undefined };

export function MediaPanel(props: MediaPanelProps): JSX.Element {
  const { content, publishDate, onAdd } = props;
  const { t } = useTranslation();
  const headingId = useId();
  const [adding, setAdding] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [libraryOpen, setLibraryOpen] = useState(false);
  const ids = content.media.map((item) => item.mediaId);
  const metas = useMediaMetas(ids);
  const consents = useConsents();
  const settings = useSettings() ?? DEFAULT_SETTINGS;
  const timeZone = settings.timeZone;
  // A half-typed date in the composer is no publishing day: then consents are checked for today.
  const scheduled = publishDate !== null && isPlainDate(publishDate);
  const day = scheduled ? publishDate : todayInZone(new Date(), timeZone);

  const addFromDisk = async () => {
    setProblem(null);
    const filters: FileFilter[] = [{ name: t('mediaUi.fileFilter'), extensions: MEDIA_FILE_EXTENSIONS }];
    setAdding(true);
    try {
      const picked = await getPlatform().openFile({ filters });
      if (picked.status === 'cancelled') return;
      const result = await storeMediaFile(
        { bytes: picked.bytes, fileName: picked.fileName, now: new Date() },
        { networks: { channels: content.channels, limitSettings: settings.limits } },
      );
      if (result.ok) onAdd(result.meta.id);
      else setProblem({ key: result.messageKey, params: result.params });
    } catch (error) {
      setProblem({ key: toDataError(error).messageKey });
    } finally {
      setAdding(false);
    }
  };

  return (
    <section className="cd-media" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('mediaUi.heading')}</h3>
      <div className="cd-media-actions">
        <button type="button" onClick={() => void addFromDisk()} disabled={adding}>
          {t('mediaUi.add')}
        </button>
        <button type="button" onClick={() => setLibraryOpen(true)}>
          {t('mediaUi.fromLibrary')}
        </button>
        {adding && (
          <span role="status" className="cd-hint">
            {t('mediaUi.adding')}
          </span>
        )}
        {problem && (
          <p role="alert" className="cd-field-error cd-media-problem">
            {problem.params ? t(problem.key, problem.params) : t(problem.key)}
          </p>
        )}
      </div>
      {content.media.length === 0 && <p className="cd-hint">{t('mediaUi.empty')}</p>}
      {content.media.length > 0 && metas === undefined && <p className="cd-hint">{t('mediaUi.loading')}</p>}
      {content.media.length > 0 && metas !== undefined && (
        <ul className="cd-media-list">
          {content.media.map((attachment) => (
            <MediaItem
              key={attachment.mediaId}
              attachment={attachment}
              limitSettings={settings.limits}
              meta={metas[attachment.mediaId] ?? null}
              variants={content.variants}
              consents={consents}
              day={day}
              dayIsPublishDate={scheduled}
              onRemove={props.onRemove}
              onAltText={props.onAltText}
              onVariantMedia={props.onVariantMedia}
            />
          ))}
        </ul>
      )}
      {libraryOpen && (
        <MediaLibraryDialog
          attachedIds={ids}
          onChoose={(mediaId) => {
            setLibraryOpen(false);
            onAdd(mediaId);
          }}
          onClose={() => setLibraryOpen(false)}
        />
      )}
    </section>
  );
}
