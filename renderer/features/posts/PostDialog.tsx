/**
 * Create or edit a post in a modal dialog. Validation and saving happen in the repository (which uses the shared
 * rules); the dialog shows what comes back, beside each field.
 */
import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Post } from '../../../shared/model/post';
import type { PostFormErrors, PostFormInput } from '../../../shared/model/postInput';
import type { Settings } from '../../../shared/model/settings';
import { isoToZonedParts } from '../../../shared/time/zoned';
import { usePost } from '../../data/liveQueries';
import { deletePost, savePostFromForm } from '../../data/postsRepository';
import { toDataError } from '../../data/dataErrors';
import { useUiStore } from '../../state/uiStore';
import { Modal } from '../../ui/Modal';
import { PostForm } from './PostForm';

function formFromPost(post: Post, timeZone: string): PostFormInput {
  const parts =
    post.scheduledAt === null ? { date: '', time: '' } : isoToZonedParts(post.scheduledAt, timeZone);
  return { title: post.title, channels: [...post.channels], text: post.text, ...parts };
}

/** A date field whose typed text the browser cannot read as a date reports `badInput` and an empty value. */
const UNREADABLE_DATE = 'unreadable';

export function PostDialog({ settings }: { settings: Settings }) {
  const editor = useUiStore((state) => state.editor);
  switch (editor.mode) {
    case 'closed':
      return null;
    case 'create':
      return (
        <PostEditor
          key={`new-${editor.date}-${editor.time}`}
          post={null}
          initial={{ title: '', channels: [], text: '', date: editor.date, time: editor.time }}
          settings={settings}
        />
      );
    case 'edit':
      return <EditPostLoader key={editor.postId} postId={editor.postId} settings={settings} />;
  }
}

function EditPostLoader({ postId, settings }: { postId: string; settings: Settings }) {
  const { t } = useTranslation();
  const closeEditor = useUiStore((state) => state.closeEditor);
  const post = usePost(postId);
  if (post === undefined) return null;
  if (post === null) {
    return (
      <Modal title={t('post.editTitle')} onClose={closeEditor}>
        <p role="alert">{t('post.notFound')}</p>
        <div className="cd-dialog-actions">
          <button type="button" onClick={closeEditor}>
            {t('post.cancel')}
          </button>
        </div>
      </Modal>
    );
  }
  return <PostEditor post={post} initial={formFromPost(post, settings.timeZone)} settings={settings} />;
}

interface PostEditorProps {
  /** The post being edited, or `null` for a new one. */
  post: Post | null;
  initial: PostFormInput;
  settings: Settings;
}

function PostEditor({ post, initial, settings }: PostEditorProps) {
  const { t } = useTranslation();
  const closeEditor = useUiStore((state) => state.closeEditor);
  const notify = useUiStore((state) => state.notify);
  const currentUser = useUiStore((state) => state.currentUser);
  const [form, setForm] = useState<PostFormInput>(initial);
  const [errors, setErrors] = useState<PostFormErrors>({});
  const [saving, setSaving] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);
  const dateRef = useRef<HTMLInputElement>(null);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const input = dateRef.current?.validity.badInput ? { ...form, date: UNREADABLE_DATE } : form;
    setSaving(true);
    try {
      const result = await savePostFromForm(input, post?.id ?? null, {
        actorId: currentUser.id,
        timeZone: settings.timeZone,
        now: new Date(),
      });
      if (result.ok) {
        notify({ kind: 'info', text: t('post.saved', { title: result.post.title }) });
        closeEditor();
      } else {
        setErrors(result.errors);
        if (result.errors.title) titleRef.current?.focus();
      }
    } catch (error) {
      notify({ kind: 'error', text: t(toDataError(error).messageKey) });
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    if (!post || !window.confirm(t('post.confirmDelete', { title: post.title }))) return;
    try {
      await deletePost(post.id);
      notify({ kind: 'info', text: t('post.deleted', { title: post.title }) });
      closeEditor();
    } catch (error) {
      notify({ kind: 'error', text: t(toDataError(error).messageKey) });
    }
  };

  return (
    <Modal
      title={post ? t('post.editTitle') : t('post.createTitle')}
      onClose={closeEditor}
      initialFocus={titleRef}
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        {Object.keys(errors).length > 0 && (
          <p role="alert" className="cd-form-error">
            {t('post.errors.summary')}
          </p>
        )}
        {post && (
          <p className="cd-hint">
            {t('post.fields.status')}: {t(`status.${post.status}`)}
          </p>
        )}
        <PostForm
          value={form}
          errors={errors}
          timeZone={settings.timeZone}
          titleRef={titleRef}
          dateRef={dateRef}
          onChange={setForm}
        />
        <div className="cd-dialog-actions">
          {post && (
            <button type="button" className="cd-danger" onClick={() => void remove()}>
              {t('post.delete')}
            </button>
          )}
          <button type="button" onClick={closeEditor}>
            {t('post.cancel')}
          </button>
          <button type="submit" className="cd-primary" disabled={saving}>
            {t('post.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
