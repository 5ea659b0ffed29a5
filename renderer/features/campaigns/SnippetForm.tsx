/** Creates or edits one snippet inline; messages appear beside the fields and nothing invalid is saved. */
import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  saveSnippet,
  SNIPPET_KINDS,
  SNIPPET_LABEL_MAX,
  SNIPPET_TEXT_MAX,
  type Snippet,
  type SnippetErrors,
  type SnippetField,
  type SnippetKind,
} from '../../data/posts/snippetsRepository';
import { toDataError } from '../../data/store/dataErrors';
import { useUiStore } from '../../state/uiStore';
import { FormField } from './FormField';
import './campaigns.css';

interface SnippetFormProps {
  /** `null` creates a new snippet. */
  snippet: Snippet | null;
  onDone: () => void;
}

export function SnippetForm({ snippet, onDone }: SnippetFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const notify = useUiStore((state) => state.notify);
  const formRef = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<SnippetKind>(snippet?.kind ?? 'hashtags');
  const [label, setLabel] = useState(snippet?.label ?? '');
  const [text, setText] = useState(snippet?.text ?? '');
  const [errors, setErrors] = useState<SnippetErrors>({});
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  const errorText = (field: SnippetField): string | undefined => {
    const code = errors[field];
    if (!code) return undefined;
    if (code === 'tooLong') {
      return t(
        field === 'label'
          ? 'campaignsUi.snippets.errors.labelTooLong'
          : 'campaignsUi.snippets.errors.textTooLong',
      );
    }
    return t(`campaignsUi.snippets.errors.${code}`);
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      const result = await saveSnippet({ kind, label, text, ...(snippet ? { id: snippet.id } : {}) });
      if (!result.ok) {
        setErrors(result.errors);
        setAttempt((count) => count + 1);
        return;
      }
      notify({ kind: 'info', text: t('campaignsUi.snippets.saved', { label: result.snippet.label }) });
      setErrors({});
      setLabel('');
      setText('');
      onDone();
    } catch (error) {
      notify({ kind: 'error', text: t(toDataError(error).messageKey) });
    }
  };

  return (
    <form ref={formRef} className="cd-snippet-form" noValidate onSubmit={(event) => void submit(event)}>
      <h3>{t(snippet ? 'campaignsUi.snippets.editTitle' : 'campaignsUi.snippets.newSnippet')}</h3>
      <FormField id={`${id}-kind`} label={t('campaignsUi.snippets.fields.kind')} error={errorText('kind')}>
        {(control) => (
          <select {...control} value={kind} onChange={(event) => setKind(event.target.value as SnippetKind)}>
            {SNIPPET_KINDS.map((entry) => (
              <option key={entry} value={entry}>
                {t(`campaignsUi.snippets.kind.${entry}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id={`${id}-label`} label={t('campaignsUi.snippets.fields.label')} error={errorText('label')}>
        {(control) => (
          <input
            {...control}
            value={label}
            maxLength={SNIPPET_LABEL_MAX}
            onChange={(event) => setLabel(event.target.value)}
          />
        )}
      </FormField>
      <FormField
        id={`${id}-text`}
        label={t('campaignsUi.snippets.fields.text')}
        hint={t(`campaignsUi.snippets.hints.${kind}`)}
        error={errorText('text')}
      >
        {(control) =>
          kind === 'link' ? (
            <input
              {...control}
              type="url"
              value={text}
              maxLength={SNIPPET_TEXT_MAX}
              onChange={(event) => setText(event.target.value)}
            />
          ) : (
            <textarea
              {...control}
              rows={3}
              value={text}
              maxLength={SNIPPET_TEXT_MAX}
              onChange={(event) => setText(event.target.value)}
            />
          )
        }
      </FormField>
      <div className="cd-dialog-actions">
        {snippet && (
          <button type="button" onClick={onDone}>
            {t('campaignsUi.snippets.cancel')}
          </button>
        )}
        <button type="submit" className="cd-primary">
          {t('campaignsUi.snippets.save')}
        </button>
      </div>
    </form>
  );
}
