/**
 * Texts for crisis mode, in i18next form. The renderer merges them into its catalogues under the key `crisis`, so
 * `crisis.errors.reasonRequired` here is `errors.reasonRequired`.
 */
import type { CrisisError } from './crisisMode';

export const crisisMessagesDe = {
  banner: 'Seit {{since}}: {{reason}}. Geplante Beiträge der nächsten {{days}} Tage sind angehalten.',
  hold: {
    summary_one: '{{count}} geplanter Beitrag wird angehalten.',
    summary_other: '{{count}} geplante Beiträge werden angehalten.',
    reason: 'Krisenmodus: {{reason}}',
  },
  release: {
    heading: 'Angehaltene Beiträge einzeln freigeben',
    direct: 'Der Beitrag geht wieder in den Status „{{status}}“ zurück.',
    needsReview:
      'Der Beitrag war länger als {{hours}} Stunden angehalten. Er muss erneut freigegeben werden, bevor er ' +
      'veröffentlicht werden kann.',
    none: 'Es sind keine Beiträge angehalten.',
  },
  errors: {
    notAllowed: 'Nur Personen mit der Rolle Freigabe oder Administration können den Krisenmodus schalten.',
    reasonRequired: 'Bitte geben Sie einen Grund für den Krisenmodus an.',
    invalidWindow: 'Bitte wählen Sie einen Zeitraum von 1 bis 90 Tagen.',
    alreadyActive: 'Der Krisenmodus ist bereits eingeschaltet.',
    notActive: 'Der Krisenmodus ist nicht eingeschaltet.',
  } satisfies Record<CrisisError, string>,
};

export type CrisisMessages = typeof crisisMessagesDe;

export const crisisMessagesEn: CrisisMessages = {
  banner: 'Since {{since}}: {{reason}}. Scheduled posts of the next {{days}} days are on hold.',
  hold: {
    summary_one: '{{count}} scheduled post will be put on hold.',
    summary_other: '{{count}} scheduled posts will be put on hold.',
    reason: 'Crisis mode: {{reason}}',
  },
  release: {
    heading: 'Release held posts one by one',
    direct: 'The post returns to the status “{{status}}”.',
    needsReview:
      'The post was on hold for more than {{hours}} hours. It must be approved again before it can go out.',
    none: 'No posts are on hold.',
  },
  errors: {
    notAllowed: 'Only people with the approver or admin role can switch crisis mode.',
    reasonRequired: 'Please give a reason for crisis mode.',
    invalidWindow: 'Please choose a period of 1 to 90 days.',
    alreadyActive: 'Crisis mode is already on.',
    notActive: 'Crisis mode is not on.',
  },
};
