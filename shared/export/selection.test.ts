import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../model/channels';
import { WORKFLOW_STATUSES } from '../workflow/statuses';
import { ExportError } from './errors';
import { EXCLUSION_REASONS, selectForExport, type ExportSelectionOptions } from './selection';
import { exportPost } from './testFixtures';

const OPTIONS: ExportSelectionOptions = {
  fromDate: '2026-11-23',
  toDate: '2026-11-29',
  timeZone: 'Europe/Berlin',
  now: new Date('2026-11-20T12:00:00Z'),
};

describe('selectForExport', () => {
  it('takes approved and exported posts in range and names the reason for every other post', () => {
    const post = (overrides: Parameters<typeof exportPost>[0]) =>
      exportPost({ campaignId: 'c1', ...overrides });
    const ok = post({ scheduledAt: '2026-11-24T10:00:00+01:00' });
    const exported = post({ scheduledAt: '2026-11-23T00:00:00+01:00', status: 'exported' });
    const lastMinute = post({ scheduledAt: '2026-11-29T23:59:00+01:00' });
    const cases = [
      [post({ scheduledAt: null }), 'notScheduled'],
      [post({ scheduledAt: '2026-11-22T23:59:00+01:00' }), 'outOfRange'],
      [post({ scheduledAt: '2026-11-29T23:30:00Z' }), 'outOfRange'], // Monday 00:30 in Berlin
      [post({ scheduledAt: '2026-11-24T10:00:00+01:00', channels: ['x'] }), 'channelNotChosen'],
      [post({ scheduledAt: '2026-11-24T10:00:00+01:00', campaignId: 'other' }), 'campaignNotChosen'],
      [post({ scheduledAt: '2026-11-24T10:00:00+01:00', campaignId: null }), 'campaignNotChosen'],
      [post({ scheduledAt: '2026-11-24T10:00:00+01:00', status: 'draft' }), 'notApproved'],
      [post({ scheduledAt: '2026-11-24T10:00:00+01:00', status: 'in_review' }), 'notApproved'],
      [post({ scheduledAt: '2026-11-24T10:00:00+01:00', status: 'withdrawn' }), 'notApproved'],
      [post({ scheduledAt: '2026-11-24T10:00:00+01:00', status: 'expired' }), 'expired'],
      [post({ scheduledAt: '2026-11-24T10:00:00+01:00', status: 'on_hold' }), 'onHold'],
      [post({ id: 'no-consent', scheduledAt: '2026-11-24T11:00:00+01:00' }), 'consentMissing'],
      [post({ id: 'withdrawn', scheduledAt: '2026-11-24T12:00:00+01:00' }), 'consentWithdrawn'],
    ] as const;
    const result = selectForExport([...cases.map(([p]) => p), lastMinute, ok, exported], {
      ...OPTIONS,
      channels: ['instagram', 'facebook', 'linkedin'],
      campaignIds: ['c1'],
      consentProblems: { 'no-consent': 'consentMissing', withdrawn: 'consentWithdrawn' },
    });
    expect(result.included.map((p) => p.id)).toEqual([exported.id, ok.id, lastMinute.id]);
    const reasons = Object.fromEntries(result.excluded.map(({ post: p, reason }) => [p.id, reason]));
    expect(reasons).toEqual(Object.fromEntries(cases.map(([p, reason]) => [p.id, reason])));
  });

  it('narrows included posts to the chosen networks', () => {
    const post = exportPost({
      scheduledAt: '2026-11-24T10:00:00+01:00',
      channels: ['linkedin', 'instagram', 'x'],
    });
    const { included } = selectForExport([post], { ...OPTIONS, channels: ['x', 'linkedin'] });
    expect(included[0]?.channels).toEqual(['linkedin', 'x']);
    expect(included[0]?.variants.map((v) => v.channel)).toEqual(['linkedin', 'x']);
    expect(selectForExport([post], OPTIONS).included[0]).toBe(post);
  });

  it('leaves past posts out unless asked', () => {
    const past = exportPost({ scheduledAt: '2026-11-24T10:00:00+01:00' });
    const now = new Date('2026-11-25T00:00:00Z');
    expect(selectForExport([past], { ...OPTIONS, now }).excluded).toEqual([{ post: past, reason: 'inPast' }]);
    expect(selectForExport([past], { ...OPTIONS, now, allowPast: true }).included).toEqual([past]);
  });

  it('refuses a broken range', () => {
    expect(() => selectForExport([], { ...OPTIONS, fromDate: '2026-11-30' })).toThrow(ExportError);
    expect(() => selectForExport([], { ...OPTIONS, toDate: '2026-13-01' })).toThrow(/invalidDate/);
  });

  it('puts every post in exactly one list, and only approved or exported posts in range are included', () => {
    const postArb = fc.record({
      status: fc.constantFrom(...WORKFLOW_STATUSES),
      day: fc.integer({ min: 15, max: 30 }),
      hour: fc.integer({ min: 0, max: 23 }),
      channels: fc.subarray([...CHANNELS], { minLength: 1 }),
      scheduled: fc.boolean(),
      consent: fc.constantFrom(undefined, 'consentMissing', 'consentWithdrawn'),
    });
    fc.assert(
      fc.property(fc.array(postArb, { maxLength: 20 }), fc.subarray([...CHANNELS]), (specs, channels) => {
        const posts = specs.map((spec) =>
          exportPost({
            status: spec.status,
            channels: spec.channels,
            scheduledAt: spec.scheduled
              ? `2026-11-${spec.day}T${String(spec.hour).padStart(2, '0')}:00:00Z`
              : null,
          }),
        );
        const consentProblems = Object.fromEntries(
          posts.flatMap((post, i) => {
            const consent = specs[i]?.consent;
            return consent === undefined ? [] : [[post.id, consent]];
          }),
        );
        const { included, excluded } = selectForExport(posts, { ...OPTIONS, channels, consentProblems });
        expect(included.length + excluded.length).toBe(posts.length);
        expect(new Set([...included.map((p) => p.id), ...excluded.map((e) => e.post.id)]).size).toBe(
          posts.length,
        );
        for (const post of included) {
          expect(['approved', 'exported']).toContain(post.status);
          expect(post.channels.every((channel) => channels.includes(channel))).toBe(true);
          expect(post.channels.length).toBeGreaterThan(0);
          expect(Object.hasOwn(consentProblems, post.id)).toBe(false);
        }
        for (const { reason } of excluded) expect(EXCLUSION_REASONS).toContain(reason);
      }),
    );
  });
});
