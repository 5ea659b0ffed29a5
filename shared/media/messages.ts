/**
 * Texts for every message key of shared/media, in i18next form (`{{param}}`). The renderer merges them into its
 * catalogues under the key `media`, so `media.inspect.corrupt` here is `inspect.corrupt`. Sizes come as numbers
 * and are formatted by i18next's built-in number formatter in the reader's locale (15,5 MB in German).
 */

export const mediaMessagesDe = {
  inspect: {
    unsupportedType:
      '„{{fileName}}“ ist kein unterstütztes Bild- oder Videoformat. Bitte wählen Sie ein Bild im Format JPEG, ' +
      'PNG oder WebP oder ein Video im Format MP4, MOV oder WebM. GIF, SVG und PDF können nicht verwendet werden.',
    corrupt:
      '„{{fileName}}“ lässt sich nicht lesen: Die Datei ist beschädigt oder unvollständig. Bitte öffnen Sie die ' +
      'Datei einmal am Rechner, speichern oder exportieren Sie sie erneut und wählen Sie sie dann noch einmal aus.',
    tooLargeImage:
      '„{{fileName}}“ ist {{sizeMegabytes, number}} MB groß; Bilder dürfen höchstens {{maxMegabytes, number}} MB ' +
      'groß sein. Bitte verkleinern Sie das Bild (geringere Auflösung oder stärkere Komprimierung) und wählen Sie ' +
      'es dann erneut aus.',
    tooLargeVideo:
      '„{{fileName}}“ ist {{sizeMegabytes, number}} MB groß; Videos dürfen höchstens {{maxMegabytes, number}} MB ' +
      'groß sein. Bitte kürzen Sie das Video oder exportieren Sie es mit geringerer Datenrate und wählen Sie es ' +
      'dann erneut aus.',
    tooLargeForNetwork:
      '„{{fileName}}“ ist {{sizeMegabytes, number}} MB groß; {{network}} erlaubt für Bilder höchstens ' +
      '{{maxMegabytes, number}} MB. Bitte verkleinern Sie das Bild und wählen Sie es dann erneut aus, oder ' +
      'nehmen Sie {{network}} aus diesem Beitrag heraus.',
  },
  consent: {
    status: {
      valid: 'Gültig',
      notYetValid: 'Noch nicht gültig',
      expired: 'Abgelaufen',
      withdrawn: 'Widerrufen',
    },
    problems: {
      noConsentLinked:
        '„{{fileName}}“ zeigt Personen, aber es ist keine Einwilligung verknüpft. Bitte verknüpfen Sie für jede ' +
        'erkennbare Person eine Einwilligung oder wählen Sie ein anderes Bild.',
      consentNotFound:
        'Eine mit „{{fileName}}“ verknüpfte Einwilligung ist nicht mehr vorhanden. Bitte verknüpfen Sie die ' +
        'Einwilligung erneut oder entfernen Sie das Bild aus dem Beitrag.',
      expired:
        'Die Einwilligung von {{person}} für „{{fileName}}“ galt nur bis {{validUntil}}; der Beitrag erscheint am ' +
        '{{publishDate}}. Bitte holen Sie eine neue Einwilligung ein oder wählen Sie ein anderes Bild.',
      withdrawn:
        '{{person}} hat die Einwilligung für „{{fileName}}“ am {{withdrawnOn}} widerrufen. Bitte entfernen Sie das ' +
        'Bild aus dem Beitrag und verwenden Sie es nicht mehr.',
      notYetValid:
        'Die Einwilligung von {{person}} für „{{fileName}}“ gilt erst ab {{givenOn}}; der Beitrag erscheint am ' +
        '{{publishDate}}. Bitte verschieben Sie den Beitrag oder wählen Sie ein anderes Bild.',
    },
    errors: {
      personRequired: 'Bitte geben Sie den Namen der Person an.',
      personTooLong: 'Bitte kürzen Sie den Namen auf höchstens 200 Zeichen.',
      purposeRequired:
        'Bitte geben Sie an, wofür die Einwilligung gilt (zum Beispiel „Social-Media-Kanäle der Stadt“).',
      purposeTooLong: 'Bitte kürzen Sie den Zweck auf höchstens 1000 Zeichen.',
      idInvalid: 'Die Einwilligung hat keine gültige Kennung. Bitte legen Sie sie neu an.',
      dateInvalid: 'Bitte geben Sie ein gültiges Datum an.',
      validUntilBeforeGivenOn:
        'Das Enddatum liegt vor dem Tag der Einwilligung. Bitte prüfen Sie beide Daten.',
      withdrawnBeforeGivenOn:
        'Der Widerruf liegt vor dem Tag der Einwilligung. Bitte prüfen Sie beide Daten.',
    },
  },
};

export type MediaMessages = typeof mediaMessagesDe;

export const mediaMessagesEn: MediaMessages = {
  inspect: {
    unsupportedType:
      '“{{fileName}}” is not a supported image or video format. Please choose a JPEG, PNG or WebP image or an ' +
      'MP4, MOV or WebM video. GIF, SVG and PDF cannot be used.',
    corrupt:
      '“{{fileName}}” cannot be read: the file is damaged or incomplete. Please open it on your computer, save or ' +
      'export it again, then choose it once more.',
    tooLargeImage:
      '“{{fileName}}” is {{sizeMegabytes, number}} MB; images may be at most {{maxMegabytes, number}} MB. Please ' +
      'make the image smaller (lower resolution or stronger compression), then choose it again.',
    tooLargeVideo:
      '“{{fileName}}” is {{sizeMegabytes, number}} MB; videos may be at most {{maxMegabytes, number}} MB. Please ' +
      'shorten the video or export it at a lower bit rate, then choose it again.',
    tooLargeForNetwork:
      '“{{fileName}}” is {{sizeMegabytes, number}} MB; {{network}} allows images of at most ' +
      '{{maxMegabytes, number}} MB. Please make the image smaller and choose it again, or take {{network}} off ' +
      'this post.',
  },
  consent: {
    status: {
      valid: 'Valid',
      notYetValid: 'Not yet valid',
      expired: 'Expired',
      withdrawn: 'Withdrawn',
    },
    problems: {
      noConsentLinked:
        '“{{fileName}}” shows people, but no consent is linked. Please link a consent for every recognisable ' +
        'person or choose another image.',
      consentNotFound:
        'A consent linked to “{{fileName}}” no longer exists. Please link the consent again or remove the image ' +
        'from the post.',
      expired:
        'The consent of {{person}} for “{{fileName}}” was valid only until {{validUntil}}; the post goes out on ' +
        '{{publishDate}}. Please obtain a new consent or choose another image.',
      withdrawn:
        '{{person}} withdrew the consent for “{{fileName}}” on {{withdrawnOn}}. Please remove the image from the ' +
        'post and do not use it any more.',
      notYetValid:
        'The consent of {{person}} for “{{fileName}}” is valid only from {{givenOn}}; the post goes out on ' +
        '{{publishDate}}. Please reschedule the post or choose another image.',
    },
    errors: {
      personRequired: 'Please enter the name of the person.',
      personTooLong: 'Please shorten the name to at most 200 characters.',
      purposeRequired:
        'Please state what the consent covers (for example “the town’s social media channels”).',
      purposeTooLong: 'Please shorten the purpose to at most 1,000 characters.',
      idInvalid: 'The consent has no valid identifier. Please create it again.',
      dateInvalid: 'Please enter a valid date.',
      validUntilBeforeGivenOn: 'The end date is before the day consent was given. Please check both dates.',
      withdrawnBeforeGivenOn: 'The withdrawal is before the day consent was given. Please check both dates.',
    },
  },
};

/** Dotted paths to the strings of a message tree. */
type MessagePaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : MessagePaths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A key as the renderer looks it up (`t(messageKey, params)`), with the `media.` prefix it is merged under. */
export type MediaMessageKey = `media.${MessagePaths<MediaMessages>}`;

/** Interpolation values of a message. */
export type MessageParams = Record<string, string | number>;
