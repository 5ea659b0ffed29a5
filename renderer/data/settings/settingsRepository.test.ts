import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/model/settings';
import { db } from '../store/db';
import { loadSettings, saveSettings } from './settingsRepository';
import { ADA_ADMIN, ANNA_EDITOR, PAUL_APPROVER, seedProfiles } from './testProfiles';

const now = new Date('2026-11-25T09:00:00Z');
const admin = { actorId: ADA_ADMIN.id, now };

beforeEach(async () => {
  await db.open();
  await seedProfiles();
});

afterEach(async () => {
  await db.delete();
});

describe('settings repository', () => {
  it('gives the defaults before anything was saved: Berlin, German, Monday-first region', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves and loads the organisation settings', async () => {
    const zurich: Settings = {
      organisationName: 'Stadt Winterthur',
      region: { country: 'CH', subdivision: 'ZH' },
      timeZone: 'Europe/Zurich',
      locale: 'de-CH',
      defaultPostTime: '09:30',
      limits: { ...DEFAULT_SETTINGS.limits, instagramHashtagLimit: 30 },
      checks: { ...DEFAULT_SETTINGS.checks, genderProfile: 'colon', allowList: ['+41 52 267 51 51'] },
      checklist: DEFAULT_SETTINGS.checklist.slice(0, 3),
      workflow: { ...DEFAULT_SETTINGS.workflow, expiryLeadHours: 12 },
      retention: { postsMonths: 24, commentsMonths: 12, auditMonths: 60 },
    };
    expect(await saveSettings(zurich, admin)).toEqual({ ok: true });
    expect(await loadSettings()).toEqual(zurich);
  });

  it('rejects an invalid value by its field and keeps the saved settings', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, organisationName: 'Stadt Graz' }, admin);
    const bad = { ...DEFAULT_SETTINGS, timeZone: 'Mars/Olympus' } as unknown as Settings;
    expect(await saveSettings(bad, admin)).toEqual({ ok: false, field: 'timeZone' });
    expect((await loadSettings()).organisationName).toBe('Stadt Graz');
  });
});

describe('governance', () => {
  const required = DEFAULT_SETTINGS.checklist.find((item) => item.required);

  it.each([
    ['an editor', ANNA_EDITOR.id],
    ['an approver', PAUL_APPROVER.id],
    ['an unknown profile', 'mallory'],
  ])('refuses %s: no required checklist item unticked, no limit changed, no entry', async (_who, actorId) => {
    expect(required).toBeDefined();
    const loosened: Settings = {
      ...DEFAULT_SETTINGS,
      checklist: DEFAULT_SETTINGS.checklist.map((item) => ({ ...item, required: false })),
      limits: { ...DEFAULT_SETTINGS.limits, instagramHashtagLimit: 30 },
      workflow: {
        ...DEFAULT_SETTINGS.workflow,
        policies: { ...DEFAULT_SETTINGS.workflow.policies, byCategory: {} },
      },
      checks: { ...DEFAULT_SETTINGS.checks, genderProfile: 'off' },
    };
    expect(await saveSettings(loosened, { actorId, now })).toEqual({
      ok: false,
      field: '',
      adminsOnly: true,
    });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await db.audit.count()).toBe(0);
  });

  it('records every change of an admin with the values before and after, and nothing for no change', async () => {
    const changed: Settings = {
      ...DEFAULT_SETTINGS,
      limits: { ...DEFAULT_SETTINGS.limits, instagramHashtagLimit: 30 },
      checks: { ...DEFAULT_SETTINGS.checks, genderProfile: 'colon' },
    };
    expect(await saveSettings(changed, admin)).toEqual({ ok: true });
    expect(await saveSettings(changed, admin)).toEqual({ ok: true });
    const entries = await db.audit.toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: ADA_ADMIN.id, action: 'settingsChanged', postId: null });
    const note = JSON.parse(entries[0]?.note ?? '{}') as Record<string, [unknown, unknown]>;
    expect(note).toEqual({
      'checks.genderProfile': [DEFAULT_SETTINGS.checks.genderProfile, 'colon'],
      'limits.instagramHashtagLimit': [DEFAULT_SETTINGS.limits.instagramHashtagLimit, 30],
    });
  });
});
