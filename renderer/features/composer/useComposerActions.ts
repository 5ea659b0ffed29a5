/** The composer's actions that end or change its session: save and close, submit, close, delete. */
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { deletePost } from '../../data/posts/postsRepository';
import { submitForReview } from '../../data/workflow/workflowRepository';
import { toDataError } from '../../data/store/dataErrors';
import { useUiStore } from '../../state/uiStore';
import { translateKey } from '../../i18n/messageKey';
import type { ComposerDraft } from '../../../shared/model/composerDraft';
import type { useAutosave } from './useAutosave';

interface ComposerActionsOptions {
  draft: ComposerDraft;
  autosave: ReturnType<typeof useAutosave<ComposerDraft>>;
  titleRef: RefObject<HTMLInputElement | null>;
  /** From now on, show validation errors beside the fields. */
  onShowErrors: () => void;
  /** Runs just before the composer closes, after its last save (`saved`: the post is stored as shown). */
  beforeClose?: (saved: boolean) => Promise<void>;
}

export function useComposerActions({
  draft,
  autosave,
  titleRef,
  onShowErrors,
  beforeClose = () => Promise.resolve(),
}: ComposerActionsOptions) {
  const { t } = useTranslation();
  const closeEditor = useUiStore((state) => state.closeEditor);
  const notify = useUiStore((state) => state.notify);
  const currentUser = useUiStore((state) => state.currentUser);

  const saveAndClose = async () => {
    onShowErrors();
    const result = await autosave.flush();
    if (result === null && autosave.state.kind === 'failed') return;
    if (result === null || result.ok) {
      notify({
        kind: 'info',
        text: t('post.saved', { title: result?.ok ? result.post.title : draft.title }),
      });
      await beforeClose(true);
      closeEditor();
    } else if (result.errors.title) {
      titleRef.current?.focus();
    }
  };

  const submit = async () => {
    onShowErrors();
    const saved = await autosave.flush();
    const id = autosave.savedPostId ?? (saved?.ok ? saved.post.id : null);
    if (id === null || (saved !== null && !saved.ok)) return;
    try {
      const result = await submitForReview(id, { actorId: currentUser.id, now: new Date() });
      if (result.ok) {
        notify({ kind: 'info', text: t('checksUi.submitted', { title: draft.title }) });
        await beforeClose(true);
        closeEditor();
      } else if (result.gate && !result.gate.open) {
        notify({
          kind: 'error',
          text: t('checksUi.gateClosed', {
            blocking: result.gate.blocking.length,
            missing: result.gate.missingItems.length,
          }),
        });
      } else {
        notify({ kind: 'error', text: translateKey(t, result.reason) });
      }
    } catch (error) {
      notify({ kind: 'error', text: t(toDataError(error).messageKey) });
    }
  };

  const close = async () => {
    let saved = autosave.savedPostId !== null;
    if (autosave.dirty) {
      const result = await autosave.flush();
      if (result !== null && !result.ok && !window.confirm(t('composer.discardInvalid'))) {
        onShowErrors();
        return;
      }
      saved = result?.ok === true;
    }
    await beforeClose(saved);
    closeEditor();
  };

  const remove = async () => {
    const id = autosave.savedPostId;
    if (id === null || !window.confirm(t('post.confirmDelete', { title: draft.title }))) return;
    try {
      await deletePost(id, { actorId: currentUser.id, now: new Date() });
      notify({ kind: 'info', text: t('post.deleted', { title: draft.title }) });
      closeEditor();
    } catch (error) {
      notify({ kind: 'error', text: t(toDataError(error).messageKey) });
    }
  };

  return { saveAndClose, submit, close, remove };
}
