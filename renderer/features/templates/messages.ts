/** UI strings of this feature (German first); merged into the catalogue under `templatesUi` by renderer/i18n/catalogue.ts. */
export const templatesUiDe = {
  open: 'Vorlage verwenden',
  dialogTitle: 'Vorlage verwenden',
  choose: 'Vorlage',
  builtInGroup: 'Mitgelieferte Vorlagen',
  savedGroup: 'Eigene Vorlagen',
  loading: 'Vorlagen werden geladen …',
  fieldsLegend: 'Angaben für die Vorlage',
  required: 'Pflichtfeld',
  requiredNote: 'Mit * markierte Felder sind Pflichtfelder.',
  listHint: 'Ein Eintrag pro Zeile.',
  fieldMissing: 'Bitte füllen Sie dieses Feld aus.',
  fieldInvalid: {
    date: 'Bitte geben Sie ein gültiges Datum an.',
    url: 'Bitte geben Sie eine Adresse an, die mit http:// oder https:// beginnt.',
    other: 'Bitte prüfen Sie dieses Feld.',
  },
  preview: 'Vorschau',
  previewTitle: 'Titel im Kalender: {{title}}',
  previewIncomplete: 'Noch fehlende Angaben stehen in eckigen Klammern.',
  applyBlocked: 'Bitte füllen Sie die markierten Felder aus, bevor Sie die Vorlage übernehmen.',
  apply: 'Übernehmen',
  applyHint: 'Titel und Haupttext des Beitrags werden durch den Text der Vorlage ersetzt.',
  cancel: 'Abbrechen',
  applied: 'Vorlage „{{name}}“ übernommen.',
  quizAnswer: 'Auflösung als zweiten Beitrag anlegen',
  quizAnswerHint: 'Die Auflösung erscheint am Tag der Auflösung zur selben Uhrzeit in denselben Netzwerken.',
  quizAnswerNoDate:
    'Der Beitrag hat noch kein Datum: Die Auflösung wird angelegt, sobald der Beitrag mit Datum, Uhrzeit und Netzwerk gespeichert ist.',
  quizAnswerDeferred:
    'Die Auflösung wird angelegt, sobald der Beitrag mit Datum, Uhrzeit und Netzwerk gespeichert ist.',
  quizAnswerPending:
    'Die Auflösung des Quiz ist noch nicht angelegt: Sie wird angelegt, sobald der Beitrag mit Datum, Uhrzeit und Netzwerk gespeichert ist.',
  quizAnswerDropped:
    'Die Auflösung des Quiz wurde nicht angelegt, weil dem Beitrag Datum, Uhrzeit oder Netzwerk fehlen. Verwenden Sie die Vorlage erneut, wenn der Beitrag vollständig ist.',
  quizAnswerCreated: 'Die Auflösung wurde als Entwurf für den {{date}} angelegt.',
  quizAnswerSkipped: {
    noDate: 'Die Auflösung wurde nicht angelegt, weil der Beitrag noch kein Datum hat.',
    values: 'Die Auflösung wurde nicht angelegt: Frage, richtige Antwort oder Datum der Auflösung fehlen.',
    answerNotAfterQuiz: 'Die Auflösung wurde nicht angelegt: Sie muss nach dem Tag des Quiz-Beitrags liegen.',
    post: 'Die Auflösung wurde nicht angelegt: {{reason}}',
  },
  deleteTemplate: 'Vorlage löschen',
  confirmDeleteTemplate:
    'Vorlage „{{name}}“ löschen? Beiträge, die mit ihr geschrieben wurden, bleiben unverändert.',
  templateDeleted: 'Vorlage „{{name}}“ gelöscht.',
  saveAsTemplate: 'Als Vorlage speichern',
  saveDialogTitle: 'Als Vorlage speichern',
  templateName: 'Name der Vorlage',
  saveHint:
    'Titel und Haupttext dieses Beitrags werden zur Vorlage. Schreiben Sie veränderliche Stellen als Platzhalter, zum Beispiel {{example}}: Jeder Platzhalter wird beim Verwenden zu einem Textfeld.',
  placeholdersFound: 'Felder der Vorlage: {{list}}',
  noPlaceholders: 'Keine Platzhalter gefunden: Die Vorlage enthält nur festen Text.',
  save: 'Speichern',
  saved: 'Vorlage „{{name}}“ gespeichert.',
  warningsLabel: 'Hinweise zur Vorlage',
  /** Names and field labels of the built-in templates by id, as in shared/templates/builtIn.ts (checked by test). */
  builtIn: {
    'builtin-quiz': {
      name: 'Quiz',
      fields: {
        question: 'Frage',
        options: 'Antwortmöglichkeiten (eine pro Zeile)',
        answer: 'Richtige Antwort',
        answerDate: 'Datum der Auflösung',
        explanation: 'Erläuterung zur Auflösung',
      },
    },
    'builtin-quiz-answer': {
      name: 'Quiz-Auflösung',
      fields: {
        question: 'Frage',
        answer: 'Richtige Antwort',
        explanation: 'Erläuterung zur Auflösung',
        quizDate: 'Datum des Quiz',
      },
    },
    'builtin-staff-portrait': {
      name: 'Mitarbeitenden-Porträt',
      fields: { name: 'Name', role: 'Funktion', department: 'Amt oder Abteilung', quote: 'Zitat' },
    },
    'builtin-recruiting': {
      name: 'Stellenanzeige',
      fields: {
        job: 'Stellenbezeichnung',
        department: 'Amt oder Abteilung',
        deadline: 'Bewerbungsschluss',
        link: 'Link zur Stellenausschreibung',
      },
    },
    'builtin-event': {
      name: 'Veranstaltung',
      fields: {
        title: 'Titel der Veranstaltung',
        date: 'Datum',
        time: 'Uhrzeit',
        place: 'Ort',
        link: 'Link für weitere Informationen',
      },
    },
    'builtin-crisis': {
      name: 'Krisenmeldung',
      fields: {
        whatHappened: 'Was ist passiert?',
        whatToDo: 'Was sollen die Menschen jetzt tun?',
        moreInformation: 'Wo gibt es weitere Informationen?',
      },
    },
  },
};

export const templatesUiEn: typeof templatesUiDe = {
  open: 'Use a template',
  dialogTitle: 'Use a template',
  choose: 'Template',
  builtInGroup: 'Built-in templates',
  savedGroup: 'Your templates',
  loading: 'Loading templates …',
  fieldsLegend: 'Details for the template',
  required: 'required',
  requiredNote: 'Fields marked * are required.',
  listHint: 'One item per line.',
  fieldMissing: 'Please fill in this field.',
  fieldInvalid: {
    date: 'Please enter a valid date.',
    url: 'Please enter an address starting with http:// or https://.',
    other: 'Please check this field.',
  },
  preview: 'Preview',
  previewTitle: 'Title in the calendar: {{title}}',
  previewIncomplete: 'Details still missing are shown in square brackets.',
  applyBlocked: 'Please fill in the marked fields before applying the template.',
  apply: 'Apply',
  applyHint: "The post's title and master text are replaced by the template's text.",
  cancel: 'Cancel',
  applied: 'Template “{{name}}” applied.',
  quizAnswer: 'Create the answer as a second post',
  quizAnswerHint: 'The answer appears on the answer day at the same time on the same networks.',
  quizAnswerNoDate:
    'The post has no date yet: the answer is created as soon as the post is saved with a date, time and network.',
  quizAnswerDeferred: 'The answer is created as soon as the post is saved with a date, time and network.',
  quizAnswerPending:
    'The quiz answer is not created yet: it is created as soon as the post is saved with a date, time and network.',
  quizAnswerDropped:
    'The quiz answer was not created because the post has no date, time or network. Use the template again once the post is complete.',
  quizAnswerCreated: 'The answer was created as a draft for {{date}}.',
  quizAnswerSkipped: {
    noDate: 'The answer was not created because the post has no date yet.',
    values: 'The answer was not created: the question, the correct answer or the answer date is missing.',
    answerNotAfterQuiz: 'The answer was not created: it must come after the day of the quiz post.',
    post: 'The answer was not created: {{reason}}',
  },
  deleteTemplate: 'Delete template',
  confirmDeleteTemplate: 'Delete the template “{{name}}”? Posts written with it stay as they are.',
  templateDeleted: 'Template “{{name}}” deleted.',
  saveAsTemplate: 'Save as template',
  saveDialogTitle: 'Save as template',
  templateName: 'Template name',
  saveHint:
    "This post's title and master text become the template. Write the parts that change as placeholders, for example {{example}}: each placeholder becomes a text field when the template is used.",
  placeholdersFound: 'Fields of the template: {{list}}',
  noPlaceholders: 'No placeholders found: the template contains fixed text only.',
  save: 'Save',
  saved: 'Template “{{name}}” saved.',
  warningsLabel: 'Notes on the template',
  builtIn: {
    'builtin-quiz': {
      name: 'Quiz',
      fields: {
        question: 'Question',
        options: 'Answer options (one per line)',
        answer: 'Correct answer',
        answerDate: 'Date of the answer',
        explanation: 'Explanation of the answer',
      },
    },
    'builtin-quiz-answer': {
      name: 'Quiz answer',
      fields: {
        question: 'Question',
        answer: 'Correct answer',
        explanation: 'Explanation of the answer',
        quizDate: 'Date of the quiz',
      },
    },
    'builtin-staff-portrait': {
      name: 'Staff portrait',
      fields: { name: 'Name', role: 'Role', department: 'Office or department', quote: 'Quote' },
    },
    'builtin-recruiting': {
      name: 'Job advertisement',
      fields: {
        job: 'Job title',
        department: 'Office or department',
        deadline: 'Application deadline',
        link: 'Link to the job advertisement',
      },
    },
    'builtin-event': {
      name: 'Event',
      fields: {
        title: 'Title of the event',
        date: 'Date',
        time: 'Time',
        place: 'Place',
        link: 'Link to more information',
      },
    },
    'builtin-crisis': {
      name: 'Crisis information',
      fields: {
        whatHappened: 'What has happened?',
        whatToDo: 'What should people do now?',
        moreInformation: 'Where is more information?',
      },
    },
  },
};
