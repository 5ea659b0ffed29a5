/** The audit view's filters: post, person, action, and a day range. */
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/audit/chain';
import type { AuditFilters } from './auditView';
import { actionLabel } from './actionLabel';

interface AuditFilterFormProps {
  filters: AuditFilters;
  onChange: (filters: AuditFilters) => void;
  entries: readonly AuditEntry[];
  actorName: (id: string) => string;
  titleOf: (postId: string) => string;
  rangeOk: boolean;
}

export function AuditFilterForm({
  filters,
  onChange,
  entries,
  actorName,
  titleOf,
  rangeOk,
}: AuditFilterFormProps) {
  const { t } = useTranslation();
  const unique = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))];
  const postIds = unique(entries.map((entry) => entry.postId));
  const actorIds = unique(entries.map((entry) => entry.actorId));
  const actions = unique(entries.map((entry) => entry.action));
  const set = (field: keyof AuditFilters) => (value: string) => onChange({ ...filters, [field]: value });
  const select = (field: 'postId' | 'actorId' | 'action', label: string, options: [string, string][]) => (
    <div className="cd-field">
      <label htmlFor={`audit-filter-${field}`}>{label}</label>
      <select
        id={`audit-filter-${field}`}
        value={filters[field]}
        onChange={(event) => set(field)(event.target.value)}
      >
        <option value="">{t('auditUi.filters.all')}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset className="cd-audit-filters">
      <legend>{t('auditUi.filters.legend')}</legend>
      {select(
        'postId',
        t('auditUi.filters.post'),
        postIds.map((id) => [id, titleOf(id)]),
      )}
      {select(
        'actorId',
        t('auditUi.filters.actor'),
        actorIds.map((id) => [id, actorName(id)]),
      )}
      {select(
        'action',
        t('auditUi.filters.action'),
        actions.map((action) => [action, actionLabel(t, action)]),
      )}
      <div className="cd-field">
        <label htmlFor="audit-filter-from">{t('auditUi.filters.from')}</label>
        <input
          id="audit-filter-from"
          type="date"
          value={filters.from}
          aria-invalid={!rangeOk}
          onChange={(event) => set('from')(event.target.value)}
        />
      </div>
      <div className="cd-field">
        <label htmlFor="audit-filter-to">{t('auditUi.filters.to')}</label>
        <input
          id="audit-filter-to"
          type="date"
          value={filters.to}
          aria-invalid={!rangeOk}
          aria-describedby={rangeOk ? undefined : 'audit-range-error'}
          onChange={(event) => set('to')(event.target.value)}
        />
      </div>
      {!rangeOk && (
        <p id="audit-range-error" role="alert" className="cd-form-error">
          {t('auditUi.filters.badRange')}
        </p>
      )}
      <button
        type="button"
        onClick={() => onChange({ postId: '', actorId: '', action: '', from: '', to: '' })}
      >
        {t('auditUi.filters.reset')}
      </button>
    </fieldset>
  );
}
