import { describe, expect, it, vi } from 'vitest';
import { readStorageStatus, requestPersistentStorage } from './storage';

/** The parts of `navigator.storage` the desk uses, answering as a browser would. */
function storageManager(answers: {
  persisted: boolean;
  persist?: boolean;
  usage?: number;
  quota?: number;
  fails?: boolean;
}) {
  const fail = () => Promise.reject(new DOMException('not allowed', 'SecurityError'));
  return {
    persisted: vi.fn(() => (answers.fails ? fail() : Promise.resolve(answers.persisted))),
    persist: vi.fn(() => (answers.fails ? fail() : Promise.resolve(answers.persist ?? false))),
    estimate: vi.fn(() => Promise.resolve({ usage: answers.usage, quota: answers.quota })),
    getDirectory: vi.fn(),
  } satisfies StorageManager;
}

describe('persistent storage at start-up', () => {
  it('asks the browser to persist and reports its answer', async () => {
    const granting = storageManager({ persisted: false, persist: true });
    expect(await requestPersistentStorage(granting)).toBe('granted');
    expect(granting.persist).toHaveBeenCalledOnce();

    const refusing = storageManager({ persisted: false, persist: false });
    expect(await requestPersistentStorage(refusing)).toBe('denied');
    expect(refusing.persist).toHaveBeenCalledOnce();
  });

  it('does not ask again when the data is persisted already', async () => {
    const persisted = storageManager({ persisted: true });
    expect(await requestPersistentStorage(persisted)).toBe('granted');
    expect(persisted.persist).not.toHaveBeenCalled();
  });

  it('is unsupported without navigator.storage or when the browser refuses to answer', async () => {
    expect(await requestPersistentStorage(undefined)).toBe('unsupported');
    expect(await requestPersistentStorage(storageManager({ persisted: false, fails: true }))).toBe(
      'unsupported',
    );
  });
});

describe('storage status for the settings', () => {
  it('tells whether storage is persistent and how much is used of how much', async () => {
    const manager = storageManager({ persisted: true, usage: 1_572_864, quota: 2_147_483_648 });
    expect(await readStorageStatus(manager)).toEqual({
      persistence: 'granted',
      usage: 1_572_864,
      quota: 2_147_483_648,
    });
    expect(manager.persist).not.toHaveBeenCalled();
  });

  it('leaves the figures unknown where the browser does not tell', async () => {
    expect(await readStorageStatus(storageManager({ persisted: false }))).toEqual({
      persistence: 'denied',
      usage: null,
      quota: null,
    });
    expect(await readStorageStatus(undefined)).toEqual({
      persistence: 'unsupported',
      usage: null,
      quota: null,
    });
  });
});
