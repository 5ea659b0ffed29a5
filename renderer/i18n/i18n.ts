import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLocale } from '../../shared/model/settings';
import { deCatalogue, enCatalogue } from './catalogue';
import { installDecimalComma } from './decimalComma';
import { deAT, deCH } from './locales/regional';

export const RESOURCES = {
  'de-DE': { translation: deCatalogue },
  'de-CH': { translation: deCH },
  'de-AT': { translation: deAT },
  en: { translation: enCatalogue },
} as const satisfies Record<UiLocale, { translation: unknown }>;

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof deCatalogue };
  }
}

/** Creates and initialises an i18next instance (synchronously: resources are bundled). */
export function createI18n(locale: UiLocale): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: RESOURCES,
    lng: locale,
    fallbackLng: 'de-DE',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  installDecimalComma(instance);
  return instance;
}
