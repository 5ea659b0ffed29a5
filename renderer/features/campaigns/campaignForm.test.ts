import { describe, expect, it } from 'vitest';
import type { Campaign } from '../../../shared/model/campaign';
import {
  draftFromCampaign,
  EMPTY_DRAFT,
  parseCategories,
  validateCampaignDraft,
  type CampaignDraft,
} from './campaignForm';

const valid: CampaignDraft = {
  ...EMPTY_DRAFT,
  name: 'Ausbildung im Rathaus',
  categories: 'Karriere, Service',
  budgetPlanned: '1.500,50',
  startDate: '2026-10-01',
  endDate: '2026-12-31',
};

describe('campaign form', () => {
  it('turns euros into cents and the category list into an array', () => {
    expect(validateCampaignDraft(valid, 'de-DE')).toEqual({
      ok: true,
      value: {
        name: 'Ausbildung im Rathaus',
        goal: '',
        targetGroup: '',
        categories: ['Karriere', 'Service'],
        responsible: '',
        budgetPlannedCents: 150050,
        budgetSpentCents: 0,
        startDate: '2026-10-01',
        endDate: '2026-12-31',
      },
    });
  });

  it('reads categories trimmed, without empties or repeats', () => {
    expect(parseCategories(' Service ,, Karriere,service ,  Feste   Termine ')).toEqual([
      'Service',
      'Karriere',
      'Feste Termine',
    ]);
  });

  it.each<{ label: string; change: Partial<CampaignDraft>; errors: object }>([
    {
      label: 'an end before the start',
      change: { endDate: '2026-09-30' },
      errors: { endDate: 'endBeforeStart' },
    },
    {
      label: 'missing dates',
      change: { startDate: '', endDate: '' },
      errors: { startDate: 'dateRequired', endDate: 'dateRequired' },
    },
    {
      label: 'a day that does not exist',
      change: { startDate: '2026-02-30' },
      errors: { startDate: 'dateInvalid' },
    },
    { label: 'an empty name', change: { name: '   ' }, errors: { name: 'nameRequired' } },
    { label: 'a long goal', change: { goal: 'x'.repeat(2001) }, errors: { goal: 'goalTooLong' } },
    {
      label: 'a long category',
      change: { categories: `Service, ${'k'.repeat(61)}` },
      errors: { categories: 'categoryTooLong' },
    },
    {
      label: 'too many categories',
      change: { categories: Array.from({ length: 21 }, (_, i) => `K${String(i)}`).join(',') },
      errors: { categories: 'tooManyCategories' },
    },
    {
      label: 'amounts that are no euros, all at once with the name',
      change: { name: '', budgetPlanned: '1500.50', budgetSpent: 'viel' },
      errors: { name: 'nameRequired', budgetPlanned: 'amountInvalid', budgetSpent: 'amountInvalid' },
    },
  ])('shows $label beside the field', ({ change, errors }) => {
    expect(validateCampaignDraft({ ...valid, ...change }, 'de-DE')).toEqual({ ok: false, errors });
  });

  it('fills the form from a saved campaign in the UI language', () => {
    const campaign: Campaign = {
      id: 'c1',
      name: 'Advent',
      goal: 'Besuch',
      targetGroup: 'Familien',
      categories: ['Veranstaltungen', 'Service'],
      responsible: 'Frau Yilmaz',
      budgetPlannedCents: 150050,
      budgetSpentCents: 2000,
      startDate: '2026-11-27',
      endDate: '2026-12-24',
    };
    const draft = draftFromCampaign(campaign, 'de-DE');
    expect(draft).toMatchObject({
      categories: 'Veranstaltungen, Service',
      budgetPlanned: '1500,50',
      budgetSpent: '20,00',
    });
    const { id: _id, ...value } = campaign;
    expect(validateCampaignDraft(draft, 'de-DE')).toEqual({ ok: true, value });
  });
});
