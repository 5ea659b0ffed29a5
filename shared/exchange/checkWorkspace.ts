/**
 * Runs the check engine over every post of a workspace file, with the file's own settings and media metadata, and
 * renders the findings as text for people. Pure: the command line (bin/civic-desk.mjs) does the file access.
 */
import { limitMessagesDe } from '../channels/messages';
import { isCrisisPost } from '../checks/crisis';
import { checkPost, type PostFinding } from '../checks/engine';
import { checkMessagesDe } from '../checks/messages';
import { CHECK_RULES } from '../checks/registry';
import type { Severity } from '../checks/types';
import { mediaMessagesDe } from '../media/messages';
import { CHANNEL_NAMES } from '../model/channels';
import type { MediaMeta } from '../model/media';
import type { Workspace } from './workspace';

export interface PostCheckResult {
  postId: string;
  title: string;
  findings: PostFinding[];
}

export interface CheckSummary {
  posts: number;
  /** Findings of severity `block`, over all posts. */
  blocking: number;
  /** Findings of severity `warn`, over all posts. */
  warnings: number;
}

/**
 * Checks every post of the workspace, in the file's order, with the file's consents; `now` is the day an
 * unscheduled post's consents must hold (in the file's time zone).
 */
export function checkWorkspace(workspace: Workspace, now: Date): PostCheckResult[] {
  const media: Record<string, MediaMeta> = {};
  for (const meta of workspace.media) media[meta.id] = meta;
  return workspace.posts.map((post) => {
    const altTexts: Record<string, string> = {};
    for (const attachment of post.media) altTexts[attachment.mediaId] = attachment.altText;
    const findings = checkPost(
      {
        variants: post.variants,
        media,
        altTexts,
        crisis: isCrisisPost(post),
        settings: workspace.settings.checks,
        limitSettings: workspace.settings.limits,
        consents: workspace.consents,
        scheduledAt: post.scheduledAt,
        timeZone: workspace.settings.timeZone,
        now,
        template: post.template,
        country: workspace.settings.region.country,
      },
      CHECK_RULES,
    );
    return { postId: post.id, title: post.title, findings };
  });
}

export function summarise(results: readonly PostCheckResult[]): CheckSummary {
  let blocking = 0;
  let warnings = 0;
  for (const result of results) {
    for (const finding of result.findings) {
      if (finding.severity === 'block') blocking += 1;
      else if (finding.severity === 'warn') warnings += 1;
    }
  }
  return { posts: results.length, blocking, warnings };
}

/** A message catalogue as the renderer mounts it: nested objects of strings, looked up by a dotted key. */
export interface MessageTree {
  readonly [key: string]: string | MessageTree;
}

/** The German catalogue of every finding: `checks.<family>.<key>`, `limits.<key>` and `media.consent.<key>`. */
export const FINDING_MESSAGES_DE: MessageTree = {
  checks: checkMessagesDe,
  limits: limitMessagesDe,
  media: mediaMessagesDe,
};

export const SEVERITY_LABELS_DE: Record<Severity, string> = {
  block: 'Blockiert',
  warn: 'Warnung',
  info: 'Hinweis',
};

function lookup(messages: MessageTree, key: string): string | undefined {
  let node: string | MessageTree | undefined = messages;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * i18next-style interpolation: `{{name}}` and `{{name, format}}` take the parameter as it is (numbers are not
 * formatted); a placeholder without a parameter stays as written.
 */
export function interpolate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g, (placeholder, name: string) => {
    const value = params[name];
    return value === undefined ? placeholder : String(value);
  });
}

/**
 * One line per finding: `<title> · <network> · <Blockiert|Warnung|Hinweis>: <message>`, then the suggested fix
 * (` Vorschlag: „…“`) and the rule's source (` (Quelle: …)`) where the finding has them.
 */
export function formatFindingsText(
  results: readonly PostCheckResult[],
  messages: MessageTree = FINDING_MESSAGES_DE,
): string[] {
  const lines: string[] = [];
  for (const result of results) {
    for (const finding of result.findings) {
      const template = lookup(messages, finding.messageKey);
      const message = template === undefined ? finding.messageKey : interpolate(template, finding.params);
      const fix = finding.suggestion ? ` Vorschlag: „${finding.suggestion}“` : '';
      const source = finding.source.trim() === '' ? '' : ` (Quelle: ${finding.source})`;
      lines.push(
        `${result.title} · ${CHANNEL_NAMES[finding.channel]} · ${SEVERITY_LABELS_DE[finding.severity]}: ` +
          `${message}${fix}${source}`,
      );
    }
  }
  return lines;
}
