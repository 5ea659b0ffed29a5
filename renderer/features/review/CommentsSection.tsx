/** Comments on a post: mentions highlighted, a mention of the active profile marked in words too. */
import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { findMentions } from '../../../shared/comments/mentions';
import type { PostComment } from '../../../shared/model/comment';
import type { StoredProfile } from '../../../shared/model/profile';
import { addComment } from '../../data/workflow/commentsRepository';
import { toDataError } from '../../data/store/dataErrors';
import { useComments } from '../../data/workflow/workflowQueries';
import { translateKey } from '../../i18n/messageKey';
import { formatInstant, nameOf } from './format';

interface CommentsSectionProps {
  postId: string;
  profile: StoredProfile;
  profiles: readonly StoredProfile[];
  timeZone: string;
  locale: string;
}

function CommentText({
  comment,
  profiles,
  meId,
}: {
  comment: PostComment;
  profiles: readonly StoredProfile[];
  meId: string;
}) {
  const { ranges } = findMentions(comment.text, profiles);
  const parts = [];
  let at = 0;
  for (const range of ranges) {
    if (range.start > at) parts.push(<span key={`t${at}`}>{comment.text.slice(at, range.start)}</span>);
    parts.push(
      <mark
        key={`m${range.start}`}
        className={range.profileId === meId ? 'cd-mention cd-mention-me' : 'cd-mention'}
      >
        {comment.text.slice(range.start, range.end)}
      </mark>,
    );
    at = range.end;
  }
  if (at < comment.text.length) parts.push(<span key={`t${at}`}>{comment.text.slice(at)}</span>);
  return <p className="cd-comment-text">{parts}</p>;
}

export function CommentsSection({ postId, profile, profiles, timeZone, locale }: CommentsSectionProps) {
  const { t } = useTranslation();
  const comments = useComments(postId);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const fieldId = useId();

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    try {
      const result = await addComment(postId, text, { actorId: profile.id, now: new Date() });
      if (result.ok) {
        setText('');
        setError(null);
      } else setError(translateKey(t, result.messageKey));
    } catch (failure) {
      setError(t(toDataError(failure).messageKey));
    }
  };

  return (
    <section aria-labelledby="review-comments-heading">
      <h3 id="review-comments-heading">{t('reviewUi.comments.heading')}</h3>
      {comments !== undefined && comments.length === 0 && (
        <p className="cd-hint">{t('reviewUi.comments.empty')}</p>
      )}
      <ol className="cd-comments" aria-live="polite">
        {comments?.map((comment) => (
          <li key={comment.id}>
            <p className="cd-hint">
              {t('reviewUi.comments.by', {
                name: nameOf(profiles, comment.authorId, comment.authorId),
                at: formatInstant(comment.at, timeZone, locale),
              })}
              {comment.mentions.includes(profile.id) && (
                <strong> · {t('reviewUi.comments.mentionsMe')}</strong>
              )}
            </p>
            <CommentText comment={comment} profiles={profiles} meId={profile.id} />
          </li>
        ))}
      </ol>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <div className="cd-field">
          <label htmlFor={fieldId}>{t('reviewUi.comments.label')}</label>
          <textarea
            id={fieldId}
            rows={2}
            value={text}
            aria-describedby={`${fieldId}-hint`}
            aria-invalid={error !== null}
            onChange={(event) => setText(event.target.value)}
          />
          <p id={`${fieldId}-hint`} className="cd-hint">
            {t('reviewUi.comments.hint')}
          </p>
          {error !== null && (
            <p role="alert" className="cd-form-error">
              {error}
            </p>
          )}
        </div>
        <button type="submit">{t('reviewUi.comments.add')}</button>
      </form>
    </section>
  );
}
