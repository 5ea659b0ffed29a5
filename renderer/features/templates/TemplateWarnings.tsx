/**
 * Notes on the template a post was written from, for its planned date: e.g. a job advertisement scheduled after
 * the application deadline. A status list; nothing when there is nothing to say.
 */
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/model/settings';
import { templateWarnings, type TemplateWarning } from '../../../shared/templates/warnings';
import { useTemplate } from '../../data/posts/templateQueries';
import type { ComposerDraft } from '../../../shared/model/composerDraft';
import { draftScheduledAt } from './templateForm';
import './templates.css';

export function TemplateWarnings({ draft, settings }: { draft: ComposerDraft; settings: Settings }) {
  const template = useTemplate(draft.template?.templateId ?? null);
  if (!template || draft.template === null) return null;
  const warnings = templateWarnings(
    template,
    draft.template.values,
    draftScheduledAt(draft, settings.timeZone),
    settings.timeZone,
    settings.locale,
  );
  return <TemplateWarningList warnings={warnings} />;
}

/** The interpolation values a warning carries (a plain record would make i18next expect context keys). */
function paramsOf(warning: TemplateWarning): { deadline?: string; date?: string } {
  return { deadline: warning.params?.deadline, date: warning.params?.date };
}

/** The warnings as a labelled status list; renders nothing for none. */
export function TemplateWarningList({ warnings }: { warnings: readonly TemplateWarning[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <div role="status" aria-label={t('templatesUi.warningsLabel')} className="cd-template-warnings">
      <ul>
        {warnings.map((warning) => (
          <li
            key={warning.messageKey}
            className={`cd-template-warning cd-template-warning-${warning.severity}`}
          >
            {t(warning.messageKey, paramsOf(warning))}
          </li>
        ))}
      </ul>
    </div>
  );
}
