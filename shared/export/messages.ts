/**
 * Texts for the export dialog in i18next form: why a post stays behind, and what went wrong. The renderer merges
 * them into its catalogues under the key `export`, so `export.exclusion.onHold` here is `exclusion.onHold`.
 */
import type { ExportError, ExportErrorCode } from './errors';
import type { ExclusionReason } from './selection';

export const exportMessagesDe = {
  exclusion: {
    notScheduled: 'Ohne Termin: Der Beitrag hat noch kein Datum und keine Uhrzeit.',
    outOfRange: 'Liegt außerhalb des gewählten Zeitraums.',
    channelNotChosen: 'Ist für keines der gewählten Netzwerke geplant.',
    campaignNotChosen: 'Gehört zu keiner der gewählten Kampagnen.',
    notApproved: 'Nicht freigegeben: Nur freigegebene Beiträge verlassen Civic Desk.',
    expired: 'Die Freigabe ist abgelaufen. Bitte holen Sie eine neue Freigabe ein.',
    onHold: 'Zurückgestellt: Der Beitrag ist angehalten und wird nicht exportiert.',
    consentMissing:
      'Für eine Person auf einem Bild fehlt die Einwilligung. Bitte hinterlegen Sie sie oder entfernen Sie das Bild.',
    consentWithdrawn:
      'Eine Person auf einem Bild hat ihre Einwilligung widerrufen. Bitte entfernen Sie das Bild aus dem Beitrag.',
    inPast: 'Der geplante Zeitpunkt ist bereits vorbei.',
  } satisfies Record<ExclusionReason, string>,
  errors: {
    mediaMissing:
      'Ein Bild oder Video des Beitrags ist nicht mehr gespeichert. Bitte fügen Sie es erneut hinzu und ' +
      'exportieren Sie dann noch einmal.',
    mediaCorrupt:
      'Ein Bild oder Video des Beitrags ist beschädigt (die Prüfsumme stimmt nicht). Bitte fügen Sie es erneut ' +
      'hinzu und exportieren Sie dann noch einmal.',
    notScheduled:
      'Ein Beitrag ohne Termin kann nicht exportiert werden. Bitte legen Sie Datum und Uhrzeit fest.',
    invalidTimeZone: 'Die Zeitzone „{{timeZone}}“ ist unbekannt. Bitte prüfen Sie die Einstellungen.',
    invalidDate: '„{{value}}“ ist kein gültiges Datum.',
    invalidRange: 'Der Zeitraum ist ungültig: {{fromDate}} liegt nach {{toDate}}.',
  } satisfies Record<ExportErrorCode, string>,
  nothingToExport: 'Im gewählten Zeitraum gibt es keine Beiträge, die exportiert werden können.',
};

export type ExportMessages = typeof exportMessagesDe;

export const exportMessagesEn: ExportMessages = {
  exclusion: {
    notScheduled: 'Not scheduled: the post has no date and time yet.',
    outOfRange: 'Outside the chosen period.',
    channelNotChosen: 'Not planned for any of the chosen networks.',
    campaignNotChosen: 'Not part of any of the chosen campaigns.',
    notApproved: 'Not approved: only approved posts leave Civic Desk.',
    expired: 'The approval has expired. Please ask for a new approval.',
    onHold: 'On hold: the post is paused and is not exported.',
    consentMissing: 'Consent is missing for a person in an image. Please record it or remove the image.',
    consentWithdrawn:
      'A person in an image has withdrawn their consent. Please remove the image from the post.',
    inPast: 'The scheduled time has already passed.',
  },
  errors: {
    mediaMissing:
      'An image or video of the post is no longer stored. Please add it again, then export once more.',
    mediaCorrupt:
      'An image or video of the post is damaged (its checksum does not match). Please add it again, then export ' +
      'once more.',
    notScheduled: 'A post without a date cannot be exported. Please set its date and time.',
    invalidTimeZone: 'The time zone "{{timeZone}}" is unknown. Please check the settings.',
    invalidDate: '"{{value}}" is not a valid date.',
    invalidRange: 'The period is not valid: {{fromDate}} is after {{toDate}}.',
  },
  nothingToExport: 'There are no posts in the chosen period that can be exported.',
};

export type ExclusionMessageKey = `export.exclusion.${ExclusionReason}`;
export type ExportErrorMessageKey = `export.errors.${ExportErrorCode}`;

export function exclusionMessageKey(reason: ExclusionReason): ExclusionMessageKey {
  return `export.exclusion.${reason}`;
}

/** The message key and params of an export error. */
export function exportErrorMessage(error: ExportError): {
  messageKey: ExportErrorMessageKey;
  params: Readonly<Record<string, string>>;
} {
  return { messageKey: `export.errors.${error.code}`, params: error.params };
}
