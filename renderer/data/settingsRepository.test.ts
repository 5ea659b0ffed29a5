import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/model/settings';
import { db } from './db';
import { loadSettings, saveSettings } from './settingsRepository';

beforeEach(async () => {
  await db.open();
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
    expect(await saveSettings(zurich)).toEqual({ ok: true });
    expect(await loadSettings()).toEqual(zurich);
  });

  it('rejects an invalid value by its field and keeps the saved settings', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, organisationName: 'Stadt Graz' });
    const bad = { ...DEFAULT_SETTINGS, timeZone: 'Mars/Olympus' } as unknown as Settings;
    expect(await saveSettings(bad)).toEqual({ ok: false, field: 'timeZone' });
    expect((await loadSettings()).organisationName).toBe('Stadt Graz');
  });
});
