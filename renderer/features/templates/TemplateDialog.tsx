/**
 * The "Vorlage verwenden" dialog: choose a template, fill its fields, watch the preview, apply. For a quiz it also
 * creates the answer post. Rendered into document.body so that it is not inside the composer's <form> (Enter
 * there would save the post), and key presses stay in the dialog (no composer shortcuts).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { formatTemplateDate, renderTemplate } from '../../../shared/templates/render';
import type { PostTemplate } from '../../../shared/templates/types';
import { templateWarnings } from '../../../shared/templates/warnings';
import { isoToZonedParts } from '../../../shared/time/zoned';
import { toDataError } from '../../data/store/dataErrors';
import { useTemplates } from '../../data/posts/templateQueries';
import {
  createQuizAnswerPost,
  deleteUserTemplate,
  type QuizAnswerResult,
} from '../../data/posts/templatesRepository';
import { useUiStore } from '../../state/uiStore';
import { Modal } from '../../ui/Modal';
import { fieldInputId, TemplateFieldInputs } from './TemplateFieldInputs';
import { TemplateWarningList } from './TemplateWarnings';
import { templateName } from './templateTexts';
import { draftScheduledAt, fieldValues, previewTemplate } from './templateForm';
import type { TemplatePickerProps } from './TemplatePicker';

type DialogProps = TemplatePickerProps & { onClose: () => void };

export function TemplateDialog(props: DialogProps) {
  const { t } = useTranslation();
  const templates = useTemplates();
  return createPortal(
    // Keys typed in the dialog are the dialog's: the composer around it must not undo or redo on them.
    <div className="cd-template-dialog" onKeyDown={(event) => event.stopPropagation()}>
      <Modal title={t('templatesUi.dialogTitle')} onClose={props.onClose} wide>
        {templates === undefined ? (
          <p>{t('templatesUi.loading')}</p>
        ) : (
          <TemplateForm {...props} templates={templates} />
        )}
      </Modal>
    </div>,
    document.body,
  );
}

/** The dialog's content once the templates are there (the dialog itself stays, so focus and position stay). */
function TemplateForm({
  draft,
  settings,
  onApply,
  onClose,
  templates,
}: DialogProps & { templates: PostTemplate[] }) {
  const { t } = useTranslation();
  const id = useId();
  const selectRef = useRef<HTMLSelectElement>(null);
  useEffect(() => selectRef.current?.focus(), []);
  const notify = useUiStore((state) => state.notify);
  const actorId = useUiStore((state) => state.currentUser.id);
  const used = draft.template !== null && templates.some((entry) => entry.id === draft.template?.templateId);
  const [templateId, setTemplateId] = useState(
    used ? (draft.template?.templateId ?? '') : (templates[0]?.id ?? ''),
  );
  const [values, setValues] = useState<Record<string, string>>(used ? { ...draft.template?.values } : {});
  const [attempted, setAttempted] = useState(false);
  const [createAnswer, setCreateAnswer] = useState(true);
  const [busy, setBusy] = useState(false);
  const template = templates.find((entry) => entry.id === templateId) ?? templates[0];
  if (template === undefined) return null;

  const scheduledAt = draftScheduledAt(draft, settings.timeZone);
  const rendered = renderTemplate(template, values, settings.locale);
  const preview = previewTemplate(template, values, settings.locale);
  const warnings = templateWarnings(template, values, scheduledAt, settings.timeZone, settings.locale);
  const isQuiz = template.kind === 'quiz';
  const builtIn = templates.filter((entry) => entry.builtIn);
  const saved = templates.filter((entry) => !entry.builtIn);

  const answerMessage = (result: QuizAnswerResult): string => {
    if (result.ok) {
      const day = isoToZonedParts(result.post.scheduledAt ?? '', settings.timeZone).date;
      return t('templatesUi.quizAnswerCreated', { date: formatTemplateDate(day, settings.locale) });
    }
    if (result.reason === 'post')
      return t('templatesUi.quizAnswerSkipped.post', { reason: t(result.messageKey) });
    return t(`templatesUi.quizAnswerSkipped.${result.reason}`);
  };

  const apply = async () => {
    if (!rendered.ok) {
      setAttempted(true);
      const first = [...rendered.invalid, ...rendered.missing][0];
      if (first !== undefined) document.getElementById(fieldInputId(id, first))?.focus();
      return;
    }
    const filled = fieldValues(template, values);
    const messages = [t('templatesUi.applied', { name: templateName(t, template) })];
    let failed = false;
    // A new post often has no date or network yet when the template is applied: the answer then waits for them.
    const deferAnswer =
      isQuiz && createAnswer && (scheduledAt === null || draft.content.channels.length === 0);
    if (deferAnswer) messages.push(t('templatesUi.quizAnswerDeferred'));
    else if (isQuiz && createAnswer) {
      setBusy(true);
      try {
        const context = { actorId, timeZone: settings.timeZone, now: new Date(), locale: settings.locale };
        messages.push(answerMessage(await createQuizAnswerPost(filled, draft, context)));
      } catch (error) {
        failed = true;
        messages.push(t(toDataError(error).messageKey));
      } finally {
        setBusy(false);
      }
    }
    onApply({
      title: rendered.title,
      text: rendered.text,
      template: { templateId: template.id, values: filled },
      ...(deferAnswer ? { deferredAnswer: filled } : {}),
    });
    notify({ kind: failed ? 'error' : 'info', text: messages.join(' ') });
    onClose();
  };

  const remove = async () => {
    if (!window.confirm(t('templatesUi.confirmDeleteTemplate', { name: templateName(t, template) }))) return;
    try {
      await deleteUserTemplate(template.id);
      notify({ kind: 'info', text: t('templatesUi.templateDeleted', { name: templateName(t, template) }) });
      setTemplateId(templates[0]?.id ?? '');
    } catch (error) {
      notify({ kind: 'error', text: t(toDataError(error).messageKey) });
    }
  };

  return (
    <>
      <div className="cd-template-dialog-body">
        <div className="cd-template-edit">
          <div className="cd-field">
            <label htmlFor={`${id}-template`}>{t('templatesUi.choose')}</label>
            <select
              id={`${id}-template`}
              ref={selectRef}
              value={template.id}
              onChange={(event) => {
                setTemplateId(event.target.value);
                setAttempted(false);
              }}
            >
              <optgroup label={t('templatesUi.builtInGroup')}>
                {builtIn.map((entry) => (
                  <option key={entry.id} value={entry.id}>
                    {templateName(t, entry)}
                  </option>
                ))}
              </optgroup>
              {saved.length > 0 && (
                <optgroup label={t('templatesUi.savedGroup')}>
                  {saved.map((entry) => (
                    <option key={entry.id} value={entry.id}>
                      {entry.name}
                    </option>
                  ))}
                </optgroup>
              )}
            </select>
          </div>
          {!template.builtIn && (
            <p>
              <button type="button" className="cd-link-button" onClick={() => void remove()}>
                {t('templatesUi.deleteTemplate')}
              </button>
            </p>
          )}
          <TemplateFieldInputs
            idPrefix={id}
            template={template}
            values={values}
            missing={rendered.ok ? [] : rendered.missing}
            invalid={rendered.ok ? [] : rendered.invalid}
            showMissing={attempted}
            onChange={(fieldId, value) => setValues((current) => ({ ...current, [fieldId]: value }))}
          />
          {isQuiz && (
            <>
              <label className="cd-check">
                <input
                  type="checkbox"
                  checked={createAnswer}
                  aria-describedby={`${id}-answer-hint`}
                  onChange={(event) => setCreateAnswer(event.target.checked)}
                />
                {t('templatesUi.quizAnswer')}
              </label>
              <p id={`${id}-answer-hint`} className="cd-hint">
                {t('templatesUi.quizAnswerHint')}
                {scheduledAt === null && ` ${t('templatesUi.quizAnswerNoDate')}`}
              </p>
            </>
          )}
        </div>
        <section className="cd-template-preview" aria-labelledby={`${id}-preview`}>
          <h3 id={`${id}-preview`}>{t('templatesUi.preview')}</h3>
          <p className="cd-hint">{t('templatesUi.previewTitle', { title: preview.title })}</p>
          <div className="cd-template-preview-text">{preview.text}</div>
          {!rendered.ok && rendered.missing.length > 0 && (
            <p className="cd-hint">{t('templatesUi.previewIncomplete')}</p>
          )}
          {rendered.unknownPlaceholders.length > 0 && (
            <p className="cd-field-error">
              {t('templates.unknownPlaceholders', {
                placeholders: rendered.unknownPlaceholders.map((name) => `{{${name}}}`).join(', '),
              })}
            </p>
          )}
          <TemplateWarningList warnings={warnings} />
        </section>
      </div>
      {attempted && !rendered.ok && (
        <p role="alert" className="cd-form-error">
          {t('templatesUi.applyBlocked')}
        </p>
      )}
      <p className="cd-hint">{t('templatesUi.applyHint')}</p>
      <div className="cd-dialog-actions">
        <button type="button" onClick={onClose}>
          {t('templatesUi.cancel')}
        </button>
        <button type="button" className="cd-primary" disabled={busy} onClick={() => void apply()}>
          {t('templatesUi.apply')}
        </button>
      </div>
    </>
  );
}
