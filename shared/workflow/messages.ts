/**
 * Texts of the approval workflow for the renderer's i18next catalogues under `workflow` (a refusal's `reason` is
 * `workflow.errors.<key>`, a status label `workflow.status.<status>`). Formal address.
 */
import type { WorkflowStatus } from './statuses';

/** German (de-DE) texts, formal address. */
export const workflowMessagesDe = {
  status: {
    draft: 'Entwurf',
    in_review: 'In Prüfung',
    changes_requested: 'Änderungen erbeten',
    approved: 'Freigegeben',
    exported: 'Exportiert',
    published: 'Veröffentlicht',
    archived: 'Archiviert',
    withdrawn: 'Zurückgezogen',
    expired: 'Abgelaufen',
    on_hold: 'Angehalten',
  } satisfies Record<WorkflowStatus, string>,
  errors: {
    notAllowedInStatus: 'Dieser Schritt ist im aktuellen Status des Beitrags nicht möglich.',
    notEditor: 'Diesen Schritt können nur Redakteurinnen, Redakteure oder Admins ausführen.',
    notApprover: 'Diesen Schritt können nur Freigebende oder Admins ausführen.',
    gateClosed:
      'Der Beitrag kann noch nicht zur Prüfung gehen: Bitte beheben Sie die blockierenden Hinweise und haken ' +
      'Sie die Pflichtpunkte der Checkliste ab.',
    noteRequired: 'Bitte geben Sie eine kurze Begründung an.',
    fourEyesAuthor:
      'Sie haben diesen Beitrag verfasst und können ihn daher nicht selbst freigeben (Vier-Augen-Prinzip).',
    fourEyesLastEditor:
      'Sie haben den Beitrag zuletzt bearbeitet und können ihn daher nicht selbst freigeben (Vier-Augen-Prinzip).',
    notApproverOfStep: 'Sie sind für diese Freigabestufe nicht vorgesehen.',
    alreadyApproved:
      'Sie haben diesen Beitrag bereits freigegeben. Die nächste Stufe gibt eine andere Person frei.',
    invalidUrl:
      'Bitte geben Sie die Adresse des veröffentlichten Beitrags an (beginnend mit http:// oder https://).',
    notAuthorOrAdmin:
      'Nur die Person, die den Beitrag verfasst hat, oder eine Person mit der Rolle Administration kann ihn zurückziehen.',
    notScheduled: 'Der Beitrag hat keinen geplanten Zeitpunkt.',
    notDueYet: 'Der geplante Zeitpunkt ist noch nicht erreicht.',
    invalidTime: 'Ein Zeitpunkt ist ungültig. Bitte prüfen Sie Datum und Uhrzeit.',
    notCrisisMode: 'Beiträge können nur im Krisenmodus angehalten werden.',
    crisisPostNotHeld: 'Krisenbeiträge werden im Krisenmodus nicht angehalten.',
    noHold: 'Für diesen Beitrag ist kein Anhalten vermerkt.',
    unknownProfile: 'Bitte wählen Sie oben rechts Ihr Profil, bevor Sie diesen Schritt ausführen.',
    changedMeanwhile:
      'Der Beitrag wurde inzwischen geändert. Bitte sehen Sie sich die neue Fassung an und entscheiden Sie erneut.',
    noKey: 'Für Ihr Profil gibt es noch keinen Signaturschlüssel. Bitte laden Sie die Seite neu.',
  },
  approvalVoided: {
    contentChanged: 'Die Freigabe wurde aufgehoben, weil sich der Inhalt geändert hat.',
    holdExpired: 'Die Freigabe wurde aufgehoben, weil der Beitrag zu lange angehalten war.',
  },
};

type Catalogue = {
  [Section in keyof typeof workflowMessagesDe]: Record<keyof (typeof workflowMessagesDe)[Section], string>;
};

/** English texts with the same keys. */
export const workflowMessagesEn: Catalogue = {
  status: {
    draft: 'Draft',
    in_review: 'In review',
    changes_requested: 'Changes requested',
    approved: 'Approved',
    exported: 'Exported',
    published: 'Published',
    archived: 'Archived',
    withdrawn: 'Withdrawn',
    expired: 'Expired',
    on_hold: 'On hold',
  },
  errors: {
    notAllowedInStatus: 'This step is not possible in the post’s current status.',
    notEditor: 'Only editors or admins can take this step.',
    notApprover: 'Only approvers or admins can take this step.',
    gateClosed:
      'The post cannot go to review yet: please resolve the blocking findings and tick the required checklist items.',
    noteRequired: 'Please give a short reason.',
    fourEyesAuthor: 'You wrote this post, so you cannot approve it yourself (four-eyes principle).',
    fourEyesLastEditor: 'You edited this post last, so you cannot approve it yourself (four-eyes principle).',
    notApproverOfStep: 'You are not an approver of this approval step.',
    alreadyApproved: 'You have already approved this post. The next step needs another person.',
    invalidUrl: 'Please enter the address of the published post (starting with http:// or https://).',
    notAuthorOrAdmin: 'Only the author of the post or an admin can withdraw it.',
    notScheduled: 'The post has no scheduled time.',
    notDueYet: 'The scheduled time has not been reached yet.',
    invalidTime: 'A time is invalid. Please check the date and time.',
    notCrisisMode: 'Posts can only be put on hold in crisis mode.',
    crisisPostNotHeld: 'Crisis posts are not put on hold in crisis mode.',
    noHold: 'No hold is recorded for this post.',
    unknownProfile: 'Please choose your profile at the top right before taking this step.',
    changedMeanwhile:
      'The post has changed in the meantime. Please look at the new version and decide again.',
    noKey: 'Your profile has no signing key yet. Please reload the page.',
  },
  approvalVoided: {
    contentChanged: 'The approval was voided because the content changed.',
    holdExpired: 'The approval was voided because the post was on hold for too long.',
  },
};
