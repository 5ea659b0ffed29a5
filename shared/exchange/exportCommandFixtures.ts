/**
 * A signed workspace for the tests of `civic-desk export`, `verify` and `validate`: an approved service post with
 * a photo (and the photo's bytes in `mediaFiles`), a draft, the approver's public key and a valid audit trail.
 */
import { bytesToHex } from '@noble/hashes/utils.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { contentHash } from '../approval/contentHash';
import { generateApproverKeys, signApproval } from '../approval/signature';
import { nextEntry, type AuditEntry } from '../audit/chain';
import type { Consent } from '../model/media';
import type { Post } from '../model/post';
import { servicePost, variantsFor, workspaceFile } from './testFixtures';

export const PHOTO_BYTES = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01,
]);
export const PHOTO_SHA = bytesToHex(sha256(PHOTO_BYTES));
export const APPROVED_ID = '0b5c7f2e-8d41-4a7b-9c3e-2f1a6d8e4b90';
export const DRAFT_ID = '7a1e2c3d-4b5f-4a6b-8c9d-0e1f2a3b4c5d';
const APPROVER_ID = 'paula-1';

function toBase64(bytes: Uint8Array): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[index], bytes[index + 1], bytes[index + 2]];
    const chunk = (a << 16) | (b << 8) | c;
    const chars = [18, 12, 6, 0].map((shift) => alphabet.charAt((chunk >> shift) & 63));
    const kept = index + 1 >= bytes.length ? 2 : index + 2 >= bytes.length ? 3 : 4;
    out += chars.slice(0, kept).join('') + '='.repeat(4 - kept);
  }
  return out;
}

export const PHOTO_BASE64 = toBase64(PHOTO_BYTES);

/** The workspace as JSON would hold it, with `mediaFiles`. */
export async function signedWorkspace() {
  const keys = await generateApproverKeys('ECDSA-P256');
  const text = 'Das Bürgeramt Mitte hat am Samstag von 9 bis 13 Uhr geöffnet. Termine gibt es online.';
  const draftPost = servicePost({
    id: DRAFT_ID,
    title: 'Weihnachtsmarkt',
    scheduledAt: '2026-12-04T11:00:00+01:00',
    scheduledAtUtc: '2026-12-04T10:00:00.000Z',
  });
  const unsigned: Post = servicePost({
    status: 'approved',
    text,
    variants: variantsFor(['linkedin', 'facebook'], text, [PHOTO_SHA]),
    media: [{ mediaId: PHOTO_SHA, altText: 'Das Team des Bürgeramts am Schalter' }],
  });
  const hash = contentHash(unsigned);
  const at = '2026-11-25T10:00:00.000Z';
  const statement = {
    postId: APPROVED_ID,
    revision: 1,
    contentHash: hash,
    policyStep: 1,
    keyId: keys.keyId,
    at,
  };
  const value = await signApproval(statement, keys.privateKey, keys.algorithm);
  const approved: Post = {
    ...unsigned,
    workflow: {
      ...unsigned.workflow,
      contentHash: hash,
      approvals: [
        {
          step: 0,
          profileId: APPROVER_ID,
          at,
          contentHash: hash,
          signature: { revision: 1, keyId: keys.keyId, algorithm: keys.algorithm, value },
        },
      ],
    },
  };
  const audit: AuditEntry[] = [];
  for (const [action, actorId] of [
    ['submit', 'redaktion-1'],
    ['approve', APPROVER_ID],
  ] as const) {
    audit.push(
      nextEntry(
        audit.at(-1),
        { actorId, action, postId: APPROVED_ID, contentHash: hash, note: null },
        new Date(at),
      ),
    );
  }
  const base = workspaceFile([approved, draftPost]);
  const consents: Consent[] = base.consents;
  return {
    ...base,
    consents,
    media: [{ ...base.media[0], id: PHOTO_SHA, byteLength: PHOTO_BYTES.length }],
    profiles: [
      {
        id: APPROVER_ID,
        name: 'Paula Prüfer',
        initials: 'PP',
        roles: ['approver'],
        publicKey: { algorithm: keys.algorithm, keyId: keys.keyId, publicKeyJwk: keys.publicKeyJwk },
        createdAt: '2026-11-01T08:00:00.000Z',
      },
    ],
    audit,
    mediaFiles: [{ id: PHOTO_SHA, base64: PHOTO_BASE64 }],
  };
}
