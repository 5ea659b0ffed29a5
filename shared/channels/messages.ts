/**
 * Texts for the limit findings, for the renderer's i18next catalogues under the key `limits` (a finding's
 * `messageKey` is `limits.<key>`). Placeholders use i18next interpolation; numbers go through its `number`
 * formatter so that German gets "63.206" and "0,8".
 */

/** German (de-DE) texts of the limit findings, formal address. */
export const limitMessagesDe = {
  textTooLong:
    'Der Text ist {{over, number}} Zeichen zu lang: {{used, number}} von höchstens {{max, number}} Zeichen auf ' +
    '{{network}}. Bitte kürzen Sie ihn; der überzählige Teil ist markiert.',
  textTooLongWeighted:
    'Der Text ist zu lang: {{used, number}} von höchstens {{max, number}} Zeichen auf {{network}}. Jeder Link ' +
    'zählt 23 Zeichen, Emojis und chinesische, japanische oder koreanische Schriftzeichen zählen doppelt. Bitte ' +
    'kürzen Sie um {{over, number}} Zeichen; der überzählige Teil ist markiert.',
  textInvalidCharacter:
    'Der Text enthält ein unsichtbares Sonderzeichen (U+{{codePoint}}), das {{network}} nicht annimmt. Bitte ' +
    'löschen Sie es an der markierten Stelle.',
  textBeyondSeeMore:
    '{{network}} zeigt nur etwa die ersten {{cut, number}} Zeichen, dann „Mehr anzeigen“. Stellen Sie das ' +
    'Wichtigste an den Anfang.',
  tooManyHashtags:
    'Der Text hat {{count, number}} Hashtags; {{network}} erlaubt höchstens {{max, number}}. Bitte streichen Sie ' +
    'die markierten Hashtags oder wählen Sie die wichtigsten aus.',
  linkNotClickable:
    'Links im Text sind auf {{network}} nicht anklickbar. Setzen Sie den Link in Ihr Profil und verweisen Sie ' +
    'im Text darauf („Link in Bio“).',
  mediaRequired:
    'Ein Beitrag auf {{network}} braucht mindestens ein Bild oder Video. Bitte fügen Sie eines hinzu.',
  tooManyMedia:
    'Der Beitrag hat {{count, number}} Bilder und Videos; {{network}} erlaubt höchstens {{max, number}}. Bitte ' +
    'entfernen Sie einige oder verteilen Sie sie auf mehrere Beiträge.',
  videoNotAlone:
    'Auf {{network}} kann ein Video nur allein veröffentlicht werden. Bitte entfernen Sie die anderen Bilder ' +
    'und Videos oder veröffentlichen Sie sie in einem eigenen Beitrag.',
  imageTypeNotAccepted:
    'Datei {{position}} ({{fileName}}) ist ein {{type}}-Bild; {{network}} nimmt nur {{accepted}} an. Bitte ' +
    'speichern Sie das Bild in einem dieser Formate.',
  imageTooLarge:
    'Datei {{position}} ({{fileName}}) ist {{sizeMegabytes, number}} MB groß; {{network}} erlaubt höchstens ' +
    '{{maxMegabytes, number}} MB. Bitte verkleinern Sie das Bild.',
  aspectRatioOutOfRange:
    'Datei {{position}} ({{fileName}}, {{width}} × {{height}} Pixel) hat das Seitenverhältnis ' +
    '{{ratio, number(maximumFractionDigits: 3)}}:1; {{network}} erlaubt {{min, number(maximumFractionDigits: 3)}}:1 ' +
    'bis {{max, number(maximumFractionDigits: 3)}}:1. Bitte ändern Sie den Bildausschnitt.',
  altTextMissing:
    'Datei {{position}} ({{fileName}}) hat keinen Alternativtext. Bitte beschreiben Sie kurz, was zu sehen ist, ' +
    'für Menschen, die das Bild nicht sehen können.',
  altTextTooLong:
    'Der Alternativtext zu Datei {{position}} ({{fileName}}) hat {{used, number}} Zeichen; {{network}} erlaubt ' +
    'höchstens {{max, number}}. Bitte kürzen Sie ihn.',
  altTextIsFileName:
    'Der Alternativtext zu Datei {{position}} ({{fileName}}) ist nur ein Dateiname. Bitte beschreiben Sie ' +
    'stattdessen, was auf dem Bild zu sehen ist.',
  videoWithoutSubtitles:
    'Video {{position}} ({{fileName}}) hat keine Untertitel. Bitte fügen Sie Untertitel hinzu, damit alle den ' +
    'Inhalt auch ohne Ton verstehen.',
  videoDurationOutOfRange:
    'Video {{position}} ({{fileName}}) dauert {{seconds, number(maximumFractionDigits: 1)}} Sekunden; ' +
    '{{network}} erlaubt {{min, number}} bis {{max, number}} Sekunden. Bitte passen Sie die Länge an.',
} as const;

/** The message keys of the limit findings (without the `limits.` prefix). */
export type LimitMessageKey = keyof typeof limitMessagesDe;

/** English texts of the limit findings. */
export const limitMessagesEn = {
  textTooLong:
    'The text is {{over, number}} characters too long: {{used, number}} of at most {{max, number}} characters ' +
    'on {{network}}. Please shorten it; the excess is highlighted.',
  textTooLongWeighted:
    'The text is too long: {{used, number}} of at most {{max, number}} characters on {{network}}. Every link ' +
    'counts as 23 characters; emoji and Chinese, Japanese or Korean characters count twice. Please cut ' +
    '{{over, number}} characters; the excess is highlighted.',
  textInvalidCharacter:
    'The text contains an invisible special character (U+{{codePoint}}) that {{network}} does not accept. ' +
    'Please delete it at the highlighted position.',
  textBeyondSeeMore:
    '{{network}} shows only about the first {{cut, number}} characters before "See more". Put the most ' +
    'important point first.',
  tooManyHashtags:
    'The text has {{count, number}} hashtags; {{network}} allows at most {{max, number}}. Please remove the ' +
    'highlighted hashtags or keep only the most important ones.',
  linkNotClickable:
    'Links in the text cannot be clicked on {{network}}. Put the link in your profile and point to it in the ' +
    'text ("link in bio").',
  mediaRequired: 'A post on {{network}} needs at least one image or video. Please add one.',
  tooManyMedia:
    'The post has {{count, number}} images and videos; {{network}} allows at most {{max, number}}. Please ' +
    'remove some or spread them over several posts.',
  videoNotAlone:
    'On {{network}} a video can only be posted on its own. Please remove the other images and videos or ' +
    'publish them in a separate post.',
  imageTypeNotAccepted:
    'File {{position}} ({{fileName}}) is a {{type}} image; {{network}} accepts only {{accepted}}. Please save ' +
    'the image in one of these formats.',
  imageTooLarge:
    'File {{position}} ({{fileName}}) is {{sizeMegabytes, number}} MB; {{network}} allows at most ' +
    '{{maxMegabytes, number}} MB. Please make the image smaller.',
  aspectRatioOutOfRange:
    'File {{position}} ({{fileName}}, {{width}} × {{height}} pixels) has an aspect ratio of ' +
    '{{ratio, number(maximumFractionDigits: 3)}}:1; {{network}} allows {{min, number(maximumFractionDigits: 3)}}:1 ' +
    'to {{max, number(maximumFractionDigits: 3)}}:1. Please crop it differently.',
  altTextMissing:
    'File {{position}} ({{fileName}}) has no alt text. Please describe briefly what it shows, for people who ' +
    'cannot see the image.',
  altTextTooLong:
    'The alt text of file {{position}} ({{fileName}}) has {{used, number}} characters; {{network}} allows at ' +
    'most {{max, number}}. Please shorten it.',
  altTextIsFileName:
    'The alt text of file {{position}} ({{fileName}}) is just a file name. Please describe what the image ' +
    'shows instead.',
  videoWithoutSubtitles:
    'Video {{position}} ({{fileName}}) has no subtitles. Please add subtitles so that everyone can follow it ' +
    'without sound.',
  videoDurationOutOfRange:
    'Video {{position}} ({{fileName}}) runs {{seconds, number(maximumFractionDigits: 1)}} seconds; ' +
    '{{network}} allows {{min, number}} to {{max, number}} seconds. Please adjust its length.',
} as const satisfies Record<LimitMessageKey, string>;
