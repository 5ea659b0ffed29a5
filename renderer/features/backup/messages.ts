/** UI strings of backups and restore (German first); merged into the catalogue under `backupUi`. */
export const backupUiDe = {
  heading: 'Sicherung',
  intro:
    'Eine Sicherung enthält den ganzen Arbeitsbereich: Einstellungen, Profile (nur öffentliche Schlüssel), ' +
    'Kampagnen, Serien, Vorlagen, Textbausteine, Beiträge, Bilder, Einwilligungen, Kommentare und Protokoll.',
  desktopAuto:
    'Die Desktop-App sichert alle 15 Minuten, solange sich etwas geändert hat, und beim Beenden automatisch.',
  folder: 'Sicherungsordner',
  chooseFolder: 'Ordner wählen …',
  folderChosen: 'Sicherungen werden jetzt in „{{folder}}“ gespeichert.',
  lastBackup: 'Letzte Sicherung',
  lastBackupValue: '{{time}}, Datei {{fileName}}',
  noBackupYet: 'Noch keine Sicherung',
  backupNow: 'Jetzt sichern',
  backupWritten: 'Sicherung gespeichert: {{fileName}} (Prüfsumme bestätigt).',
  backupFailed: 'Die Sicherung ist fehlgeschlagen: {{message}}',
  download: 'Sicherung herunterladen',
  downloaded: 'Die Sicherung „{{fileName}}“ wurde heruntergeladen.',
  lastDownload: 'Zuletzt heruntergeladen: {{time}}',
  neverDownloaded: 'Sie haben noch keine Sicherung heruntergeladen.',
  reminder:
    'Ihre letzte heruntergeladene Sicherung ist älter als 7 Tage. Bitte laden Sie eine neue Sicherung herunter ' +
    'und legen Sie sie an einem sicheren Ort ab.',
  reminderNever:
    'In der Browser-Version sichert Civic Desk nicht automatisch. Bitte laden Sie wöchentlich eine Sicherung ' +
    'herunter.',
  working: 'Bitte warten …',
  restoreHeading: 'Wiederherstellen',
  restoreIntro:
    'Wählen Sie eine Sicherung oder eine Arbeitsbereich-Datei. Sie wird vollständig geprüft, bevor etwas ' +
    'geändert wird. Unmittelbar vor der Wiederherstellung wird der jetzige Stand gesichert.',
  chooseFile: 'Datei zum Wiederherstellen wählen …',
  invalidFile:
    'Die Datei „{{fileName}}“ kann nicht wiederhergestellt werden: {{message}} (Stelle: {{path}}). Es wurde nichts geändert.',
  invalidFileWhole:
    'Die Datei „{{fileName}}“ kann nicht wiederhergestellt werden: {{message}}. Es wurde nichts geändert.',
  previewHeading: 'Vorschau: {{fileName}}',
  columns: {
    table: 'Bereich',
    added: 'Neu',
    changed: 'Geändert',
    unchanged: 'Unverändert',
    removed: 'Nur hier vorhanden',
  },
  tables: {
    settings: 'Einstellungen',
    campaigns: 'Kampagnen',
    posts: 'Beiträge',
    series: 'Serien',
    templates: 'Vorlagen',
    snippets: 'Textbausteine',
    media: 'Medien',
    consents: 'Einwilligungen',
    profiles: 'Profile',
    comments: 'Kommentare',
  },
  auditSummary: 'Protokoll: hier {{mine}} Einträge, in der Datei {{theirs}}.',
  audit: {
    same: 'Die Protokolle sind gleich.',
    theirsExtends: 'Das Protokoll der Datei setzt das hiesige fort.',
    mineExtends: 'Das hiesige Protokoll ist weiter als das der Datei.',
    diverged:
      'Die Protokolle sind auseinandergelaufen: Beim Zusammenführen bleibt das hiesige Protokoll erhalten.',
  },
  mediaFiles_one: 'Die Datei enthält {{count}} Bild oder Video.',
  mediaFiles_other: 'Die Datei enthält {{count}} Bilder und Videos.',
  mediaFilesNone: 'Die Datei enthält keine Bilddaten (nur Beschreibungen der Medien).',
  mode: 'Art der Wiederherstellung',
  modeReplace:
    'Ersetzen: Der Arbeitsbereich wird genau wie in der Datei (Einträge, die nur hier sind, entfallen).',
  modeMerge: 'Zusammenführen: Neues kommt hinzu, hiesige Einträge bleiben; bei Konflikten wählen Sie.',
  conflictsHeading: 'Konflikte (gleiche Kennung, anderer Inhalt)',
  conflictChoice: '{{table}}: {{label}}',
  keepMine: 'Meine Fassung behalten',
  takeTheirs: 'Fassung aus der Datei übernehmen',
  restore: 'Wiederherstellen',
  cancel: 'Abbrechen',
  confirmReplace:
    'Den ganzen Arbeitsbereich durch den Inhalt der Datei ersetzen? Der jetzige Stand wird vorher gesichert und ' +
    'kann mit „Wiederherstellung rückgängig machen“ zurückgeholt werden.',
  restored: 'Wiederhergestellt: {{added}} neue und {{changed}} geänderte Einträge aus „{{fileName}}“.',
  undo: 'Wiederherstellung rückgängig machen',
  undoHint: 'Stand vor der Wiederherstellung vom {{time}}',
  undone: 'Der Stand vor der Wiederherstellung ist zurück.',
  nothingToUndo: 'Es gibt keine Wiederherstellung, die rückgängig gemacht werden könnte.',
  failed: 'Der Vorgang ist fehlgeschlagen: {{message}}',
  firstStartHeading: 'Aus einer Sicherung wiederherstellen',
  firstStartIntro:
    'Sie ziehen auf einen neuen Laptop um oder richten einen zweiten ein? Stellen Sie die Sicherung Ihres ' +
    'Arbeitsbereichs wieder her, statt eine neue Organisation einzurichten. Danach wählen Sie Ihr Profil.',
  adminsOnly:
    'Nur Administratorinnen und Administratoren können eine Sicherung wiederherstellen oder zusammenführen.',
  refused: {
    adminsOnly: 'Nur Administratorinnen und Administratoren dürfen wiederherstellen. Nichts wurde geändert.',
    foreignRoot:
      'Die Datei gehört zu einer anderen Organisation (anderer Organisationsschlüssel) und wird abgelehnt. ' +
      'Nichts wurde geändert.',
  },
  root: {
    foreign:
      'Diese Datei stammt aus einer anderen Organisation: Ihr Organisationsschlüssel hat den Fingerabdruck ' +
      '{{fingerprint}}. Sie kann hier weder wiederhergestellt noch zusammengeführt werden.',
    adoptable: 'Die Datei bringt einen Organisationsschlüssel mit. Sein Fingerabdruck:',
    adoptableHint:
      'Vergleichen Sie ihn mit dem Original (zum Beispiel am Telefon mit der Person, die ihn eingerichtet hat), ' +
      'bevor Sie ihm vertrauen. Ohne Bestätigung kommen alle Freigaben der Datei zur Prüfung zurück.',
    confirm: 'Ich habe den Fingerabdruck verglichen, er stimmt überein.',
  },
  downgradedHeading:
    'Diese Beiträge kommen „Zur Prüfung“ zurück, weil ihre Freigabe hier nicht bestätigt werden kann:',
  downgraded: '„{{title}}“: {{reason}}',
  noRoot:
    'Diese Arbeitsumgebung hat noch keinen Organisationsschlüssel, daher kann keine Freigabe bestätigt werden.',
};

export const backupUiEn: typeof backupUiDe = {
  heading: 'Backup',
  intro:
    'A backup holds the whole workspace: settings, profiles (public keys only), campaigns, series, templates, ' +
    'snippets, posts, images, consents, comments and the audit trail.',
  desktopAuto: 'The desktop app backs up every 15 minutes while something has changed, and when it quits.',
  folder: 'Backup folder',
  chooseFolder: 'Choose folder …',
  folderChosen: 'Backups are now saved in “{{folder}}”.',
  lastBackup: 'Last backup',
  lastBackupValue: '{{time}}, file {{fileName}}',
  noBackupYet: 'No backup yet',
  backupNow: 'Back up now',
  backupWritten: 'Backup saved: {{fileName}} (checksum confirmed).',
  backupFailed: 'The backup failed: {{message}}',
  download: 'Download backup',
  downloaded: 'The backup “{{fileName}}” was downloaded.',
  lastDownload: 'Last downloaded: {{time}}',
  neverDownloaded: 'You have not downloaded a backup yet.',
  reminder:
    'Your last downloaded backup is older than 7 days. Please download a new backup and keep it in a safe place.',
  reminderNever: 'The browser version does not back up automatically. Please download a backup every week.',
  working: 'Please wait …',
  restoreHeading: 'Restore',
  restoreIntro:
    'Choose a backup or a workspace file. It is checked completely before anything changes. The current state is ' +
    'backed up just before the restore.',
  chooseFile: 'Choose a file to restore …',
  invalidFile: 'The file “{{fileName}}” cannot be restored: {{message}} (at: {{path}}). Nothing was changed.',
  invalidFileWhole: 'The file “{{fileName}}” cannot be restored: {{message}}. Nothing was changed.',
  previewHeading: 'Preview: {{fileName}}',
  columns: {
    table: 'Area',
    added: 'New',
    changed: 'Changed',
    unchanged: 'Unchanged',
    removed: 'Only here',
  },
  tables: {
    settings: 'Settings',
    campaigns: 'Campaigns',
    posts: 'Posts',
    series: 'Series',
    templates: 'Templates',
    snippets: 'Snippets',
    media: 'Media',
    consents: 'Consents',
    profiles: 'Profiles',
    comments: 'Comments',
  },
  auditSummary: 'Audit trail: {{mine}} entries here, {{theirs}} in the file.',
  audit: {
    same: 'The audit trails are the same.',
    theirsExtends: 'The file’s audit trail continues this one.',
    mineExtends: 'This audit trail is ahead of the file’s.',
    diverged: 'The audit trails have diverged: a merge keeps this one.',
  },
  mediaFiles_one: 'The file holds {{count}} image or video.',
  mediaFiles_other: 'The file holds {{count}} images and videos.',
  mediaFilesNone: 'The file holds no image data (only the descriptions of the media).',
  mode: 'Kind of restore',
  modeReplace: 'Replace: the workspace becomes exactly the file (entries only here are dropped).',
  modeMerge: 'Merge: new entries are added, entries here stay; you choose in conflicts.',
  conflictsHeading: 'Conflicts (same id, different content)',
  conflictChoice: '{{table}}: {{label}}',
  keepMine: 'Keep my version',
  takeTheirs: 'Take the file’s version',
  restore: 'Restore',
  cancel: 'Cancel',
  confirmReplace:
    'Replace the whole workspace with the file’s content? The current state is backed up first and can be ' +
    'brought back with “Undo restore”.',
  restored: 'Restored: {{added}} new and {{changed}} changed entries from “{{fileName}}”.',
  undo: 'Undo restore',
  undoHint: 'State before the restore of {{time}}',
  undone: 'The state before the restore is back.',
  nothingToUndo: 'There is no restore to undo.',
  failed: 'The operation failed: {{message}}',
  firstStartHeading: 'Restore from a backup',
  firstStartIntro:
    'Moving to a new laptop or setting up a second one? Restore the backup of your workspace instead of ' +
    'setting up a new organisation. Then choose your profile.',
  adminsOnly: 'Only administrators can restore or merge a backup.',
  refused: {
    adminsOnly: 'Only administrators may restore. Nothing was changed.',
    foreignRoot:
      'The file belongs to another organisation (another organisation key) and is refused. Nothing was changed.',
  },
  root: {
    foreign:
      'This file comes from another organisation: its organisation key has the fingerprint {{fingerprint}}. It ' +
      'can be neither restored nor merged here.',
    adoptable: 'The file brings an organisation key. Its fingerprint:',
    adoptableHint:
      'Compare it with the original (for example by phone with the person who set it up) before you trust it. ' +
      'Without confirmation, every approval in the file goes back to review.',
    confirm: 'I compared the fingerprint, it matches.',
  },
  downgradedHeading: 'These posts go back to review because their approval cannot be confirmed here:',
  downgraded: '“{{title}}”: {{reason}}',
  noRoot: 'This desk has no organisation key yet, so no approval can be confirmed.',
};
