/**
 * "Angehaltene Beiträge": the posts crisis mode put on hold, in schedule order, each released one by one. A post
 * held longer than the organisation's limit goes back to review when released; the result says so.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { heldPosts, releaseNeedsReview } from '../../../shared/crisis/crisisMode';
import type { Post } from '../../../shared/model/post';
import type { Settings } from '../../../shared/model/settings';
import { toDataError } from '../../data/store/dataErrors';
import { releasePost } from '../../data/workflow/workflowRepository';
import { translateKey } from '../../i18n/messageKey';
import { Modal } from '../../ui/Modal';
import { formatInstant } from './formatInstant';

interface HeldPostsDialogProps {
  settings: Settings;
  actorId: string;
  posts: readonly Post[];
  onClose: () => void;
}

export function HeldPostsDialog({ settings, actorId, posts, onClose }: HeldPostsDialogProps) {
  const { t } = useTranslation();
  const [result, setResult] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const format = (iso: string) => formatInstant(iso, settings.timeZone, settings.locale);
  const hours = settings.workflow.holdReviewAfterHours;

  const release = async (post: Post) => {
    setBusyId(post.id);
    const now = new Date();
    const backToReview =
      post.workflow.hold !== null && releaseNeedsReview(post.workflow.hold, now.toISOString(), hours);
    try {
      const outcome = await releasePost(post.id, { actorId, now });
      if (!outcome.ok) {
        setResult({ kind: 'error', text: translateKey(t, outcome.reason) });
        return;
      }
      setResult({
        kind: 'info',
        text: backToReview
          ? t('crisisUi.held.releasedReview', { title: post.title, hours })
          : `${t('crisisUi.held.released', { title: post.title })} ${t('crisis.release.direct', {
              status: t(`workflow.status.${outcome.post.status}`),
            })}`,
      });
    } catch (error) {
      setResult({ kind: 'error', text: t(toDataError(error).messageKey) });
    } finally {
      setBusyId(null);
    }
  };

  const list = heldPosts(posts);

  return (
    <Modal title={t('crisisUi.held.heading')} onClose={onClose}>
      <div
        role="status"
        aria-live="polite"
        className={result?.kind === 'error' ? 'cd-form-error' : undefined}
      >
        {result?.text}
      </div>
      {list.length === 0 ? (
        <p>{t('crisis.release.none')}</p>
      ) : (
        <ul className="cd-held-list">
          {list.map((post) => (
            <li key={post.id}>
              <div>
                <strong>{post.title}</strong>
                <br />
                <span className="cd-hint">
                  {post.scheduledAt
                    ? t('crisisUi.held.scheduled', { date: format(post.scheduledAt) })
                    : t('crisisUi.held.unscheduled')}
                  {post.workflow.hold &&
                    ` · ${t('crisisUi.held.since', {
                      date: format(post.workflow.hold.at),
                      status: t(`workflow.status.${post.workflow.hold.fromStatus}`),
                    })}`}
                </span>
              </div>
              <button
                type="button"
                aria-label={t('crisisUi.held.releaseLabel', { title: post.title })}
                disabled={busyId !== null}
                onClick={() => void release(post)}
              >
                {t('crisisUi.held.release')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onClose}>
        {t('crisisUi.held.close')}
      </button>
    </Modal>
  );
}
