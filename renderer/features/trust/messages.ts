/** UI strings of the organisation's trust root and roster (German first); merged under `trustUi`. */
export const trustUiDe = {
  nav: 'Schlüssel',
  heading: 'Organisation und Schlüssel',
  intro:
    'Civic Desk zählt eine Freigabe nur, wenn sie mit einem Schlüssel unterschrieben ist, den Ihre Organisation ' +
    'bestätigt hat. Diese Seite zeigt, wer mit welchem Schlüssel was darf.',
  model: {
    heading: 'So funktioniert es',
    root:
      'Der Organisationsschlüssel wurde bei der Einrichtung auf diesem Gerät erzeugt. Er bleibt hier und kann nicht ' +
      'ausgelesen werden. Sein Fingerabdruck ist das Erkennungszeichen Ihrer Organisation.',
    roster:
      'Die Schlüsselliste ist unterschrieben: Eine Administratorin oder ein Administrator bestätigt jede Person mit ' +
      'ihren Rollen und ihrem Schlüssel und kann Schlüssel ab einem Zeitpunkt sperren.',
    derived:
      'Ob ein Beitrag freigegeben ist, wird jedes Mal neu geprüft: gültige Unterschrift über den aktuellen Inhalt, ' +
      'bestätigter und nicht gesperrter Schlüssel, nicht die Autorin oder der Autor, alle Schritte der Freigaberegel ' +
      'von verschiedenen Personen. Was nicht stimmt, wird als „nicht freigegeben“ angezeigt und nicht exportiert.',
    verify:
      'Mit der exportierten Schlüsselliste prüft die Kommandozeile Dateien gegen Ihre Organisation: ' +
      'civic-desk verify --in DATEI --keys SCHLÜSSELLISTE.',
  },
  fingerprint: {
    heading: 'Fingerabdruck des Organisationsschlüssels',
    hint:
      'Lesen Sie ihn am Telefon vor, wenn jemand eine Datei Ihrer Organisation prüft, und legen Sie ihn ausgedruckt ' +
      'zu Ihren Unterlagen.',
    orgId: 'Organisations-ID: {{orgId}}',
    label: 'Fingerabdruck',
    copy: 'Fingerabdruck kopieren',
    copied: 'Fingerabdruck kopiert.',
    print: 'Drucken',
  },
  setup: {
    heading: 'Ihr Organisationsschlüssel',
    intro:
      'Civic Desk hat den Schlüssel Ihrer Organisation erzeugt und Sie als erste Administratorin bzw. ersten ' +
      'Administrator bestätigt. Notieren Sie den Fingerabdruck oder drucken Sie ihn aus.',
    continue: 'Weiter zum Kalender',
  },
  noRoot: {
    admin:
      'Ihre Organisation hat noch keinen Organisationsschlüssel. Bis er erzeugt ist, zählt keine Freigabe. ' +
      'Bestehende Schlüssel werden dabei ab ihrem Erstellungszeitpunkt bestätigt; ältere Freigaben müssen erneut ' +
      'erteilt werden.',
    other:
      'Ihre Organisation hat noch keinen Organisationsschlüssel. Bis eine Administratorin oder ein Administrator ' +
      'ihn erzeugt, zählt keine Freigabe.',
    create: 'Organisationsschlüssel erzeugen',
    open: 'Zu „Organisation und Schlüssel“',
    created: 'Der Organisationsschlüssel wurde erzeugt.',
  },
  roster: {
    heading: 'Personen und Schlüssel',
    name: 'Name',
    roles: 'Rollen',
    key: 'Schlüssel',
    since: 'Bestätigt seit',
    state: 'Stand',
    actions: 'Aktionen',
    noKey: 'kein Schlüssel',
    notCertified: 'nicht bestätigt',
    certified: 'bestätigt',
    outdated: 'Änderung nicht bestätigt',
    revoked: 'gesperrt',
    certify: 'Bestätigen',
    certifyLabel: 'Schlüssel und Rollen von {{name}} bestätigen',
    certifiedDone: 'Schlüssel und Rollen von {{name}} sind bestätigt.',
    revoke: 'Sperren',
    revokeLabel: 'Schlüssel von {{name}} sperren',
    revokeHeading: 'Schlüssel von {{name}} sperren',
    revokeFrom: 'Gesperrt ab',
    revokeFromHint:
      'Ab diesem Zeitpunkt zählt nichts mehr, was mit dem Schlüssel unterschrieben wurde. Bei Verdacht auf ' +
      'Missbrauch wählen Sie den Zeitpunkt, ab dem der Schlüssel in falschen Händen sein könnte.',
    revokeReason: 'Grund',
    revokeConfirm: 'Schlüssel sperren',
    cancel: 'Abbrechen',
    revokedDone: 'Der Schlüssel von {{name}} ist gesperrt.',
    export: 'Schlüsselliste exportieren',
    exportHint:
      'Für die Prüfung mit der Kommandozeile (civic-desk verify --keys). Die Datei enthält nur öffentliche ' +
      'Schlüssel.',
    exported: 'Schlüsselliste gespeichert: {{fileName}}',
    problems: 'Einträge der Schlüsselliste, die nicht gelten:',
  },
  verdict: {
    notApproved: 'Nicht freigegeben',
    noRoot:
      'Nicht freigegeben: Ihre Organisation hat noch keinen Organisationsschlüssel. Eine Administratorin oder ein ' +
      'Administrator muss ihn erzeugen; danach bitte erneut freigeben.',
    failed: 'Nicht freigegeben: Die Freigabe konnte nicht geprüft werden.',
    checking: 'Die Freigabe wird geprüft …',
  },
  errors: {
    unknownProfile: 'Dieses Profil gibt es nicht.',
    adminOnly: 'Nur Administratorinnen und Administratoren dürfen Schlüssel verwalten.',
    rootExists: 'Ihre Organisation hat bereits einen Organisationsschlüssel.',
    noRoot: 'Ihre Organisation hat noch keinen Organisationsschlüssel.',
    adminNotCertified:
      'Ihr eigener Schlüssel ist nicht als Administration bestätigt. Bitten Sie eine andere Administratorin oder einen ' +
      'anderen Administrator, ihn zu bestätigen.',
    reasonRequired: 'Bitte geben Sie einen Grund an.',
    badTime: 'Bitte geben Sie einen gültigen Zeitpunkt an.',
    noRootForApproval:
      'Freigeben ist erst möglich, wenn Ihre Organisation einen Organisationsschlüssel hat. Bitten Sie eine ' +
      'Administratorin oder einen Administrator, ihn unter „Organisation und Schlüssel“ zu erzeugen.',
    approverNotCertified:
      'Ihr Schlüssel ist für diese Freigabe nicht bestätigt. Bitten Sie eine Administratorin oder einen ' +
      'Administrator, Ihren Schlüssel unter „Organisation und Schlüssel“ zu bestätigen.',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const trustUiEn: Widen<typeof trustUiDe> = {
  nav: 'Keys',
  heading: 'Organisation and keys',
  intro:
    'Civic Desk counts an approval only when it is signed with a key your organisation has certified. This page ' +
    'shows who may do what with which key.',
  model: {
    heading: 'How it works',
    root:
      'The organisation key was made on this device at set-up. It stays here and cannot be read out. Its fingerprint ' +
      'identifies your organisation.',
    roster:
      'The key roster is signed: an administrator certifies each person with their roles and key and can revoke keys ' +
      'from a point in time.',
    derived:
      'Whether a post is approved is checked every time: a valid signature over the current content, a certified key ' +
      'not revoked, not the author, every step of the approval policy by different people. Anything that fails shows ' +
      'as “not approved” and is not exported.',
    verify:
      'With the exported roster, the command line checks files against your organisation: ' +
      'civic-desk verify --in FILE --keys ROSTER.',
  },
  fingerprint: {
    heading: 'Fingerprint of the organisation key',
    hint: 'Read it out on the phone when someone checks a file of your organisation, and file a printed copy.',
    orgId: 'Organisation ID: {{orgId}}',
    label: 'Fingerprint',
    copy: 'Copy fingerprint',
    copied: 'Fingerprint copied.',
    print: 'Print',
  },
  setup: {
    heading: 'Your organisation key',
    intro:
      'Civic Desk made your organisation’s key and certified you as the first administrator. Write down the ' +
      'fingerprint or print it.',
    continue: 'Continue to the calendar',
  },
  noRoot: {
    admin:
      'Your organisation has no organisation key yet. Until it is made, no approval counts. Existing keys are ' +
      'certified from the time they were made; older approvals must be given again.',
    other:
      'Your organisation has no organisation key yet. Until an administrator makes it, no approval counts.',
    create: 'Create the organisation key',
    open: 'Go to “Organisation and keys”',
    created: 'The organisation key was created.',
  },
  roster: {
    heading: 'People and keys',
    name: 'Name',
    roles: 'Roles',
    key: 'Key',
    since: 'Certified since',
    state: 'State',
    actions: 'Actions',
    noKey: 'no key',
    notCertified: 'not certified',
    certified: 'certified',
    outdated: 'change not certified',
    revoked: 'revoked',
    certify: 'Certify',
    certifyLabel: 'Certify the key and roles of {{name}}',
    certifiedDone: 'The key and roles of {{name}} are certified.',
    revoke: 'Revoke',
    revokeLabel: 'Revoke the key of {{name}}',
    revokeHeading: 'Revoke the key of {{name}}',
    revokeFrom: 'Revoked from',
    revokeFromHint:
      'From this time on nothing signed with the key counts. If you suspect misuse, choose the time from which the ' +
      'key may have been in the wrong hands.',
    revokeReason: 'Reason',
    revokeConfirm: 'Revoke key',
    cancel: 'Cancel',
    revokedDone: 'The key of {{name}} is revoked.',
    export: 'Export the key roster',
    exportHint: 'For checks on the command line (civic-desk verify --keys). The file holds public keys only.',
    exported: 'Key roster saved: {{fileName}}',
    problems: 'Entries of the key roster that do not count:',
  },
  verdict: {
    notApproved: 'Not approved',
    noRoot:
      'Not approved: your organisation has no organisation key yet. An administrator must create it; then please ' +
      'approve again.',
    failed: 'Not approved: the approval could not be checked.',
    checking: 'Checking the approval …',
  },
  errors: {
    unknownProfile: 'This profile does not exist.',
    adminOnly: 'Only administrators may manage keys.',
    rootExists: 'Your organisation already has an organisation key.',
    noRoot: 'Your organisation has no organisation key yet.',
    adminNotCertified:
      'Your own key is not certified for administration. Ask another administrator to certify it.',
    reasonRequired: 'Please give a reason.',
    badTime: 'Please give a valid time.',
    noRootForApproval:
      'Approving is possible once your organisation has an organisation key. Ask an administrator to create it under ' +
      '“Organisation and keys”.',
    approverNotCertified:
      'Your key is not certified for this approval. Ask an administrator to certify your key under “Organisation and ' +
      'keys”.',
  },
};
