/**
 * The campaign form as data: what the fields hold (text, as typed), how they become a Campaign (euros to cents,
 * categories from a comma-separated list) and which message each invalid field shows.
 */
import { campaignSchema, type Campaign } from '../../../shared/model/campaign';
import type { UiLocale } from '../../../shared/model/settings';
import { isPlainDate } from '../../../shared/time/zoned';
import { centsToInput, parseEuroToCents } from './euro';

export interface CampaignDraft {
  name: string;
  goal: string;
  targetGroup: string;
  /** Comma-separated, as typed. */
  categories: string;
  responsible: string;
  /** Euros, as typed in the UI language. */
  budgetPlanned: string;
  budgetSpent: string;
  startDate: string;
  endDate: string;
}

export type CampaignField = keyof CampaignDraft;

/** Keys under `campaignsUi.form.errors`. */
export type CampaignErrorKey =
  | 'nameRequired'
  | 'nameTooLong'
  | 'goalTooLong'
  | 'targetGroupTooLong'
  | 'responsibleTooLong'
  | 'categoryTooLong'
  | 'tooManyCategories'
  | 'amountInvalid'
  | 'amountTooLarge'
  | 'dateRequired'
  | 'dateInvalid'
  | 'endBeforeStart'
  | 'invalid';

export type CampaignErrors = Partial<Record<CampaignField, CampaignErrorKey>>;

export type CampaignValue = Omit<Campaign, 'id'>;

export const EMPTY_DRAFT: CampaignDraft = {
  name: '',
  goal: '',
  targetGroup: '',
  categories: '',
  responsible: '',
  budgetPlanned: '',
  budgetSpent: '',
  startDate: '',
  endDate: '',
};

export function draftFromCampaign(campaign: Campaign, locale: UiLocale): CampaignDraft {
  return {
    name: campaign.name,
    goal: campaign.goal,
    targetGroup: campaign.targetGroup,
    categories: campaign.categories.join(', '),
    responsible: campaign.responsible,
    budgetPlanned: centsToInput(campaign.budgetPlannedCents, locale),
    budgetSpent: centsToInput(campaign.budgetSpentCents, locale),
    startDate: campaign.startDate,
    endDate: campaign.endDate,
  };
}

/** "Service, Karriere ,, service" → ["Service", "Karriere"]: trimmed, no empties, no case-insensitive repeats. */
export function parseCategories(text: string): string[] {
  const seen = new Set<string>();
  const categories: string[] = [];
  for (const raw of text.split(',')) {
    const category = raw.trim().replace(/\s+/g, ' ');
    const key = category.toLocaleLowerCase('de');
    if (category === '' || seen.has(key)) continue;
    seen.add(key);
    categories.push(category);
  }
  return categories;
}

const TOO_LONG: Partial<Record<CampaignField, CampaignErrorKey>> = {
  name: 'nameTooLong',
  goal: 'goalTooLong',
  targetGroup: 'targetGroupTooLong',
  responsible: 'responsibleTooLong',
};

function issueToError(path: readonly PropertyKey[], code: string): [CampaignField, CampaignErrorKey] | null {
  const [field, index] = path;
  if (field === 'name' && code === 'too_small') return ['name', 'nameRequired'];
  if (field === 'categories') {
    return [
      'categories',
      index === undefined && code === 'too_big' ? 'tooManyCategories' : 'categoryTooLong',
    ];
  }
  // Dates are checked below, more precisely than the schema's pattern.
  if (field === 'startDate' || field === 'endDate') return null;
  if (typeof field === 'string' && field in EMPTY_DRAFT) {
    const known = field as CampaignField;
    return [known, (code === 'too_big' ? TOO_LONG[known] : undefined) ?? 'invalid'];
  }
  return null;
}

/** Every field's error at once (not only the first), or the campaign to save. */
export function validateCampaignDraft(
  draft: CampaignDraft,
  locale: UiLocale,
): { ok: true; value: CampaignValue } | { ok: false; errors: CampaignErrors } {
  const errors: CampaignErrors = {};
  const planned = parseEuroToCents(draft.budgetPlanned, locale);
  const spent = parseEuroToCents(draft.budgetSpent, locale);
  if (!planned.ok) errors.budgetPlanned = planned.error;
  if (!spent.ok) errors.budgetSpent = spent.error;

  const value: CampaignValue = {
    name: draft.name.trim(),
    goal: draft.goal.trim(),
    targetGroup: draft.targetGroup.trim(),
    categories: parseCategories(draft.categories),
    responsible: draft.responsible.trim(),
    budgetPlannedCents: planned.ok ? planned.cents : 0,
    budgetSpentCents: spent.ok ? spent.cents : 0,
    startDate: draft.startDate,
    endDate: draft.endDate,
  };
  const parsed = campaignSchema.safeParse({ ...value, id: 'unsaved' });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const error = issueToError(issue.path, issue.code);
      if (error && !errors[error[0]]) errors[error[0]] = error[1];
    }
  }
  // Dates: empty and impossible days first; the order of the two only once both are real days.
  for (const field of ['startDate', 'endDate'] as const) {
    if (draft[field] === '') errors[field] = 'dateRequired';
    else if (!isPlainDate(draft[field])) errors[field] = 'dateInvalid';
  }
  if (!errors.startDate && !errors.endDate && draft.endDate < draft.startDate)
    errors.endDate = 'endBeforeStart';
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value };
}
