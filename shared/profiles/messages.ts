/**
 * Texts for profile forms and PINs, in i18next form. The renderer merges them into its catalogues under the key
 * `profiles`, so `profiles.errors.pinTooShort` here is `errors.pinTooShort`.
 */
import type { PinError } from './pin';

type ProfileError =
  | PinError
  | 'nameRequired'
  | 'nameTooLong'
  | 'nameTaken'
  | 'initialsRequired'
  | 'initialsFormat'
  | 'initialsTaken'
  | 'unknownRole'
  | 'roleRequired'
  | 'lastAdmin'
  | 'wrongPin';

export const profileMessagesDe = {
  errors: {
    nameRequired: 'Bitte geben Sie einen Namen ein.',
    nameTooLong: 'Der Name darf höchstens 80 Zeichen lang sein.',
    nameTaken: 'Es gibt bereits ein Profil mit diesem Namen.',
    initialsRequired: 'Bitte geben Sie Initialen ein.',
    initialsFormat: 'Initialen bestehen aus einem bis drei Buchstaben.',
    initialsTaken: 'Diese Initialen verwendet bereits ein anderes Profil; Erwähnungen wären nicht eindeutig.',
    unknownRole: 'Diese Rolle gibt es nicht.',
    roleRequired: 'Bitte wählen Sie mindestens eine Rolle.',
    pinDigitsOnly: 'Die PIN darf nur Ziffern enthalten.',
    pinTooShort: 'Die PIN muss mindestens 4 Ziffern haben.',
    pinTooLong: 'Die PIN darf höchstens 12 Ziffern haben.',
    lastAdmin: 'Mindestens ein Profil muss die Rolle Administration behalten.',
    wrongPin: 'Die PIN ist nicht richtig.',
  } satisfies Record<ProfileError, string>,
};

export type ProfileMessages = typeof profileMessagesDe;

export const profileMessagesEn: ProfileMessages = {
  errors: {
    nameRequired: 'Please enter a name.',
    nameTooLong: 'The name can be at most 80 characters long.',
    nameTaken: 'There is already a profile with this name.',
    initialsRequired: 'Please enter initials.',
    initialsFormat: 'Initials are one to three letters.',
    initialsTaken: 'Another profile already uses these initials; mentions would be ambiguous.',
    unknownRole: 'This role does not exist.',
    roleRequired: 'Please choose at least one role.',
    pinDigitsOnly: 'The PIN can contain digits only.',
    pinTooShort: 'The PIN must have at least 4 digits.',
    pinTooLong: 'The PIN can have at most 12 digits.',
    lastAdmin: 'At least one profile must keep the admin role.',
    wrongPin: 'The PIN is not correct.',
  },
};
