/** Stored shapes that exist only in the database (the domain types live in shared/model). */
import type { Post } from '../../../shared/model/post';
import type { SignatureAlgorithm } from '../../../shared/approval/signature';
import type { CrisisState } from '../../../shared/crisis/crisisMode';
import type { PublicKeyInfo } from '../../../shared/model/profile';
import type { RosterEntry } from '../../../shared/trust/rosterTypes';

/** The bytes of a medium and its thumbnail, apart from its metadata. */
export interface MediaBlobRow {
  /** Same id as the media metadata: SHA-256 of the bytes. */
  id: string;
  original: Blob;
  /** A small JPEG or PNG made locally; null for videos without a frame. */
  thumbnail: Blob | null;
}

/** The content of a post that every occurrence of a series starts from. */
export type SeriesContent = Pick<
  Post,
  'title' | 'channels' | 'text' | 'variants' | 'variantsLinked' | 'media' | 'campaignId' | 'category'
>;

/** A recurring post: the rule and the content every occurrence starts from. */
export interface SeriesRow extends SeriesContent, Pick<Post, 'createdAt' | 'updatedAt' | 'createdBy'> {
  id: string;
  /** The rule in the app's terms (shared/series) and as an RFC 5545 RRULE line. */
  rule: unknown;
  rrule: string;
}

/** A template an editor saved (built-in templates are code, not rows). */
export interface TemplateRow {
  id: string;
  template: unknown;
}

/** An insertable piece of text: a hashtag group or the netiquette link. */
export interface SnippetRow {
  id: string;
  kind: 'hashtags' | 'link' | 'text';
  label: string;
  text: string;
}

/** The approver key pair of a profile: non-extractable WebCrypto keys, stored as they are (structured clone). */
export interface ProfileKeyRow {
  profileId: string;
  keyId: string;
  algorithm: SignatureAlgorithm;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
}

/** Crisis mode: on with its reason, or off. */
export interface CrisisRow {
  id: 'crisis';
  state: CrisisState;
}

export type DeskStateRow = CrisisRow;

/** A signed roster entry (shared/trust/rosterTypes.ts): its content address (SHA-256 of the envelope) and envelope. */
export type RosterRow = RosterEntry;

/**
 * The organisation's root key: the trust anchor every verdict of this desk starts from. The public half as the
 * roster's genesis entry names it; the private key (non-extractable, a CryptoKey stored as it is) only on the desk
 * whose admin made it, null on a desk that was given the root from outside.
 */
export interface RootKeyRow {
  /** The organisation id: the root's key id. */
  orgId: string;
  publicKey: PublicKeyInfo;
  privateKey: CryptoKey | null;
  /** ISO 8601 UTC instant. */
  createdAt: string;
  createdBy: string;
}
