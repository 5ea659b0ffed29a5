/**
 * Texts for shared/reminders, in i18next form. The renderer merges them into its catalogues under the key
 * `reminders`, so `reminders.reviewWaiting` here is `reviewWaiting`. Params: `title`, `date` (DD.MM.YYYY),
 * `time` (HH:mm), `hours` (whole hours left), `step` (1-based approval step).
 */
import type { ReminderKind } from './reminders';

export const reminderMessagesDe = {
  reviewWaiting:
    '„{{title}}“ wartet auf Ihre Freigabe (Schritt {{step}}), geplant für {{date}}, {{time}} Uhr.',
  approvalExpiring:
    '„{{title}}“ ist noch nicht freigegeben und geht am {{date}} um {{time}} Uhr raus (in {{hours}} Std.). Ohne ' +
    'Freigabe bis dahin verfällt die Anfrage.',
  expired:
    '„{{title}}“ war für {{date}}, {{time}} Uhr geplant und wurde bis dahin nicht freigegeben. Die Anfrage ist ' +
    'verfallen; bitte planen Sie den Beitrag neu und reichen Sie ihn erneut ein.',
  dueTodayNotExported:
    '„{{title}}“ ist freigegeben und heute um {{time}} Uhr geplant, wurde aber noch nicht exportiert.',
} satisfies Record<ReminderKind, string>;

export type ReminderMessages = typeof reminderMessagesDe;

export const reminderMessagesEn: ReminderMessages = {
  reviewWaiting: '“{{title}}” is waiting for your approval (step {{step}}), planned for {{date}}, {{time}}.',
  approvalExpiring:
    '“{{title}}” is not approved yet and goes out on {{date}} at {{time}} (in {{hours}} h). Without approval by ' +
    'then, the request expires.',
  expired:
    '“{{title}}” was planned for {{date}}, {{time}} and was not approved in time. The request has expired; please ' +
    'reschedule the post and submit it again.',
  dueTodayNotExported:
    '“{{title}}” is approved and planned for today at {{time}}, but has not been exported yet.',
};
