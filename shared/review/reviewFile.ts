/**
 * Review by file (issue 5 item 9): the editor writes a request with the chosen posts and their media, the approver
 * answers with a decision file, the editor's desk checks each decision before applying it. Pure: the caller reads
 * and writes the files, passes `createdAt`, and applies accepted decisions through the workflow machine.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import type { ApproverKeys } from '../approval/signature';
import { approvalStatementFor, signApprovalV2 } from '../approval/statementV2';
import type { ChainHead } from '../audit/chain';
import { canonicalJson, canonicalSha256, toHex } from '../approval/webCrypto';
import { base64ToBytes, bytesToBase64 } from '../codec/base64';
import { formatJsonPath } from '../exchange/workspace';
import type { MediaMeta } from '../model/media';
import type { Post } from '../model/post';
import type { PublicProfile } from '../model/profile';
import type { ApprovalPolicies } from '../workflow/policy';
import { decisionStatement, signDecision } from './decisionSignature';
import {
  REVIEW_FORMAT,
  REVIEW_MAX_MEDIA_BYTES,
  REVIEW_MAX_POSTS,
  REVIEW_MAX_STRING,
  REVIEW_VERSION,
  reviewFileSchema,
  type DecisionEntry,
  type ReviewDecision,
  type ReviewFile,
  type ReviewRequest,
} from './reviewSchema';

export {
  checkDecision,
  DECISION_REFUSALS,
  type CheckDecisionContext,
  type DecisionCheck,
  type DecisionRefusal,
} from './checkDecision';
export * from './reviewSchema';

/** Thrown by the builders; `key` is an i18n key under `review.build.` (shared/review/messages.ts). */
export class ReviewBuildError extends Error {
  constructor(readonly key: `review.build.${'tooManyPosts' | 'mediaTooLarge' | 'missingMedia' | 'noPosts'}`) {
    super(key);
    this.name = 'ReviewBuildError';
  }
}

/** Standard base64 with padding (the project's one codec, shared/codec/base64.ts). */
export const toBase64 = bytesToBase64;

/** Standard base64 with padding; null for anything else. */
export const fromBase64 = base64ToBytes;

function publicOnly(profile: PublicProfile): PublicProfile {
  const { id, name, initials, roles, publicKey, createdAt } = profile;
  return { id, name, initials, roles: [...roles], publicKey, createdAt };
}

export interface ReviewRequestInput {
  createdAt: string;
  from: PublicProfile;
  organisationName: string;
  posts: readonly Post[];
  /** Metadata and bytes of (at least) every image or video the posts use. */
  media: readonly { meta: MediaMeta; bytes: Uint8Array }[];
  profiles: readonly PublicProfile[];
  policies: ApprovalPolicies;
  /** The head of this desk's audit trail (see `reviewRequestSchema.auditHead`). */
  auditHead?: ChainHead;
  /** This desk's organisation id (its root key's id), when it has a root. */
  orgId?: string;
}

/** A request "zur Freigabe" for the given posts with the media they use. Throws ReviewBuildError over the caps. */
export function buildReviewRequest(input: ReviewRequestInput): ReviewRequest {
  if (input.posts.length === 0) throw new ReviewBuildError('review.build.noPosts');
  if (input.posts.length > REVIEW_MAX_POSTS) throw new ReviewBuildError('review.build.tooManyPosts');
  const used = [...new Set(input.posts.flatMap((post) => post.media.map((m) => m.mediaId)))];
  const media = used.map((mediaId) => {
    const item = input.media.find((m) => m.meta.id === mediaId);
    if (item === undefined) throw new ReviewBuildError('review.build.missingMedia');
    return item;
  });
  if (media.reduce((sum, m) => sum + m.bytes.length, 0) > REVIEW_MAX_MEDIA_BYTES) {
    throw new ReviewBuildError('review.build.mediaTooLarge');
  }
  return {
    format: REVIEW_FORMAT,
    version: REVIEW_VERSION,
    kind: 'request',
    createdAt: input.createdAt,
    from: publicOnly(input.from),
    organisationName: input.organisationName,
    posts: input.posts.map((post) => structuredClone(post)),
    media: media.map((m) => structuredClone(m.meta)),
    mediaFiles: media.map((m) => ({ id: m.meta.id, mimeType: m.meta.mimeType, base64: toBase64(m.bytes) })),
    profiles: input.profiles.map(publicOnly),
    policies: structuredClone(input.policies),
    ...(input.auditHead === undefined ? {} : { auditHead: { ...input.auditHead } }),
    ...(input.orgId === undefined ? {} : { orgId: input.orgId }),
  };
}

/** The id a decision names its request by: the SHA-256 of the request's canonical JSON (RFC 8785). */
export function reviewRequestId(request: ReviewRequest): string {
  return canonicalSha256(request);
}

export interface DecisionInput {
  post: Post;
  decision: 'approve' | 'requestChanges';
  note: string;
  /** The 0-based policy step the approval fulfils (approve only). */
  step?: number;
  /** How many steps the post's policy has (approve only; part of the signed statement). */
  stepCount?: number;
}

/**
 * Signs each decision with the approver's keys: the approval as a v2 statement (shared/approval/statementV2.ts,
 * naming the organisation `orgId` and the audit head `auditHead` the approval builds on; the desk that applies it
 * writes the approve entry after it) and the whole entry.
 */
export async function buildReviewDecision(input: {
  request: ReviewRequest;
  by: PublicProfile;
  keys: Pick<ApproverKeys, 'algorithm' | 'keyId' | 'privateKey'>;
  createdAt: string;
  decisions: readonly DecisionInput[];
  orgId: string;
  auditHead: ChainHead;
}): Promise<ReviewDecision> {
  const requestId = reviewRequestId(input.request);
  const { algorithm, keyId, privateKey } = input.keys;
  const decisions: DecisionEntry[] = [];
  for (const { post, decision, note, step = 0, stepCount = step + 1 } of input.decisions) {
    const { revision, contentHash } = post.workflow;
    let approval: DecisionEntry['approval'];
    if (decision === 'approve') {
      const statement = approvalStatementFor(post, {
        orgId: input.orgId,
        step,
        stepCount,
        signerProfileId: input.by.id,
        keyId,
        now: new Date(input.createdAt),
        auditHead: input.auditHead,
      });
      const signature = await signApprovalV2(statement, { keyId, algorithm, privateKey });
      approval = { step, at: statement.at, signature };
    }
    const statement = decisionStatement(
      requestId,
      input.by.id,
      { postId: post.id, revision, contentHash, decision, note, approval },
      keyId,
    );
    const signature = await signDecision(statement, privateKey, algorithm);
    decisions.push({
      postId: post.id,
      revision,
      contentHash,
      decision,
      note,
      ...(approval ? { approval } : {}),
      signature,
    });
  }
  return {
    format: REVIEW_FORMAT,
    version: REVIEW_VERSION,
    kind: 'decision',
    createdAt: input.createdAt,
    requestId,
    by: publicOnly(input.by),
    decisions,
  };
}

export type ParseReviewResult =
  | { ok: true; file: ReviewFile }
  /** `path` is the JSON path of the first problem, e.g. `posts[3].variants[0].channel` ('' for the whole file). */
  | { ok: false; message: string; path: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deeper than any review file nests; hostile input nested further would exhaust the stack of the walks below. */
export const REVIEW_MAX_NESTING = 64;

/** The path where the value nests deeper than REVIEW_MAX_NESTING, or null. */
function tooDeep(value: unknown, path: PropertyKey[]): PropertyKey[] | null {
  if (path.length > REVIEW_MAX_NESTING) return path;
  const entries = Array.isArray(value) ? value.entries() : isRecord(value) ? Object.entries(value) : [];
  for (const [key, item] of entries) {
    const found = tooDeep(item, [...path, key]);
    if (found !== null) return found;
  }
  return null;
}

/** The path of the first string longer than the cap (media bytes excepted). */
function oversizeString(value: unknown, path: PropertyKey[]): PropertyKey[] | null {
  if (typeof value === 'string')
    return value.length > REVIEW_MAX_STRING && path.at(-1) !== 'base64' ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = oversizeString(item, [...path, index]);
      if (found !== null) return found;
    }
  } else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      const found = oversizeString(item, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}

type Problem = { message: string; path: PropertyKey[] } | null;

/** The media of a request: bytes decode, hash to their id, match their metadata, and stay within the cap. */
function checkMedia(request: ReviewRequest): Problem {
  let total = 0;
  for (const [index, file] of request.mediaFiles.entries()) {
    const at = ['mediaFiles', index];
    const bytes = fromBase64(file.base64);
    if (bytes === null) return { message: 'not valid base64', path: [...at, 'base64'] };
    total += bytes.length;
    if (total > REVIEW_MAX_MEDIA_BYTES)
      return { message: 'the media exceed 50 MB in total', path: [...at, 'base64'] };
    if (toHex(sha256(bytes)) !== file.id)
      return { message: 'the id is not the SHA-256 of the bytes', path: [...at, 'id'] };
    const meta = request.media.find((m) => m.id === file.id);
    if (meta === undefined) return { message: 'no media metadata with this id', path: [...at, 'id'] };
    if (meta.mimeType !== file.mimeType)
      return { message: 'mimeType differs from the metadata', path: [...at, 'mimeType'] };
    if (meta.byteLength !== bytes.length)
      return { message: 'byteLength of the metadata does not match', path: [...at, 'base64'] };
  }
  for (const [p, post] of request.posts.entries()) {
    for (const [m, attachment] of post.media.entries()) {
      if (!request.mediaFiles.some((file) => file.id === attachment.mediaId)) {
        return {
          message: 'the file does not contain this media item',
          path: ['posts', p, 'media', m, 'mediaId'],
        };
      }
    }
  }
  return null;
}

/** Checks a parsed JSON value against the review file format; names the first problem and where it is. */
export function parseReviewFile(json: unknown): ParseReviewResult {
  const fail = (message: string, path: PropertyKey[]): ParseReviewResult => ({
    ok: false,
    message,
    path: formatJsonPath(path),
  });
  if (!isRecord(json)) return fail('the file is not a JSON object', []);
  if (json.format !== REVIEW_FORMAT)
    return fail(`not a Civic Desk review file (expected "format": "${REVIEW_FORMAT}")`, ['format']);
  const version = json.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('the version must be a whole number from 1', ['version']);
  }
  if (version > REVIEW_VERSION) {
    return fail(
      `the file has review version ${version}, this Civic Desk reads version ${REVIEW_VERSION} only; please update Civic Desk`,
      ['version'],
    );
  }
  if (json.kind !== 'request' && json.kind !== 'decision')
    return fail('"kind" must be "request" or "decision"', ['kind']);
  const deep = tooDeep(json, []);
  if (deep !== null) return fail(`the file nests deeper than ${REVIEW_MAX_NESTING} levels`, deep);
  const long = oversizeString(json, []);
  if (long !== null) return fail(`the text is longer than ${REVIEW_MAX_STRING} characters`, long);
  const result = reviewFileSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    if (issue === undefined) return fail('invalid review file', []);
    if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) {
      return fail(`unknown field "${issue.keys[0]}"`, [...issue.path, issue.keys[0]]);
    }
    return fail(issue.message, [...issue.path]);
  }
  const file = result.data;
  if (file.kind === 'request') {
    const problem = checkMedia(file);
    if (problem !== null) return fail(problem.message, problem.path);
  }
  return { ok: true, file };
}

/** Canonical JSON of a review file, e.g. for writing it out deterministically. */
export function serializeReviewFile(file: ReviewFile): string {
  return canonicalJson(file);
}
