/**
 * Checks of a parsed workspace file that go beyond its shape, made before an import writes anything: ids unique
 * per table, media bytes belonging to listed media, and an unbroken audit chain. (The check command reads files
 * without them: it only reads posts.)
 */
import { verifyChain } from '../audit/chain';
import type { AuditProblem } from '../audit/chain';
import type { Workspace } from './workspace';

const AUDIT_PROBLEM_TEXT: Record<AuditProblem, string> = {
  changed: 'an entry was changed',
  missing: 'an entry is missing',
  reordered: 'entries are out of order',
  brokenLink: 'an entry does not follow the one before',
};

/** The first problem of an import-ready file with its JSON path, or null. */
export function firstIntegrityProblem(
  workspace: Workspace,
): { ok: false; message: string; path: string } | null {
  const tables = {
    campaigns: workspace.campaigns,
    posts: workspace.posts,
    media: workspace.media,
    consents: workspace.consents,
    profiles: workspace.profiles,
    comments: workspace.comments,
    series: workspace.series,
    templates: workspace.templates,
    snippets: workspace.snippets,
    mediaFiles: workspace.mediaFiles ?? [],
  };
  for (const [table, rows] of Object.entries(tables)) {
    const seen = new Set<string>();
    for (const [index, row] of rows.entries()) {
      if (seen.has(row.id))
        return { ok: false, message: `the id "${row.id}" appears twice`, path: `${table}[${index}].id` };
      seen.add(row.id);
    }
  }
  const mediaIds = new Set(workspace.media.map((meta) => meta.id));
  const orphan = (workspace.mediaFiles ?? []).findIndex((file) => !mediaIds.has(file.id));
  if (orphan >= 0) {
    return {
      ok: false,
      message: 'bytes of a medium that is not listed under "media"',
      path: `mediaFiles[${orphan}].id`,
    };
  }
  const chain = verifyChain(workspace.audit);
  if (!chain.ok) {
    const index = workspace.audit.findIndex((entry) => entry.seq === chain.seq);
    return {
      ok: false,
      message: `the audit trail is broken at entry ${chain.seq} (${AUDIT_PROBLEM_TEXT[chain.problem]})`,
      path: `audit[${index >= 0 ? index : Math.max(0, chain.seq - 1)}]`,
    };
  }
  return null;
}
