import { describe, expect, it } from 'vitest';
import { applicableItems, DEFAULT_CHECKLIST, type ChecklistItem } from './checklist';
import { isCrisisPost } from './crisis';
import { isOverridable, submissionGate, type FindingOverride } from './gate';
import type { CheckFinding } from './types';

function finding(id: string, severity: CheckFinding['severity']): CheckFinding {
  return {
    id,
    rule: 'test',
    severity,
    messageKey: 'x',
    params: {},
    range: null,
    suggestion: null,
    source: 's',
  };
}

const items: ChecklistItem[] = [
  { id: 'facts', text: 'Fakten geprüft', required: true, categories: [], channels: [] },
  { id: 'netiquette', text: 'Netiquette', required: false, categories: [], channels: [] },
  { id: 'hr', text: 'Personalrat informiert', required: true, categories: ['Karriere'], channels: [] },
  { id: 'ig', text: 'Link in Bio aktualisiert', required: true, categories: [], channels: ['instagram'] },
];
const tick = (itemId: string) => ({ itemId, by: 'anna', at: '2026-11-25T08:00:00.000Z' });
const override = (findingId: string, reason: string): FindingOverride => ({
  findingId,
  reason,
  by: 'anna',
  at: '2026-11-25T08:00:00.000Z',
});

describe('checklist', () => {
  it('applies items by category and network; empty lists mean every post', () => {
    expect(applicableItems(items, null, ['facebook']).map((item) => item.id)).toEqual([
      'facts',
      'netiquette',
    ]);
    expect(applicableItems(items, 'Karriere', ['instagram']).map((item) => item.id)).toEqual([
      'facts',
      'netiquette',
      'hr',
      'ig',
    ]);
  });

  it('ships the defaults of the concept, most of them required', () => {
    expect(DEFAULT_CHECKLIST).toHaveLength(8);
    expect(DEFAULT_CHECKLIST.filter((item) => item.required)).toHaveLength(6);
  });
});

describe('submissionGate', () => {
  const applicable = applicableItems(items, null, ['facebook']);

  it('opens with no blocking finding and every required item ticked; warnings do not block', () => {
    const gate = submissionGate(
      [finding('a', 'warn'), finding('b', 'info')],
      applicable,
      [tick('facts')],
      [],
    );
    expect(gate).toEqual({ open: true, blocking: [], missingItems: [], overridden: [] });
  });

  it('stays closed for a blocking finding and for a missing required item', () => {
    const gate = submissionGate([finding('a', 'block')], applicable, [], []);
    expect(gate.open).toBe(false);
    expect(gate.blocking.map((entry) => entry.id)).toEqual(['a']);
    expect(gate.missingItems.map((item) => item.id)).toEqual(['facts']);
  });

  it('lets a blocking finding pass only with a written reason of some length', () => {
    const blocking = [finding('a', 'block')];
    expect(submissionGate(blocking, applicable, [tick('facts')], [override('a', 'ok')]).open).toBe(false);
    expect(
      submissionGate(blocking, applicable, [tick('facts')], [override('b', 'Zitat eines Bürgers')]).open,
    ).toBe(false);
    expect(
      submissionGate(blocking, applicable, [tick('facts')], [override('a', 'Zitat eines Bürgers')]).open,
    ).toBe(true);
  });

  it('lets no reason pass a consent finding: people shown need their consent', () => {
    const consent = { ...finding('c', 'block'), rule: 'consent.consentExpired' };
    const gate = submissionGate(
      [consent, finding('a', 'block')],
      applicable,
      [tick('facts')],
      [override('c', 'Die Kollegin hat mündlich zugestimmt.'), override('a', 'Zitat eines Bürgers')],
    );
    expect(gate.open).toBe(false);
    expect(gate.blocking.map((entry) => entry.id)).toEqual(['c']);
    expect(gate.overridden.map((entry) => entry.finding.id)).toEqual(['a']);
    expect(isOverridable(consent)).toBe(false);
    expect(isOverridable(finding('a', 'block'))).toBe(true);
  });

  it('names the findings let through and the override of each, and only valid overrides', () => {
    const findings = [finding('a', 'block'), finding('b', 'block'), finding('c', 'warn')];
    const gate = submissionGate(
      findings,
      applicable,
      [tick('facts')],
      [override('a', 'Zitat eines Bürgers'), override('b', 'ok'), override('c', 'Warnung bewusst')],
    );
    expect(gate.overridden.map((entry) => [entry.finding.id, entry.override.reason])).toEqual([
      ['a', 'Zitat eines Bürgers'],
    ]);
    expect(gate.blocking.map((entry) => entry.id)).toEqual(['b']);
  });
});

describe('isCrisisPost', () => {
  it.each([
    [{ category: 'Krise', template: null }, false, true],
    [{ category: 'Krisenkommunikation', template: null }, false, true],
    [{ category: 'Karriere', template: null }, false, false],
    [{ category: null, template: { templateId: 'builtin-crisis', values: {} } }, false, true],
    [{ category: null, template: null }, true, true],
    [{ category: null, template: null }, false, false],
  ])('%j with crisis mode %s is %s', (post, crisisMode, expected) => {
    expect(isCrisisPost(post, crisisMode)).toBe(expected);
  });
});
