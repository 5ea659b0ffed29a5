/** The media library as a dialog: a grid of every stored image and video to choose one for the post, or delete. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaMeta } from '../../../shared/model/media';
import { toDataError } from '../../data/store/dataErrors';
import { deleteMedia } from '../../data/media/mediaRepository';
import { useMediaLibrary } from '../../data/media/mediaQueries';
import { Modal } from '../../ui/Modal';
import { MediaThumb } from './MediaThumb';

interface MediaLibraryDialogProps {
  /** Media already in the post: shown as such, neither chosen again nor deleted. */
  attachedIds: readonly string[];
  onChoose: (mediaId: string) => void;
  onClose: () => void;
}

type Message = { kind: 'alert' | 'status'; text: string };

export function MediaLibraryDialog({ attachedIds, onChoose, onClose }: MediaLibraryDialogProps) {
  const { t } = useTranslation();
  const library = useMediaLibrary();
  const [message, setMessage] = useState<Message | null>(null);

  const remove = async (meta: MediaMeta) => {
    const fileName = meta.fileName;
    if (!window.confirm(t('mediaUi.library.confirmDelete', { fileName }))) return;
    try {
      const result = await deleteMedia(meta.id);
      setMessage(
        result.ok
          ? { kind: 'status', text: t('mediaUi.library.deleted', { fileName }) }
          : { kind: 'alert', text: t('mediaUi.library.deleteRefused', { fileName, count: result.usedBy }) },
      );
    } catch (error) {
      setMessage({ kind: 'alert', text: t(toDataError(error).messageKey) });
    }
  };

  return (
    <Modal title={t('mediaUi.library.title')} onClose={onClose} wide>
      {library === undefined && <p>{t('mediaUi.loading')}</p>}
      {library?.length === 0 && <p>{t('mediaUi.library.empty')}</p>}
      {library && library.length > 0 && (
        <ul className="cd-media-grid" aria-label={t('mediaUi.library.list')}>
          {library.map((meta) => {
            const attached = attachedIds.includes(meta.id);
            return (
              <li key={meta.id} className="cd-media-tile">
                <button
                  type="button"
                  className="cd-media-choose"
                  disabled={attached}
                  onClick={() => onChoose(meta.id)}
                >
                  <MediaThumb meta={meta} alt="" decorative />
                  <span className="cd-media-tile-name">{meta.fileName}</span>
                  {attached && <span className="cd-hint">{t('mediaUi.library.attached')}</span>}
                </button>
                {!attached && (
                  <button
                    type="button"
                    className="cd-link-button cd-media-tile-delete"
                    aria-label={t('mediaUi.library.deleteLabel', { fileName: meta.fileName })}
                    onClick={() => void remove(meta)}
                  >
                    {t('mediaUi.library.delete')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {message && (
        <p role={message.kind} className={message.kind === 'alert' ? 'cd-field-error' : 'cd-hint'}>
          {message.text}
        </p>
      )}
      <div className="cd-dialog-actions">
        <button type="button" onClick={onClose}>
          {t('mediaUi.library.close')}
        </button>
      </div>
    </Modal>
  );
}
