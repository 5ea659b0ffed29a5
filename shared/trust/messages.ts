/**
 * Texts for the trust core's results, in i18next form. The renderer merges them into its catalogues under the key
 * `trust` (de-CH is derived from de-DE without ß; de-AT uses de-DE), so `problems.contentChanged` here is
 * `trust.problems.contentChanged`. Params: `step` (1-based), `met`, `needed`, `status`, `seq`, `keyId`.
 */
import type { AnchorProblem } from '../audit/anchors';
import type { ApprovalProblem, ApprovalProblemCode } from './problems';
import type { RosterProblem, RosterProblemCode } from './verifyRoster';

export const trustMessagesDe = {
  problems: {
    unsigned:
      'Die Freigabe für Schritt {{step}} ist nicht unterschrieben und zählt nicht. Bitte erneut freigeben.',
    legacyApproval:
      'Nicht freigegeben: Die Freigabe für Schritt {{step}} stammt aus einer älteren Version. Bitte erneut freigeben.',
    badSignature: 'Die Unterschrift der Freigabe für Schritt {{step}} ist ungültig.',
    approvalMismatch:
      'Die Freigabe für Schritt {{step}} passt nicht zu ihrer Unterschrift (Person, Schritt oder Inhalt wurden geändert).',
    wrongPost: 'Die Freigabe für Schritt {{step}} wurde für einen anderen Beitrag unterschrieben.',
    wrongOrg: 'Die Freigabe für Schritt {{step}} stammt aus einer anderen Organisation.',
    contentChanged:
      'Der Inhalt wurde nach der Freigabe für Schritt {{step}} geändert. Die Freigabe gilt nur für den damaligen Inhalt.',
    revisionMismatch: 'Die Freigabe für Schritt {{step}} gilt für eine andere Fassung des Beitrags.',
    unknownKey:
      'Der Schlüssel der Freigabe für Schritt {{step}} ist nicht von einer Administratorin oder einem Administrator ' +
      'bestätigt.',
    keyRevoked: 'Der Schlüssel der Freigabe für Schritt {{step}} war zum Zeitpunkt der Freigabe gesperrt.',
    notAuthorised:
      'Die Person hinter der Freigabe für Schritt {{step}} durfte diesen Schritt damals nicht freigeben.',
    fourEyesAuthor:
      'Die Freigabe für Schritt {{step}} stammt von der Autorin oder dem Autor. Es gilt das Vier-Augen-Prinzip.',
    fourEyesLastEditor:
      'Die Freigabe für Schritt {{step}} stammt von der Person, die den Beitrag zuletzt bearbeitet hat. Es gilt das ' +
      'Vier-Augen-Prinzip.',
    editorMismatch:
      'Autorin/Autor oder letzte Bearbeitung des Beitrags stimmen nicht mit der Freigabe für Schritt {{step}} überein.',
    categoryMismatch: 'Die Freigabe für Schritt {{step}} wurde für eine andere Kategorie erteilt.',
    stepCountMismatch:
      'Die Freigabe für Schritt {{step}} wurde nach einer anderen Freigaberegel erteilt (jetzt {{needed}} Schritte).',
    auditAnchorMissing:
      'Das Prüfprotokoll enthält den Stand nicht mehr, den die Freigabe für Schritt {{step}} gesehen hat ' +
      '(Eintrag {{seq}}).',
    auditEntryMissing: 'Zur Freigabe für Schritt {{step}} fehlt der Eintrag im Prüfprotokoll.',
    duplicateApproval: 'Die Freigabe für Schritt {{step}} ist doppelt vorhanden und zählt nur einmal.',
    sameApproverTwice:
      'Dieselbe Person hat mehrere Schritte freigegeben; jeder Schritt braucht eine andere Person (Schritt {{step}}).',
    auditBroken:
      'Das Prüfprotokoll ist ab Eintrag {{seq}} beschädigt; Freigaben können nicht bestätigt werden.',
    stepsMissing: 'Nicht freigegeben: {{met}} von {{needed}} Freigabeschritten sind erfüllt.',
    statusNotApproved: 'Der Beitrag ist nicht als freigegeben gespeichert.',
  } satisfies Record<ApprovalProblemCode, string>,
  roster: {
    malformed: 'Ein Eintrag der Schlüsselliste ist unlesbar und wird ignoriert.',
    idMismatch: 'Ein Eintrag der Schlüsselliste wurde verändert und wird ignoriert.',
    badSignature: 'Ein Eintrag der Schlüsselliste hat eine ungültige Unterschrift und wird ignoriert.',
    wrongOrg: 'Ein Eintrag der Schlüsselliste gehört zu einer anderen Organisation und wird ignoriert.',
    untrustedGenesis:
      'Die Schlüsselliste beginnt mit einem anderen Organisationsschlüssel als dem Ihrer Organisation und wird ' +
      'abgelehnt.',
    duplicateGenesis: 'Die Schlüsselliste enthält einen zweiten Anfangseintrag; er wird ignoriert.',
    missingGenesis: 'Der Anfangseintrag der Schlüsselliste fehlt.',
    unknownSigner:
      'Ein Eintrag der Schlüsselliste ist mit einem unbekannten Schlüssel unterschrieben ({{keyId}}).',
    signerNotAdmin:
      'Ein Eintrag der Schlüsselliste ist von jemandem unterschrieben, der damals keine Administrationsrechte hatte.',
    signerRevoked:
      'Ein Eintrag der Schlüsselliste ist mit einem gesperrten Schlüssel unterschrieben ({{keyId}}).',
    keyReused: 'Ein Schlüssel ist bereits einer anderen Person zugeordnet; der Eintrag wird ignoriert.',
  } satisfies Record<RosterProblemCode, string>,
  anchors: {
    chainBroken: 'Das Prüfprotokoll ist ab Eintrag {{seq}} beschädigt.',
    cut: 'Das Prüfprotokoll wurde gekürzt oder geleert: Eintrag {{seq}} fehlt.',
    rewritten: 'Das Prüfprotokoll wurde umgeschrieben: Eintrag {{seq}} ist nicht mehr derselbe.',
  } satisfies Record<AnchorProblem, string>,
};

export type TrustMessages = typeof trustMessagesDe;
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const trustMessagesEn: Widen<TrustMessages> = {
  problems: {
    unsigned: 'The approval for step {{step}} is not signed and does not count. Please approve again.',
    legacyApproval:
      'Not approved: the approval for step {{step}} is from an older version. Please approve again.',
    badSignature: 'The signature of the approval for step {{step}} is invalid.',
    approvalMismatch:
      'The approval for step {{step}} does not match its signature (person, step or content were changed).',
    wrongPost: 'The approval for step {{step}} was signed for another post.',
    wrongOrg: 'The approval for step {{step}} comes from another organisation.',
    contentChanged:
      'The content was changed after the approval for step {{step}}. The approval covers only the content as it was.',
    revisionMismatch: 'The approval for step {{step}} is for another version of the post.',
    unknownKey: 'The key of the approval for step {{step}} has not been certified by an administrator.',
    keyRevoked: 'The key of the approval for step {{step}} was revoked at the time of approval.',
    notAuthorised:
      'The person behind the approval for step {{step}} was not allowed to approve that step then.',
    fourEyesAuthor: 'The approval for step {{step}} is by the author. Four eyes are required.',
    fourEyesLastEditor:
      'The approval for step {{step}} is by the person who last edited the post. Four eyes are required.',
    editorMismatch: 'The post’s author or last editor do not match the approval for step {{step}}.',
    categoryMismatch: 'The approval for step {{step}} was given for another category.',
    stepCountMismatch:
      'The approval for step {{step}} was given under another approval policy (now {{needed}} steps).',
    auditAnchorMissing:
      'The audit log no longer holds the state the approval for step {{step}} saw (entry {{seq}}).',
    auditEntryMissing: 'The audit log entry for the approval for step {{step}} is missing.',
    duplicateApproval: 'The approval for step {{step}} is duplicated and counts once.',
    sameApproverTwice:
      'The same person approved several steps; each step needs another person (step {{step}}).',
    auditBroken: 'The audit log is damaged from entry {{seq}} on; approvals cannot be confirmed.',
    stepsMissing: 'Not approved: {{met}} of {{needed}} approval steps are met.',
    statusNotApproved: 'The post is not stored as approved.',
  },
  roster: {
    malformed: 'An entry of the key roster cannot be read and is ignored.',
    idMismatch: 'An entry of the key roster was changed and is ignored.',
    badSignature: 'An entry of the key roster has an invalid signature and is ignored.',
    wrongOrg: 'An entry of the key roster belongs to another organisation and is ignored.',
    untrustedGenesis: 'The key roster starts from another organisation key than yours and is refused.',
    duplicateGenesis: 'The key roster holds a second first entry; it is ignored.',
    missingGenesis: 'The first entry of the key roster is missing.',
    unknownSigner: 'An entry of the key roster is signed with an unknown key ({{keyId}}).',
    signerNotAdmin: 'An entry of the key roster is signed by someone who was not an administrator then.',
    signerRevoked: 'An entry of the key roster is signed with a revoked key ({{keyId}}).',
    keyReused: 'A key is already assigned to another person; the entry is ignored.',
  },
  anchors: {
    chainBroken: 'The audit log is damaged from entry {{seq}} on.',
    cut: 'The audit log was shortened or emptied: entry {{seq}} is missing.',
    rewritten: 'The audit log was rewritten: entry {{seq}} is no longer the same.',
  },
};

export type TrustMessageKey =
  | `trust.problems.${ApprovalProblemCode}`
  | `trust.roster.${RosterProblemCode}`
  | `trust.anchors.${AnchorProblem}`;

/** The i18n key and params of an approval problem. */
export function approvalProblemMessage(problem: ApprovalProblem): {
  messageKey: TrustMessageKey;
  params: Record<string, string | number>;
} {
  return { messageKey: `trust.problems.${problem.code}`, params: problem.params };
}

export function rosterProblemMessage(problem: RosterProblem): {
  messageKey: TrustMessageKey;
  params: Record<string, string | number>;
} {
  return { messageKey: `trust.roster.${problem.code}`, params: problem.params };
}
