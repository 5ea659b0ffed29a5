/**
 * Messages whose key is data (a refusal reason from a repository, an error from shared/): i18next's typed `t`
 * accepts only literal keys, so such keys are passed through here, in one place. A key missing from the
 * catalogues shows the generic "saving failed" text rather than a raw key.
 */
import type { TFunction } from 'i18next';

export function translateKey(t: TFunction, key: string, params: Record<string, unknown> = {}): string {
  return t(key as 'errors.writeFailed', { ...params, defaultValue: t('errors.writeFailed') });
}
