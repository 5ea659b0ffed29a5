/**
 * Builds a workspace file from the tables of a desk, deterministically: rows sorted by id (the audit trail by
 * sequence number), PIN hashes removed, media bytes as base64, written as canonical JSON (RFC 8785). The same
 * tables and the same `now` always give the same bytes, so an export, import and export again compares equal.
 * Pure: the renderer reads the tables in one transaction, the command line and the tests pass their own.
 */
import type { AuditEntry } from '../audit/chain';
import { canonicalJson } from '../approval/webCrypto';
import type { PublicProfile, StoredProfile } from '../model/profile';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION, type Workspace } from './workspace';
import { bytesToBase64 } from './workspaceTables';

type Table<K extends keyof Workspace> = Exclude<Workspace[K], undefined>;

export interface WorkspaceParts {
  settings: Workspace['settings'];
  /** Stored profiles (their PIN hashes are dropped) or public ones. */
  profiles: readonly (StoredProfile | PublicProfile)[];
  campaigns: Table<'campaigns'>;
  series: Table<'series'>;
  templates: Table<'templates'>;
  snippets: Table<'snippets'>;
  posts: Table<'posts'>;
  media: Table<'media'>;
  consents: Table<'consents'>;
  comments: Table<'comments'>;
  audit: readonly AuditEntry[];
  /** The bytes of the media, for backups; absent: the file carries metadata only. */
  mediaBytes?: readonly { id: string; bytes: Uint8Array }[];
  /** The organisation's signed roster (root public key and entries); absent or null: no root yet. */
  roster?: Workspace['roster'];
  /** Crisis mode as the desk holds it; absent: off. */
  crisis?: Workspace['crisis'];
}

function byId<T extends { id: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function withoutPin(profile: StoredProfile | PublicProfile): PublicProfile {
  const { id, name, initials, roles, publicKey, createdAt } = profile;
  return { id, name, initials, roles, publicKey, createdAt };
}

export function buildWorkspace(parts: WorkspaceParts, now: Date): Workspace {
  const workspace: Workspace = {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    exportedAt: now.toISOString(),
    settings: parts.settings,
    campaigns: byId(parts.campaigns),
    posts: byId(parts.posts),
    media: byId(parts.media),
    consents: byId(parts.consents),
    profiles: byId(parts.profiles.map(withoutPin)),
    comments: byId(parts.comments),
    audit: [...parts.audit].sort((a, b) => a.seq - b.seq),
    series: byId(parts.series),
    templates: byId(parts.templates),
    snippets: byId(parts.snippets),
    roster:
      parts.roster === undefined || parts.roster === null
        ? null
        : { root: parts.roster.root, entries: byId(parts.roster.entries) },
    crisis: parts.crisis ?? { active: false },
  };
  if (parts.mediaBytes !== undefined) {
    workspace.mediaFiles = byId(parts.mediaBytes).map(({ id, bytes }) => ({
      id,
      base64: bytesToBase64(bytes),
    }));
  }
  return workspace;
}

/** The file's text: canonical JSON (RFC 8785), so equal workspaces are equal bytes. */
export function serializeWorkspace(workspace: Workspace): string {
  return canonicalJson(workspace);
}

/** Suggested file name of a workspace export or backup, e.g. `civic-desk-2026-11-25-1545.json`. */
export function workspaceFileName(now: Date, kind: 'workspace' | 'backup'): string {
  const stamp = now.toISOString().slice(0, 16).replace('T', '-').replace(':', '');
  return kind === 'backup' ? `civic-desk-sicherung-${stamp}.json` : `civic-desk-arbeitsbereich-${stamp}.json`;
}
