import { describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from '../../../shared/ipc/contract';
import { BACKUP_INTERVAL_MS, createAutomaticBackups } from './automaticBackups';

function setUp() {
  let tick: (() => void) | undefined;
  let requested: (() => void) | undefined;
  let marker = 'a';
  const writeBackup = vi.fn<DesktopApi['writeBackup']>(() =>
    Promise.resolve({ status: 'written', fileName: 'f.json', sha256: '0'.repeat(64), at: 'now' }),
  );
  const unsubscribe = vi.fn();
  const platform = {
    writeBackup,
    onBackupRequested: vi.fn((callback: () => void) => {
      requested = callback;
      return unsubscribe;
    }),
  } as unknown as DesktopApi;
  const clearInterval = vi.fn();
  const backups = createAutomaticBackups({
    platform,
    marker: () => Promise.resolve(marker),
    json: () => Promise.resolve('{"format":"civic-desk-workspace"}'),
    now: () => new Date('2026-11-25T15:00:00Z'),
    setInterval: (callback, ms) => {
      expect(ms).toBe(BACKUP_INTERVAL_MS);
      tick = callback;
      return 42;
    },
    clearInterval,
  });
  return {
    backups,
    writeBackup,
    unsubscribe,
    clearInterval,
    tick: () => tick?.(),
    quit: () => requested?.(),
    change: (next: string) => {
      marker = next;
    },
  };
}

describe('automatic backups', () => {
  it('back up every 15 minutes only while something changed', async () => {
    const desk = setUp();
    desk.tick();
    await vi.waitFor(() => expect(desk.writeBackup).toHaveBeenCalledTimes(1));
    expect(desk.writeBackup).toHaveBeenCalledWith({
      json: '{"format":"civic-desk-workspace"}',
      reason: 'interval',
    });
    expect(await desk.backups.backUp('interval')).toBeNull(); // nothing changed since
    desk.change('b');
    expect(await desk.backups.backUp('interval')).toMatchObject({ status: 'written' });
    expect(desk.writeBackup).toHaveBeenCalledTimes(2);
  });

  it('back up on quit even without changes', async () => {
    const desk = setUp();
    await desk.backups.backUp('interval');
    desk.quit();
    await vi.waitFor(() =>
      expect(desk.writeBackup).toHaveBeenLastCalledWith(expect.objectContaining({ reason: 'quit' })),
    );
  });

  it('try again at the next tick after a failed backup', async () => {
    const desk = setUp();
    desk.writeBackup.mockResolvedValueOnce({ status: 'failed', reason: 'lowDisk', message: 'voll' });
    expect(await desk.backups.backUp('interval')).toMatchObject({ status: 'failed' });
    expect(await desk.backups.backUp('interval')).toMatchObject({ status: 'written' });
  });

  it('stop the timer and the quit subscription', () => {
    const desk = setUp();
    desk.backups.stop();
    expect(desk.clearInterval).toHaveBeenCalledWith(42);
    expect(desk.unsubscribe).toHaveBeenCalled();
  });
});
