/**
 * Texts for review by file, in i18next form. The renderer merges them into its catalogues under the key `review`,
 * so `review.refusal.contentChanged` here is `refusal.contentChanged`. `{{title}}` is the post's title.
 */
import type { DecisionRefusal } from './checkDecision';

type BuildError = 'tooManyPosts' | 'mediaTooLarge' | 'missingMedia' | 'noPosts';

export const reviewMessagesDe = {
  refusal: {
    unknownPost:
      'Die Entscheidung betrifft einen Beitrag, den es in diesem Arbeitsbereich nicht gibt. Sie wurde nicht übernommen.',
    noRoot:
      'Die Entscheidung zu „{{title}}“ kann nicht geprüft werden: Dieser Arbeitsbereich hat noch keinen ' +
      'Organisationsschlüssel. Sie wurde nicht übernommen.',
    notCertified:
      'Die Entscheidung zu „{{title}}“ ist mit einem Schlüssel signiert, den keine Administratorin und kein ' +
      'Administrator für die Freigabe bestätigt hat. Sie wurde nicht übernommen. Stammt sie wirklich von der ' +
      'freigebenden Person, kann eine Administratorin oder ein Administrator den Schlüssel nach Vergleich des ' +
      'Fingerabdrucks (zum Beispiel am Telefon) bestätigen.',
    unknownKey:
      'Die Entscheidung zu „{{title}}“ ist mit einem Schlüssel signiert, der hier nicht hinterlegt ist. Sie wurde ' +
      'nicht übernommen. Bitte prüfen Sie, ob die Datei wirklich von der freigebenden Person stammt.',
    malformed:
      'Die Entscheidung zu „{{title}}“ ist unvollständig oder beschädigt und wurde nicht übernommen. Bitte lassen ' +
      'Sie sich die Entscheidungsdatei erneut schicken.',
    keyMismatch:
      'Die Entscheidung zu „{{title}}“ nennt einen anderen Schlüssel als den hinterlegten der freigebenden Person. ' +
      'Sie wurde nicht übernommen.',
    badSignature:
      'Die Signatur der Entscheidung zu „{{title}}“ ist ungültig: Die Datei wurde nach der Entscheidung verändert ' +
      'oder ist gefälscht. Sie wurde nicht übernommen.',
    contentChanged:
      '„{{title}}“ wurde geändert, nachdem die Freigabeanfrage verschickt wurde. Die Entscheidung gilt für die alte ' +
      'Fassung und wurde nicht übernommen; bitte reichen Sie den Beitrag erneut zur Freigabe ein.',
    notInReview: '„{{title}}“ wartet nicht mehr auf eine Freigabe. Die Entscheidung wurde nicht übernommen.',
    fourEyes:
      '„{{title}}“ wurde von der freigebenden Person selbst geschrieben oder zuletzt bearbeitet (Vier-Augen-Prinzip). ' +
      'Die Freigabe wurde nicht übernommen.',
    wrongStep:
      'Die Freigabe zu „{{title}}“ gilt für einen anderen Freigabeschritt als den, der gerade offen ist. Sie wurde ' +
      'nicht übernommen.',
    notApprover:
      'Die Person, die über „{{title}}“ entschieden hat, darf den offenen Freigabeschritt nicht freigeben. Die ' +
      'Entscheidung wurde nicht übernommen.',
  } satisfies Record<DecisionRefusal, string>,
  build: {
    noPosts: 'Bitte wählen Sie mindestens einen Beitrag für die Freigabe aus.',
    tooManyPosts: 'Eine Freigabedatei kann höchstens 500 Beiträge enthalten.',
    mediaTooLarge:
      'Die Bilder und Videos der gewählten Beiträge sind zusammen größer als 50 MB. Bitte verschicken Sie weniger ' +
      'Beiträge auf einmal.',
    missingMedia: 'Ein Bild oder Video eines gewählten Beitrags fehlt in der Mediathek.',
  } satisfies Record<BuildError, string>,
  file: {
    unreadable: 'Die Datei ist keine gültige Freigabedatei: {{message}} (an der Stelle {{path}}).',
  },
};

export type ReviewMessages = typeof reviewMessagesDe;

export const reviewMessagesEn: ReviewMessages = {
  refusal: {
    unknownPost: 'The decision is about a post that does not exist in this workspace. It was not applied.',
    noRoot:
      'The decision on “{{title}}” cannot be checked: this workspace has no organisation key yet. It was not applied.',
    notCertified:
      'The decision on “{{title}}” is signed with a key no administrator has certified for approving. It was not ' +
      'applied. If it really comes from the approver, an administrator can certify the key after comparing its ' +
      'fingerprint (for example by phone).',
    unknownKey:
      'The decision on “{{title}}” is signed with a key that is not on record here. It was not applied. Please ' +
      'check that the file really comes from the approver.',
    malformed:
      'The decision on “{{title}}” is incomplete or damaged and was not applied. Please ask for the decision file ' +
      'again.',
    keyMismatch:
      'The decision on “{{title}}” names a different key from the approver’s key on record. It was not applied.',
    badSignature:
      'The signature of the decision on “{{title}}” is invalid: the file was changed after the decision or is ' +
      'forged. It was not applied.',
    contentChanged:
      '“{{title}}” was changed after the review request was sent. The decision is for the old version and was not ' +
      'applied; please submit the post for review again.',
    notInReview: '“{{title}}” is no longer waiting for approval. The decision was not applied.',
    fourEyes:
      '“{{title}}” was written or last edited by the approver (four-eyes principle). The approval was not applied.',
    wrongStep:
      'The approval of “{{title}}” is for a different approval step from the one now open. It was not applied.',
    notApprover:
      'The person who decided on “{{title}}” may not approve the open approval step. The decision was not applied.',
  },
  build: {
    noPosts: 'Please choose at least one post for review.',
    tooManyPosts: 'A review file can hold at most 500 posts.',
    mediaTooLarge:
      'The images and videos of the chosen posts are larger than 50 MB together. Please send fewer posts at once.',
    missingMedia: 'An image or video of a chosen post is missing from the media library.',
  },
  file: {
    unreadable: 'The file is not a valid review file: {{message}} (at {{path}}).',
  },
};
