/**
 * The message for a save that did not happen (the desktop's `SaveFailure`): what is wrong and what to do. Sizes in
 * whole megabytes: what is needed rounded up, what is free rounded down, so "free N MB" is always enough.
 */
import type { TFunction } from 'i18next';
import type { SaveFailure } from '../../shared/ipc/contract';
import { toMegabytes } from '../../shared/storage/spaceCheck';

const MB = 1024 * 1024;
/** System codes of a disk (or the person's quota on it) that filled up while the file was written. */
const DISK_FULL_CODES: ReadonlySet<string> = new Set(['ENOSPC', 'EDQUOT']);

export function saveFailureText(t: TFunction, failure: SaveFailure): string {
  if (failure.reason === 'lowDisk') {
    return t('saveFile.lowDisk', {
      needed: toMegabytes(failure.neededBytes),
      free: Math.floor(failure.freeBytes / MB),
      missing: toMegabytes(Math.max(1, failure.neededBytes - failure.freeBytes)),
    });
  }
  if (failure.code !== null && DISK_FULL_CODES.has(failure.code)) return t('saveFile.diskFull');
  return failure.code === null
    ? t('saveFile.writeFailedNoCode')
    : t('saveFile.writeFailed', { code: failure.code });
}
