/**
 * A job advertisement (the built-in recruiting template) that goes out after its own application deadline: a
 * blocking finding, overridable with a written reason like the other findings (a late reminder can be meant),
 * so the approver sees it and the gate keeps it from review and export until someone answers for it.
 */
import type { TemplateUse } from '../../model/post';
import { builtInTemplate } from '../../templates/builtIn';
import { isPlainDate } from '../../time/zoned';
import type { CheckFinding } from '../types';

const RECRUITING_ID = builtInTemplate('recruiting').id;

/** The finding (at most one) for a post made from the recruiting template and published on `publishDay`. */
export function recruitingFindings(
  template: TemplateUse | null | undefined,
  publishDay: string,
): CheckFinding[] {
  if (template?.templateId !== RECRUITING_ID) return [];
  const deadline = template.values.deadline?.trim() ?? '';
  if (!isPlainDate(deadline) || publishDay <= deadline) return [];
  return [
    {
      id: 'recruiting.afterDeadline',
      rule: 'recruiting.afterDeadline',
      severity: 'block',
      messageKey: 'checks.recruiting.afterDeadline',
      params: {
        deadline: deadline.split('-').reverse().join('.'),
        publishDay: publishDay.split('-').reverse().join('.'),
      },
      range: null,
      suggestion: null,
      source: 'Vorlage „Stellenanzeige“: Bewerbungsschluss',
    },
  ];
}
