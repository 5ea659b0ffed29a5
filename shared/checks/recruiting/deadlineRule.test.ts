import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMIT_SETTINGS } from '../../channels/limitSettings';
import { builtInTemplate } from '../../templates/builtIn';
import { checkPost, type PostCheckInput } from '../engine';
import { isOverridable, submissionGate } from '../gate';
import { CHECK_RULES } from '../registry';
import { DEFAULT_CHECK_SETTINGS } from '../types';

function input(scheduledAt: string | null, deadline = '2026-12-15'): PostCheckInput {
  return {
    variants: [
      { channel: 'facebook', format: 'feed', text: 'Wir suchen Verstärkung!', mediaIds: [] },
      { channel: 'linkedin', format: 'feed', text: 'Wir suchen Verstärkung!', mediaIds: [] },
    ],
    media: {},
    altTexts: {},
    crisis: false,
    settings: DEFAULT_CHECK_SETTINGS,
    limitSettings: DEFAULT_LIMIT_SETTINGS,
    consents: [],
    scheduledAt,
    timeZone: 'Europe/Zurich',
    now: new Date('2026-11-25T08:00:00Z'),
    template: { templateId: builtInTemplate('recruiting').id, values: { deadline, job: 'Sachbearbeitung' } },
  };
}

const late = (findings: ReturnType<typeof checkPost>) =>
  findings.filter((finding) => finding.rule === 'recruiting.afterDeadline');

describe('recruiting deadline', () => {
  it('blocks a job advertisement that goes out after its application deadline, in every network', () => {
    const findings = late(checkPost(input('2026-12-16T09:00:00+01:00'), CHECK_RULES));
    expect(findings.map((finding) => [finding.id, finding.severity])).toEqual([
      ['facebook.recruiting.afterDeadline', 'block'],
      ['linkedin.recruiting.afterDeadline', 'block'],
    ]);
    expect(findings[0]?.params).toEqual({ deadline: '15.12.2026', publishDay: '16.12.2026' });
  });

  it('lets the post out on the deadline day itself, and does not judge an unscheduled draft', () => {
    expect(late(checkPost(input('2026-12-15T23:30:00+01:00'), CHECK_RULES))).toEqual([]);
    expect(late(checkPost(input(null), CHECK_RULES))).toEqual([]);
  });

  it('is overridable with a reason, like other findings: the gate opens only then', () => {
    const findings = late(checkPost(input('2026-12-20T09:00:00+01:00'), CHECK_RULES));
    expect(findings.every(isOverridable)).toBe(true);
    expect(submissionGate(findings, [], [], []).open).toBe(false);
    const overrides = findings.map((finding) => ({
      findingId: finding.id,
      reason: 'Frist wurde verlängert.',
      by: 'anna',
      at: '2026-11-25T08:00:00.000Z',
    }));
    expect(submissionGate(findings, [], [], overrides).open).toBe(true);
  });
});
