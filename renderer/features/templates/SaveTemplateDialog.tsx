/**
 * "Als Vorlage speichern": names the draft's title and master text as a custom template; every {{feld}}
 * placeholder becomes a text field. Rendered into document.body, outside the composer's <form>.
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { toDataError } from '../../data/store/dataErrors';
import {
  saveDraftAsTemplate,
  templateFromDraft,
  type TemplateRefusal,
} from '../../data/posts/templatesRepository';
import { useUiStore } from '../../state/uiStore';
import { Modal } from '../../ui/Modal';
import type { ComposerDraft } from '../../../shared/model/composerDraft';

export function SaveTemplateDialog({ draft, onClose }: { draft: ComposerDraft; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const notify = useUiStore((state) => state.notify);
  const [name, setName] = useState('');
  const [refusal, setRefusal] = useState<TemplateRefusal | null>(null);
  const [busy, setBusy] = useState(false);
  const fields = templateFromDraft(name, draft).fields;
  const nameError = refusal?.field === 'name' ? t(refusal.messageKey) : null;
  const otherError = refusal !== null && refusal.field !== 'name' ? t(refusal.messageKey) : null;

  const save = async () => {
    setBusy(true);
    try {
      const result = await saveDraftAsTemplate(name, draft);
      if (!result.ok) {
        setRefusal(result);
        if (result.field === 'name') nameRef.current?.focus();
        return;
      }
      notify({ kind: 'info', text: t('templatesUi.saved', { name: result.template.name }) });
      onClose();
    } catch (error) {
      notify({ kind: 'error', text: t(toDataError(error).messageKey) });
    } finally {
      setBusy(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // Keys typed here are the dialog's (no composer shortcuts); Enter in the name saves.
    event.stopPropagation();
    if (event.key === 'Enter' && event.target === nameRef.current) {
      event.preventDefault();
      void save();
    }
  };

  return createPortal(
    <div className="cd-template-dialog" onKeyDown={onKeyDown}>
      <Modal title={t('templatesUi.saveDialogTitle')} onClose={onClose} initialFocus={nameRef}>
        <p className="cd-hint">{t('templatesUi.saveHint', { example: '{{ort}}' })}</p>
        <div className="cd-field">
          <label htmlFor={`${id}-name`}>{t('templatesUi.templateName')}</label>
          <input
            id={`${id}-name`}
            ref={nameRef}
            value={name}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? `${id}-name-error` : undefined}
            onChange={(event) => {
              setName(event.target.value);
              setRefusal(null);
            }}
          />
          {nameError && (
            <p id={`${id}-name-error`} className="cd-field-error">
              {nameError}
            </p>
          )}
        </div>
        <p>
          {fields.length === 0
            ? t('templatesUi.noPlaceholders')
            : t('templatesUi.placeholdersFound', {
                list: fields.map((field) => `{{${field.id}}}`).join(', '),
              })}
        </p>
        {otherError && (
          <p role="alert" className="cd-form-error">
            {otherError}
          </p>
        )}
        <div className="cd-dialog-actions">
          <button type="button" onClick={onClose}>
            {t('templatesUi.cancel')}
          </button>
          <button type="button" className="cd-primary" disabled={busy} onClick={() => void save()}>
            {t('templatesUi.save')}
          </button>
        </div>
      </Modal>
    </div>,
    document.body,
  );
}
