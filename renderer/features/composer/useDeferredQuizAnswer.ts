/**
 * A quiz answer that could not be created when the template was applied (the new post had no date, time or
 * network yet) waits here: it is created at the first save that gives the post all three, and a person closing
 * the composer before that is told it was not created. It is never dropped silently.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/model/settings';
import { formatTemplateDate } from '../../../shared/templates/render';
import { isPlainDate, isPlainTime, isoToZonedParts } from '../../../shared/time/zoned';
import { toDataError } from '../../data/store/dataErrors';
import { createQuizAnswerPost } from '../../data/posts/templatesRepository';
import { useUiStore } from '../../state/uiStore';
import type { ComposerDraft } from '../../../shared/model/composerDraft';

interface DeferredAnswerOptions {
  /** The draft as last saved (null while the post has never been saved). */
  saved: ComposerDraft | null;
  settings: Settings;
}

const complete = (draft: ComposerDraft) =>
  isPlainDate(draft.date) && isPlainTime(draft.time) && draft.content.channels.length > 0;

export function useDeferredQuizAnswer({ saved, settings }: DeferredAnswerOptions) {
  const { t } = useTranslation();
  const notify = useUiStore((state) => state.notify);
  const actorId = useUiStore((state) => state.currentUser.id);
  const [values, setValues] = useState<Record<string, string> | null>(null);
  const running = useRef(false);

  const create = useCallback(
    async (draft: ComposerDraft, answer: Record<string, string>) => {
      running.current = true;
      const context = { actorId, timeZone: settings.timeZone, now: new Date(), locale: settings.locale };
      try {
        const result = await createQuizAnswerPost(answer, draft, context);
        if (result.ok) {
          const day = isoToZonedParts(result.post.scheduledAt ?? '', settings.timeZone).date;
          const date = formatTemplateDate(day, settings.locale);
          notify({ kind: 'info', text: t('templatesUi.quizAnswerCreated', { date }) });
        } else if (result.reason === 'post') {
          const reason = t(result.messageKey);
          notify({ kind: 'error', text: t('templatesUi.quizAnswerSkipped.post', { reason }) });
        } else {
          notify({ kind: 'error', text: t(`templatesUi.quizAnswerSkipped.${result.reason}`) });
        }
      } catch (error) {
        notify({ kind: 'error', text: t(toDataError(error).messageKey) });
      } finally {
        running.current = false;
        setValues(null);
      }
    },
    [actorId, settings.timeZone, settings.locale, notify, t],
  );

  useEffect(() => {
    if (values === null || saved === null || !complete(saved) || running.current) return;
    void create(saved, values);
  }, [values, saved, create]);

  /**
   * Called as the composer closes, after its last save: creates a waiting answer if the saved post now allows
   * it, else says that it was not created.
   */
  const finish = useCallback(
    async (draft: ComposerDraft, saved: boolean) => {
      if (values === null || running.current) return;
      if (saved && complete(draft)) {
        await create(draft, values);
        return;
      }
      setValues(null);
      notify({ kind: 'error', text: t('templatesUi.quizAnswerDropped') });
    },
    [values, create, notify, t],
  );

  return { pending: values !== null, defer: setValues, finish };
}
