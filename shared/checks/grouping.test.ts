import { describe, expect, it } from 'vitest';
import type { Channel } from '../model/channels';
import type { PostFinding } from './engine';
import { groupFindings } from './grouping';

function finding(
  channel: Channel,
  rule: string,
  start: number,
  extra: Partial<PostFinding> = {},
): PostFinding {
  return {
    id: `${channel}.${rule}:${start}`,
    rule,
    severity: 'warn',
    messageKey: `checks.${rule}`,
    params: { text: 'Bürger' },
    range: { start, end: start + 6 },
    suggestion: 'Bevölkerung',
    source: 'Leitfaden',
    channel,
    ...extra,
  };
}

describe('groupFindings', () => {
  it('shows a finding of a shared text once, naming every network it concerns', () => {
    const groups = groupFindings([
      finding('facebook', 'gender.masculineGeneric', 6),
      finding('instagram', 'gender.masculineGeneric', 6),
      finding('x', 'gender.masculineGeneric', 6),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.channels).toEqual(['facebook', 'instagram', 'x']);
    expect(groups[0]?.findings.map((entry) => entry.id)).toEqual([
      'facebook.gender.masculineGeneric:6',
      'instagram.gender.masculineGeneric:6',
      'x.gender.masculineGeneric:6',
    ]);
    expect(groups[0]?.key).toBe('facebook.gender.masculineGeneric:6');
  });

  it('keeps findings apart that differ in place, wording, severity or parameters, in the engine order', () => {
    const groups = groupFindings([
      finding('facebook', 'crisis.humourEmoji', 0, { severity: 'block' }),
      finding('facebook', 'gender.masculineGeneric', 6),
      finding('instagram', 'gender.masculineGeneric', 12),
      finding('x', 'gender.masculineGeneric', 6, { params: { text: 'Bürgern' } }),
      finding('linkedin', 'gender.masculineGeneric', 6, { severity: 'info' }),
      finding('instagram', 'crisis.humourEmoji', 0, { severity: 'block' }),
    ]);
    expect(groups.map((group) => [group.findings[0]?.rule, group.channels])).toEqual([
      ['crisis.humourEmoji', ['facebook', 'instagram']],
      ['gender.masculineGeneric', ['facebook']],
      ['gender.masculineGeneric', ['instagram']],
      ['gender.masculineGeneric', ['x']],
      ['gender.masculineGeneric', ['linkedin']],
    ]);
  });

  it('groups findings without a place (a missing image) by what they say', () => {
    const missing = { range: null, params: {}, suggestion: null, severity: 'block' as const };
    const groups = groupFindings([
      finding('instagram', 'limits.image.required', 0, missing),
      finding('facebook', 'limits.text.tooLong', 0, { ...missing, params: { count: 70000 } }),
    ]);
    expect(groups).toHaveLength(2);
  });
});
