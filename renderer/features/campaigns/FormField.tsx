/** A labelled form field with its hint and its error beside it, both linked with aria-describedby. */
import type { ReactNode } from 'react';

export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface FormFieldProps {
  id: string;
  label: string;
  hint?: string;
  /** Already translated. */
  error?: string | undefined;
  children: (control: FieldControlProps) => ReactNode;
}

export function FormField({ id, label, hint, error, children }: FormFieldProps) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="cd-field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <p id={hintId ?? undefined} className="cd-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId ?? undefined} className="cd-field-error">
          {error}
        </p>
      )}
    </div>
  );
}
