/**
 * UI strings of the approver's findings list (German first); merged into the catalogue under `reviewFindingsUi`
 * by renderer/i18n/catalogue.ts.
 */
export const reviewFindingsUiDe = {
  heading: 'Alle Befunde',
  none: 'Die automatische Prüfung hat nichts gefunden.',
  loading: 'Die Befunde werden ermittelt …',
  item: '{{severity}} · {{rule}} · {{networks}}',
  source: 'Quelle: {{source}}',
  overridden: 'Übergangen von {{by}} am {{at}}. Begründung: „{{reason}}“',
  /** A rule family, named for people; the key is the first part of a finding's rule. */
  rules: {
    crisis: 'Krisenkommunikation',
    personalData: 'Personenbezogene Daten',
    gender: 'Gendergerechte Sprache',
    tone: 'Barrierefreiheit und Ton',
    readability: 'Verständlichkeit',
    limits: 'Vorgaben des Netzwerks',
    consent: 'Einwilligung',
    recruiting: 'Bewerbungsschluss',
    other: 'Weitere Prüfung',
  },
  /** An override whose finding no longer stands in the text (the text changed since). */
  stale: '{{rule}} ({{network}}): Der Befund steht nicht mehr im Text',
};

export const reviewFindingsUiEn: typeof reviewFindingsUiDe = {
  heading: 'All findings',
  none: 'The automatic checks found nothing.',
  loading: 'Working out the findings …',
  item: '{{severity}} · {{rule}} · {{networks}}',
  source: 'Source: {{source}}',
  overridden: 'Overridden by {{by}} on {{at}}. Reason: “{{reason}}”',
  rules: {
    crisis: 'Crisis communication',
    personalData: 'Personal data',
    gender: 'Gender-inclusive language',
    tone: 'Accessibility and tone',
    readability: 'Plain language',
    limits: 'Network rules',
    consent: 'Consent',
    recruiting: 'Application deadline',
    other: 'Other check',
  },
  stale: '{{rule}} ({{network}}): the finding no longer stands in the text',
};
