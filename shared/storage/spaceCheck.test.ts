import { describe, expect, it } from 'vitest';
import {
  decideDiskSpace,
  decideSpace,
  DISK_RESERVE_BYTES,
  DISK_SPACE_FACTOR,
  SPACE_FACTOR,
  SPACE_RESERVE_BYTES,
  toMegabytes,
} from './spaceCheck';

const MB = 1024 * 1024;

describe('decideSpace', () => {
  it('allows a write when quota − usage covers the payload times the factor plus the reserve', () => {
    const needed = 10 * MB * SPACE_FACTOR + SPACE_RESERVE_BYTES;
    expect(decideSpace({ quota: 1000 * MB, usage: 1000 * MB - needed }, 10 * MB)).toEqual({
      ok: true,
      freeBytes: needed,
    });
  });

  it('refuses when one byte is missing, naming what is needed and what is free', () => {
    const needed = 10 * MB * SPACE_FACTOR + SPACE_RESERVE_BYTES;
    expect(decideSpace({ quota: 1000 * MB, usage: 1000 * MB - needed + 1 }, 10 * MB)).toEqual({
      ok: false,
      neededBytes: needed,
      freeBytes: needed - 1,
    });
  });

  it('refuses when usage is above the quota (free space counts as 0)', () => {
    expect(decideSpace({ quota: 5 * MB, usage: 9 * MB }, 1)).toMatchObject({ ok: false, freeBytes: 0 });
  });

  it('lets the write try when the browser gives no estimate', () => {
    expect(decideSpace(null, 10 * MB)).toEqual({ ok: true, freeBytes: null });
    expect(decideSpace({}, 10 * MB)).toEqual({ ok: true, freeBytes: null });
    expect(decideSpace({ quota: Number.NaN, usage: 0 }, 10 * MB)).toEqual({ ok: true, freeBytes: null });
  });

  it('rejects a size that is not one', () => {
    expect(() => decideSpace({ quota: 1, usage: 0 }, -1)).toThrow(RangeError);
    expect(() => decideSpace({ quota: 1, usage: 0 }, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('rounds megabytes up', () => {
    expect(toMegabytes(1)).toBe(1);
    expect(toMegabytes(MB)).toBe(1);
    expect(toMegabytes(MB + 1)).toBe(2);
    expect(toMegabytes(0)).toBe(0);
  });
});

describe('decideDiskSpace (backups and export saves)', () => {
  it('allows a file when the disk has twice its size plus the reserve, and not one byte less', () => {
    const needed = 2 * 10 * MB + DISK_RESERVE_BYTES;
    expect(decideDiskSpace(needed, 10 * MB)).toEqual({ ok: true, freeBytes: needed });
    expect(decideDiskSpace(needed - 1, 10 * MB)).toEqual({
      ok: false,
      neededBytes: needed,
      freeBytes: needed - 1,
    });
    expect(DISK_SPACE_FACTOR).toBe(2);
  });

  it('keeps the reserve even for an empty file', () => {
    expect(decideDiskSpace(DISK_RESERVE_BYTES - 1, 0)).toMatchObject({
      ok: false,
      neededBytes: DISK_RESERVE_BYTES,
    });
  });

  it('rejects sizes that are not byte counts', () => {
    expect(() => decideDiskSpace(Number.NaN, 1)).toThrow(RangeError);
    expect(() => decideDiskSpace(1, -1)).toThrow(RangeError);
  });
});
