/**
 * Templates in the composer: "Vorlage verwenden" (choose, fill in, preview, apply; for a quiz also the answer
 * post) and "Als Vorlage speichern" (the draft's master text with its {{feld}} placeholders as a custom template).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/model/settings';
import type { ComposerDraft } from '../../../shared/model/composerDraft';
import { SaveTemplateDialog } from './SaveTemplateDialog';
import { TemplateDialog } from './TemplateDialog';
import './templates.css';

export interface TemplatePickerProps {
  draft: ComposerDraft;
  settings: Settings;
  onApply: (applied: {
    title: string;
    text: string;
    template: { templateId: string; values: Record<string, string> };
    /**
     * A quiz answer to create once the post can carry it (it has no date, time or network yet): the quiz's
     * values. The composer creates it at the next save that makes the post complete, or says why not.
     */
    deferredAnswer?: Record<string, string>;
  }) => void;
}

export function TemplatePicker({ draft, settings, onApply }: TemplatePickerProps) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'use' | 'save' | null>(null);
  const close = () => setDialog(null);
  return (
    <div className="cd-template-actions">
      <button type="button" aria-haspopup="dialog" onClick={() => setDialog('use')}>
        {t('templatesUi.open')}
      </button>
      <button type="button" aria-haspopup="dialog" onClick={() => setDialog('save')}>
        {t('templatesUi.saveAsTemplate')}
      </button>
      {dialog === 'use' && (
        <TemplateDialog draft={draft} settings={settings} onApply={onApply} onClose={close} />
      )}
      {dialog === 'save' && <SaveTemplateDialog draft={draft} onClose={close} />}
    </div>
  );
}
