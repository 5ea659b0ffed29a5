/**
 * Review by file on the queue page: export the chosen posts "zur Freigabe", open (or drop) a request or decision
 * file, and answer imported requests with a decision file. Every result is announced in a live region.
 */
import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Post } from '../../../shared/model/post';
import type { Settings } from '../../../shared/model/settings';
import type { StoredProfile } from '../../../shared/model/profile';
import type { ReviewFile } from '../../../shared/review/reviewFile';
import { toDataError } from '../../data/store/dataErrors';
import { buildDecisionFile } from '../../data/workflow/reviewDecisionRepository';
import {
  buildReviewRequestFile,
  readReviewFile,
  type ReviewFileOut,
} from '../../data/workflow/reviewFileRepository';
import { useImportedRequests } from '../../data/workflow/reviewQueries';
import { translateKey } from '../../i18n/messageKey';
import { getPlatform } from '../../platform/platform';
import { formatInstant } from './format';
import { ReviewFileImport } from './ReviewFileImport';
import { useOpenedFilesStore } from './openedFiles';
import { saveFailureText } from '../../ui/saveFailure';

const FILTERS = [{ name: 'Civic Desk', extensions: ['civicdesk', 'json'] }];

interface ReviewFilePanelProps {
  settings: Settings;
  profile: StoredProfile;
  /** The posts in review chosen in the queue. */
  chosen: Post[];
}

export function ReviewFilePanel({ settings, profile, chosen }: ReviewFilePanelProps) {
  const { t } = useTranslation();
  const requests = useImportedRequests();
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [opened, setOpened] = useState<ReviewFile | null>(null);
  const [dragging, setDragging] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const context = () => ({ actorId: profile.id, now: new Date() });

  const fail = (error: unknown) => setMessage({ error: true, text: t(toDataError(error).messageKey) });
  const save = async (
    file: ReviewFileOut,
    done: 'reviewUi.file.exported' | 'reviewUi.file.decisionExported',
  ) => {
    const saved = await getPlatform().saveFile({
      suggestedName: file.name,
      bytes: file.bytes,
      filters: FILTERS,
    });
    if (saved.status === 'saved') setMessage({ error: false, text: t(done, { name: saved.fileName }) });
    else if (saved.status === 'failed') setMessage({ error: true, text: saveFailureText(t, saved) });
  };

  const exportRequest = async () => {
    if (chosen.length === 0) {
      setMessage({ error: true, text: t('reviewUi.file.exportNone') });
      return;
    }
    try {
      const result = await buildReviewRequestFile(
        chosen.map((post) => post.id),
        context(),
      );
      if (result.ok) await save(result.file, 'reviewUi.file.exported');
      else setMessage({ error: true, text: translateKey(t, result.messageKey, result.params) });
    } catch (error) {
      fail(error);
    }
  };

  const exportDecision = async (requestId: string) => {
    try {
      const result = await buildDecisionFile(requestId, context());
      if (result.ok) await save(result.file, 'reviewUi.file.decisionExported');
      else setMessage({ error: true, text: translateKey(t, result.messageKey) });
    } catch (error) {
      fail(error);
    }
  };

  /** Shows an opened file's import, or says what is wrong with it; true when the import is shown. */
  const take = useCallback(
    (bytes: Uint8Array, name: string): boolean => {
      const read = readReviewFile(bytes, name);
      if (read.ok) {
        setMessage(null);
        setOpened(read.file);
      } else {
        setOpened(null);
        setMessage({ error: true, text: translateKey(t, read.messageKey, read.params) });
      }
      return read.ok;
    },
    [t],
  );

  // A file opened from outside (double-click, File › Open) takes the same path as the open button, one at a time:
  // while an import is shown the next file waits in the store (openedFiles.ts).
  useEffect(() => {
    if (opened !== null) return;
    let ready = true;
    const pull = () => {
      if (!ready || useOpenedFilesStore.getState().waiting.length === 0) return;
      ready = false;
      const next = useOpenedFilesStore.getState().takeNext();
      if (next === null) return;
      const shown = take(next.bytes, next.fileName);
      headingRef.current?.focus();
      if (!shown) {
        ready = true;
        pull();
      }
    };
    const unsubscribe = useOpenedFilesStore.subscribe(pull);
    void Promise.resolve().then(pull);
    return () => {
      ready = false;
      unsubscribe();
    };
  }, [opened, take]);

  const open = async () => {
    try {
      const picked = await getPlatform().openFile({ filters: FILTERS });
      if (picked.status === 'opened') take(picked.bytes, picked.fileName);
    } catch (error) {
      fail(error);
    }
  };

  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file === undefined) return;
    take(new Uint8Array(await file.arrayBuffer()), file.name);
  };

  return (
    <section
      aria-labelledby="review-file-heading"
      className={dragging ? 'cd-dropzone cd-dropzone-active' : 'cd-dropzone'}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => void onDrop(event)}
    >
      <h2 id="review-file-heading" ref={headingRef} tabIndex={-1}>
        {t('reviewUi.file.heading')}
      </h2>
      <p className="cd-hint">{t('reviewUi.file.hint')}</p>
      <div className="cd-dialog-actions">
        <button type="button" onClick={() => void exportRequest()}>
          {t('reviewUi.file.exportRequest')}
        </button>
        <button type="button" onClick={() => void open()}>
          {t('reviewUi.file.open')}
        </button>
        <span className="cd-hint">{t('reviewUi.file.drop')}</span>
      </div>
      <div role="status" aria-live="polite">
        {message !== null && <p className={message.error ? 'cd-form-error' : undefined}>{message.text}</p>}
      </div>
      {opened !== null && (
        <ReviewFileImport
          key={opened.createdAt}
          file={opened}
          profile={profile}
          onDone={(text) => {
            setOpened(null);
            setMessage({ error: false, text });
          }}
          onCancel={() => setOpened(null)}
        />
      )}
      {requests !== undefined && requests.length > 0 && (
        <>
          <h3>{t('reviewUi.file.requestsHeading')}</h3>
          <ul>
            {requests.map((row) => (
              <li key={row.id}>
                {t('reviewUi.file.requestFrom', {
                  name: row.request.from.name,
                  date: formatInstant(row.request.createdAt, settings.timeZone, settings.locale),
                  count: row.request.posts.length,
                })}{' '}
                <button type="button" onClick={() => void exportDecision(row.requestId)}>
                  {t('reviewUi.file.exportDecision')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
