/**
 * The form fields of a template: labels from the template, required ones marked, dates as date inputs, lists one
 * item per line; a missing or invalid value gets its message beside the field (linked with aria-describedby).
 */
import { useTranslation } from 'react-i18next';
import type { PostTemplate, TemplateField } from '../../../shared/templates/types';
import { templateFieldLabel } from './templateTexts';

interface TemplateFieldInputsProps {
  /** Prefix of the element ids; a field's input is `${idPrefix}-${field.id}`. */
  idPrefix: string;
  template: PostTemplate;
  values: Readonly<Record<string, string>>;
  missing: readonly string[];
  invalid: readonly string[];
  /** Missing values are shown only once the person tried to apply the template. */
  showMissing: boolean;
  onChange: (fieldId: string, value: string) => void;
}

export function fieldInputId(idPrefix: string, fieldId: string): string {
  return `${idPrefix}-${fieldId}`;
}

export function TemplateFieldInputs(props: TemplateFieldInputsProps) {
  const { t } = useTranslation();
  const { template } = props;
  return (
    <fieldset className="cd-template-fields">
      <legend>{t('templatesUi.fieldsLegend')}</legend>
      {template.fields.some((field) => field.required) && (
        <p className="cd-hint">{t('templatesUi.requiredNote')}</p>
      )}
      {template.fields.map((field) => (
        <FieldInput key={`${template.id}-${field.id}`} field={field} {...props} />
      ))}
    </fieldset>
  );
}

function FieldInput({
  field,
  template,
  idPrefix,
  values,
  missing,
  invalid,
  showMissing,
  onChange,
}: TemplateFieldInputsProps & { field: TemplateField }) {
  const { t } = useTranslation();
  const inputId = fieldInputId(idPrefix, field.id);
  const value = values[field.id] ?? '';
  const error = invalid.includes(field.id)
    ? t(
        field.type === 'date'
          ? 'templatesUi.fieldInvalid.date'
          : field.type === 'url'
            ? 'templatesUi.fieldInvalid.url'
            : 'templatesUi.fieldInvalid.other',
      )
    : showMissing && missing.includes(field.id)
      ? t('templatesUi.fieldMissing')
      : null;
  const describedBy =
    [error ? `${inputId}-error` : null, field.type === 'list' ? `${inputId}-hint` : null]
      .filter(Boolean)
      .join(' ') || undefined;
  const common = {
    id: inputId,
    value,
    'aria-required': field.required ? true : undefined,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  } as const;

  return (
    <div className="cd-field">
      <label htmlFor={inputId}>
        {templateFieldLabel(t, template, field)}
        {field.required && (
          <span className="cd-template-required" aria-hidden="true">
            {' *'}
          </span>
        )}
      </label>
      {field.type === 'multiline' || field.type === 'list' ? (
        <textarea
          {...common}
          rows={field.type === 'list' ? 4 : 3}
          onChange={(event) => onChange(field.id, event.target.value)}
        />
      ) : (
        <input
          {...common}
          type={field.type === 'date' ? 'date' : field.type === 'url' ? 'url' : 'text'}
          onChange={(event) => onChange(field.id, event.target.value)}
        />
      )}
      {field.type === 'list' && (
        <p id={`${inputId}-hint`} className="cd-hint">
          {t('templatesUi.listHint')}
        </p>
      )}
      {error && (
        <p id={`${inputId}-error`} className="cd-field-error">
          {error}
        </p>
      )}
    </div>
  );
}
