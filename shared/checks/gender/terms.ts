/**
 * The word list of the gender check: masculine generic person terms common in German public-sector posts, each
 * with its inflected masculine forms and the gender-inclusive alternatives. The data lives in two alphabetical
 * files (A–K, L–Z); this module only names the shape and joins them.
 *
 * Deliberately left out: nouns that are already neutral ("Einsatzkräfte", "Mitglied", "Person", "Team",
 * "Angestellte", "Jugendliche"), words that are also common surnames or things ("Richter", "Müller", "Koch",
 * "Ordner", "Träger", "Radler", "Meister"), and adjectival nouns whose plural is neutral ("Vorsitzende").
 */
import { TERMS_A_TO_K } from './termsAtoK';
import { TERMS_L_TO_Z } from './termsLtoZ';

export interface GenderTerm {
  /** The masculine base form (nominative singular), unique in the list, e.g. 'Bürger'. */
  stem: string;
  /** Every masculine form that is flagged (singular, plural, genitive, dative), e.g. Bürger, Bürgers, Bürgern. */
  forms: readonly string[];
  /** Feminine singular and plural (never flagged); empty when German has none ("Flüchtling"). */
  feminine: readonly string[];
  /** Neutral alternatives, best first (Mitarbeitende, Lehrkräfte, Bevölkerung); may be empty. */
  neutral: readonly string[];
  /** The pair form, feminine first: 'Bürgerinnen und Bürger'; null when there is no feminine. */
  pair: string | null;
  /** The Genderstern form 'Bürger*innen'; null when there is none ("Feuerwehrmann"). */
  star: string | null;
  /** The colon form 'Bürger:innen'; null when there is none. */
  colon: string | null;
  /**
   * Whether a compound ending in this term is a person too ("Neubürger", "Oberbürgermeister", "Polizeibeamte").
   * False where such endings are mostly things ("Urkunde", "Fahrzeugen" ⊃ "zeugen").
   */
  compound: boolean;
}

/** All terms, alphabetical by stem. */
export const GENDER_TERMS: readonly GenderTerm[] = [...TERMS_A_TO_K, ...TERMS_L_TO_Z];
