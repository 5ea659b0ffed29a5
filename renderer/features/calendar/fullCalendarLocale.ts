/** FullCalendar's own locale data (week start, date formats, month names such as "Jänner") per UI language. */
import type { LocaleInput } from '@fullcalendar/react';
import deLocale from '@fullcalendar/react/locales/de';
import deAtLocale from '@fullcalendar/react/locales/de-at';
import type { UiLocale } from '../../../shared/model/settings';

export function fullCalendarLocale(locale: UiLocale): LocaleInput | string {
  switch (locale) {
    case 'de-DE':
    case 'de-CH':
      return deLocale;
    case 'de-AT':
      return deAtLocale;
    case 'en':
      return 'en-GB';
  }
}
