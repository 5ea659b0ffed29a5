/**
 * The composer's workflow section: status, the approver's change note, approvals, and the actions the status and
 * the person's role allow (withdraw, confirm publication with the post's address, archive, open for review). Warns
 * that an edit voids an approval, and says so after an edit did.
 */
import { memo, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Post } from '../../../shared/model/post';
import { canEdit, hasRole } from '../../../shared/workflow/roles';
import { toDataError } from '../../data/store/dataErrors';
import { useProfiles } from '../../data/workflow/workflowQueries';
import {
  archivePost,
  confirmPublished,
  withdrawPost,
  type WorkflowResult,
} from '../../data/workflow/workflowRepository';
import { translateKey } from '../../i18n/messageKey';
import { useUiStore } from '../../state/uiStore';

/** Whether the post's content may no longer change (published or archived). */
export function isReadOnly(post: Post | null): boolean {
  return post !== null && (post.status === 'published' || post.status === 'archived');
}

/** Memoised: it depends on the stored post only, not on each keystroke of the composer. */
export const WorkflowPanel = memo(function WorkflowPanel({ post }: { post: Post | null }) {
  const { t } = useTranslation();
  const actorId = useUiStore((state) => state.currentUser.id);
  const notify = useUiStore((state) => state.notify);
  const openReview = useUiStore((state) => state.openReview);
  const closeEditor = useUiStore((state) => state.closeEditor);
  const actor = useProfiles()?.find((profile) => profile.id === actorId);
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [voided, setVoided] = useState(false);
  const previous = useRef<Post | null>(null);
  const urlId = useId();

  useEffect(() => {
    const before = previous.current;
    if (
      before !== null &&
      post !== null &&
      (before.status === 'approved' || before.status === 'exported') &&
      post.status === 'in_review' &&
      post.workflow.revision > before.workflow.revision
    )
      setVoided(true);
    previous.current = post;
  }, [post]);

  if (post === null) return null;
  const mayEdit = actor !== undefined && canEdit(actor);
  const mayWithdraw = actor !== undefined && (actor.id === post.createdBy || hasRole(actor, 'admin'));

  const run = async (action: () => Promise<WorkflowResult>, done: string) => {
    try {
      const result = await action();
      if (result.ok) {
        setError(null);
        notify({ kind: 'info', text: done });
      } else setError(translateKey(t, result.reason));
    } catch (failure) {
      setError(t(toDataError(failure).messageKey));
    }
  };
  const context = () => ({ actorId, now: new Date() });
  const { workflow } = post;

  return (
    <section className="cd-workflow-panel" aria-labelledby="workflow-panel-heading">
      <h3 id="workflow-panel-heading">{t('reviewUi.workflow.heading')}</h3>
      <p>
        {t('reviewUi.workflow.status', { status: t(`workflow.status.${post.status}`) })} ·{' '}
        {t('reviewUi.workflow.approvals', { count: workflow.approvals.length })}
      </p>
      {(post.status === 'approved' || post.status === 'exported') && (
        <p className="cd-banner" role="note">
          {t('reviewUi.workflow.approvedBanner')}
        </p>
      )}
      <div aria-live="polite">
        {voided && post.status === 'in_review' && (
          <p className="cd-banner" role="status">
            {t('reviewUi.workflow.voidedNotice')}
          </p>
        )}
        {error !== null && (
          <p role="alert" className="cd-form-error">
            {error}
          </p>
        )}
      </div>
      {isReadOnly(post) && <p className="cd-hint">{t('reviewUi.workflow.locked')}</p>}
      {workflow.changesNote !== null && post.status === 'changes_requested' && (
        <p className="cd-banner" role="note">
          {t('reviewUi.dialog.changesNote', { note: workflow.changesNote })}
        </p>
      )}
      {workflow.publishedUrl !== null && (
        <p className="cd-hint">{t('reviewUi.workflow.publishedAt', { url: workflow.publishedUrl })}</p>
      )}
      <div className="cd-dialog-actions">
        {post.status === 'in_review' && (
          <button
            type="button"
            onClick={() => {
              closeEditor();
              openReview(post.id);
            }}
          >
            {t('reviewUi.workflow.openReview')}
          </button>
        )}
        {(post.status === 'in_review' || post.status === 'approved') && mayWithdraw && (
          <button
            type="button"
            onClick={() =>
              void run(
                () => withdrawPost(post.id, context()),
                t('reviewUi.workflow.withdrawn', { title: post.title }),
              )
            }
          >
            {t('reviewUi.workflow.withdraw')}
          </button>
        )}
        {post.status === 'published' && mayEdit && (
          <button
            type="button"
            onClick={() =>
              void run(
                () => archivePost(post.id, context()),
                t('reviewUi.workflow.archived', { title: post.title }),
              )
            }
          >
            {t('reviewUi.workflow.archive')}
          </button>
        )}
      </div>
      {post.status === 'exported' && mayEdit && (
        <div className="cd-field">
          <label htmlFor={urlId}>{t('reviewUi.workflow.url')}</label>
          <input id={urlId} type="url" value={url} onChange={(event) => setUrl(event.target.value)} />
          <button
            type="button"
            onClick={() =>
              void run(
                () => confirmPublished(post.id, url, context()),
                t('reviewUi.workflow.published', { title: post.title }),
              )
            }
          >
            {t('reviewUi.workflow.confirmPublished')}
          </button>
        </div>
      )}
    </section>
  );
});
