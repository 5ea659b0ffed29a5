/** Live reads of the consent register for components; they re-render when consents or media links change. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Consent } from '../../../shared/model/media';
import { countMediaByConsent, listConsents } from './consentsRepository';

/** Every consent, by person; `undefined` while loading. */
export function useConsents(): Consent[] | undefined {
  return useLiveQuery(() => listConsents(), []);
}

/** How many media link each consent (absent: none); `undefined` while loading. */
export function useConsentMediaCounts(): Record<string, number> | undefined {
  return useLiveQuery(() => countMediaByConsent(), []);
}
