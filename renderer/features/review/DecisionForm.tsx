/** The approver's decision: request changes (with a required note) or approve; refusals shown in words. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Post } from '../../../shared/model/post';
import type { StoredProfile } from '../../../shared/model/profile';
import { toDataError } from '../../data/store/dataErrors';
import { approvePost, requestChanges, type WorkflowResult } from '../../data/workflow/workflowRepository';
import { translateKey } from '../../i18n/messageKey';
import { useUiStore } from '../../state/uiStore';

export function DecisionForm({ post, profile }: { post: Post; profile: StoredProfile }) {
  const { t } = useTranslation();
  const notify = useUiStore((state) => state.notify);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const noteId = useId();

  if (post.status !== 'in_review') return <p className="cd-hint">{t('reviewUi.dialog.notDecidable')}</p>;

  const run = async (action: () => Promise<WorkflowResult>, done: string) => {
    setBusy(true);
    try {
      const result = await action();
      if (result.ok) {
        setRefusal(null);
        setNote('');
        notify({ kind: 'info', text: done });
      } else setRefusal(translateKey(t, result.reason));
    } catch (error) {
      setRefusal(t(toDataError(error).messageKey));
    } finally {
      setBusy(false);
    }
  };
  const context = () => ({ actorId: profile.id, now: new Date() });

  return (
    <section aria-labelledby="review-decision-heading">
      <h3 id="review-decision-heading">{t('reviewUi.dialog.decisionHeading')}</h3>
      <div className="cd-field">
        <label htmlFor={noteId}>{t('reviewUi.dialog.note')}</label>
        <textarea
          id={noteId}
          rows={3}
          value={note}
          aria-invalid={noteError}
          aria-describedby={noteError ? `${noteId}-error` : undefined}
          onChange={(event) => {
            setNote(event.target.value);
            if (event.target.value.trim() !== '') setNoteError(false);
          }}
        />
        {noteError && (
          <p id={`${noteId}-error`} role="alert" className="cd-form-error">
            {t('reviewUi.dialog.noteRequired')}
          </p>
        )}
      </div>
      <div aria-live="polite">
        {refusal !== null && (
          <p role="alert" className="cd-form-error">
            {refusal}
          </p>
        )}
      </div>
      <div className="cd-dialog-actions">
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            if (note.trim() === '') {
              setNoteError(true);
              return;
            }
            void run(
              () => requestChanges(post.id, note, context()),
              t('reviewUi.dialog.changesRequested', { title: post.title }),
            );
          }}
        >
          {t('reviewUi.dialog.requestChanges')}
        </button>
        <button
          type="button"
          className="cd-primary"
          disabled={busy}
          onClick={() =>
            void run(
              () => approvePost(post.id, context()),
              t('reviewUi.dialog.approved', { title: post.title }),
            )
          }
        >
          {t('reviewUi.dialog.approve')}
        </button>
      </div>
    </section>
  );
}
