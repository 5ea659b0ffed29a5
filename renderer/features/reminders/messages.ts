/** UI strings of this feature (German first); merged into the catalogue under `remindersUi` by renderer/i18n/catalogue.ts. */
export const remindersUiDe = {
  button_zero: 'Erinnerungen: keine',
  button_one: 'Erinnerungen: {{count}}',
  button_other: 'Erinnerungen: {{count}}',
  heading: 'Erinnerungen',
  none: 'Zurzeit gibt es nichts zu erledigen.',
  notificationTitle: 'Civic Desk',
  enableNotifications: 'Desktop-Benachrichtigungen einschalten',
  notificationsOn: 'Desktop-Benachrichtigungen sind eingeschaltet.',
  notificationsDenied:
    'Desktop-Benachrichtigungen sind für Civic Desk blockiert. Sie können sie in den Einstellungen Ihres Systems ' +
    'oder Browsers erlauben.',
  close: 'Schließen',
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const remindersUiEn: Widen<typeof remindersUiDe> = {
  button_zero: 'Reminders: none',
  button_one: 'Reminders: {{count}}',
  button_other: 'Reminders: {{count}}',
  heading: 'Reminders',
  none: 'Nothing to do right now.',
  notificationTitle: 'Civic Desk',
  enableNotifications: 'Turn on desktop notifications',
  notificationsOn: 'Desktop notifications are on.',
  notificationsDenied:
    'Desktop notifications are blocked for Civic Desk. You can allow them in your system or browser settings.',
  close: 'Close',
};
