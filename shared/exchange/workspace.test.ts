import { describe, expect, it } from 'vitest';
import { crisisPost, PHOTO_ID, servicePost, workspaceFile } from './testFixtures';
import { formatJsonPath, parseWorkspace, WORKSPACE_FORMAT, WORKSPACE_VERSION } from './workspace';

type Path = readonly (string | number)[];
const REMOVE = Symbol('remove');

/** The fixture as it comes out of JSON.parse. */
function fileJson(): unknown {
  return JSON.parse(JSON.stringify(workspaceFile([servicePost(), crisisPost()])));
}

/** The JSON with the value at `path` replaced (or removed); the containers on the way must exist. */
function changed(json: unknown, path: Path, value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (Array.isArray(json)) {
    return json.map((item: unknown, index) => (index === head ? changed(item, rest, value) : item));
  }
  if (typeof json !== 'object' || json === null) throw new Error(`nothing at ${String(head)}`);
  const key = String(head);
  const entries = Object.entries(json);
  const next = rest.length === 0 ? value : changed((json as Record<string, unknown>)[key], rest, value);
  const others = entries.filter(([name]) => name !== key);
  return Object.fromEntries(next === REMOVE ? others : [...others, [key, next]]);
}

function problem(json: unknown): { message: string; path: string } {
  const result = parseWorkspace(json);
  if (result.ok) throw new Error('expected the workspace to be refused');
  return { message: result.message, path: result.path };
}

describe('parseWorkspace', () => {
  it('accepts a realistic workspace and returns it unchanged', () => {
    const json = fileJson();
    const result = parseWorkspace(json);
    expect(result).toEqual({ ok: true, workspace: json });
  });

  it('reads a version 1 file: posts get their workflow, an approved post without approval goes back to review', () => {
    const json = fileJson() as { posts: Record<string, unknown>[]; settings: Record<string, unknown> };
    const v1Posts = json.posts.map(({ workflow: _workflow, notes: _notes, ...post }) => post);
    const { workflow: _settingsWorkflow, ...v1Settings } = json.settings;
    const v1 = {
      ...(changed(json, ['version'], 1) as Record<string, unknown>),
      posts: [{ ...v1Posts[0], status: 'approved' }, v1Posts[1]],
      settings: v1Settings,
      profiles: undefined,
      comments: undefined,
      audit: undefined,
      series: undefined,
      templates: undefined,
      snippets: undefined,
      roster: undefined,
      crisis: undefined,
    };
    const result = parseWorkspace(JSON.parse(JSON.stringify(v1)));
    if (!result.ok) throw new Error(`${result.path}: ${result.message}`);
    const [service, crisis] = result.workspace.posts;
    expect(result.workspace.version).toBe(WORKSPACE_VERSION);
    expect(service?.status).toBe('in_review');
    expect(service?.workflow).toMatchObject({ approvals: [], revision: 1, lastEditorId: 'redaktion-1' });
    expect(service?.workflow.contentHash).toBe(servicePost().workflow.contentHash);
    expect(crisis?.notes).toBe('');
    expect(result.workspace.settings.workflow.expiryLeadHours).toBe(24);
    expect(result.workspace.audit).toEqual([]);
  });

  it('refuses a version 1 file with fields of version 2', () => {
    expect(problem(changed(fileJson(), ['version'], 1))).toEqual({
      path: 'posts[0].workflow',
      message: 'unknown field "workflow"',
    });
  });

  it('accepts an empty workspace', () => {
    const result = parseWorkspace({ ...workspaceFile([]), campaigns: [], media: [], consents: [] });
    expect(result.ok).toBe(true);
  });

  it('fills missing check settings with their defaults, as the app does', () => {
    const result = parseWorkspace(changed(fileJson(), ['settings', 'checks'], {}));
    expect(result.ok && result.workspace.settings.checks.maxEmoji).toBe(3);
  });

  it('refuses what is not a JSON object', () => {
    expect(problem([1, 2])).toEqual({ message: 'the file is not a JSON object', path: '' });
    expect(problem(null).path).toBe('');
  });

  it('refuses another format', () => {
    const result = problem(changed(fileJson(), ['format'], 'hootsuite-export'));
    expect(result.path).toBe('format');
    expect(result.message).toContain(WORKSPACE_FORMAT);
  });

  it('refuses a newer version with a clear message', () => {
    const result = problem(changed(fileJson(), ['version'], WORKSPACE_VERSION + 1));
    expect(result.path).toBe('version');
    expect(result.message).toMatch(/version 4.*versions 1 to 3.*update Civic Desk/);
  });

  it.each([0, '1', 1.5, null])('refuses the version %j', (version) => {
    expect(problem(changed(fileJson(), ['version'], version)).path).toBe('version');
  });

  it.each<[string, Path, unknown, string]>([
    ['an unknown network', ['posts', 1, 'variants', 0, 'channel'], 'tiktok', 'posts[1].variants[0].channel'],
    ['a missing title', ['posts', 0, 'title'], REMOVE, 'posts[0].title'],
    ['an unknown field', ['posts', 1, 'colour'], 'red', 'posts[1].colour'],
    ['an unknown top-level field', ['drafts'], [], 'drafts'],
    ['a time without offset', ['posts', 0, 'scheduledAt'], '2026-12-03T10:00:00', 'posts[0].scheduledAt'],
    [
      'a UTC index of another instant',
      ['posts', 0, 'scheduledAtUtc'],
      '2026-12-03T10:00:00.000Z',
      'posts[0].scheduledAtUtc',
    ],
    ['a time without its UTC index', ['posts', 0, 'scheduledAtUtc'], null, 'posts[0].scheduledAtUtc'],
    [
      'a format the network does not have',
      ['posts', 1, 'variants', 0, 'format'],
      'story',
      'posts[1].variants[0].format',
    ],
    [
      'variants out of step with channels',
      ['posts', 0, 'channels'],
      ['facebook', 'linkedin'],
      'posts[0].variants',
    ],
    ['an unknown status', ['posts', 0, 'status'], 'live', 'posts[0].status'],
    [
      'a checklist tick without time',
      ['posts', 0, 'checks', 'ticks'],
      [{ itemId: 'goal', by: 'redaktion-1' }],
      'posts[0].checks.ticks[0].at',
    ],
    ['a media id that is no SHA-256', ['media', 0, 'id'], 'IMG_0042', 'media[0].id'],
    ['a video type on an image', ['media', 0, 'mimeType'], 'video/mp4', 'media[0].mimeType'],
    ['an unknown time zone', ['settings', 'timeZone'], 'Mars/Olympus', 'settings.timeZone'],
    ['a campaign ending before it starts', ['campaigns', 0, 'endDate'], '2025-12-31', 'campaigns[0].endDate'],
    [
      'a consent withdrawn before it was given',
      ['consents', 0, 'withdrawnOn'],
      '2026-10-01',
      'consents[0].withdrawnOn',
    ],
    ['posts that are not a list', ['posts'], {}, 'posts'],
  ])('names %s and its path', (_name, at, value, path) => {
    const result = problem(changed(fileJson(), at, value));
    expect(result.path).toBe(path);
    expect(result.message).not.toBe('');
  });

  it('names the first problem when there are several', () => {
    let json = changed(fileJson(), ['posts', 1, 'status'], 'live');
    json = changed(json, ['posts', 0, 'title'], 42);
    json = changed(json, ['media', 0, 'id'], 'x');
    expect(problem(json).path).toBe('posts[0].title');
  });

  it('says which field is unknown', () => {
    expect(problem(changed(fileJson(), ['posts', 0, 'colour'], 'red')).message).toBe(
      'unknown field "colour"',
    );
  });

  it('keeps media ids as given', () => {
    const json = fileJson();
    const result = parseWorkspace(json);
    expect(result.ok && result.workspace.media[0]?.id).toBe(PHOTO_ID);
  });
});

describe('formatJsonPath', () => {
  it('writes indexes in brackets and names with dots', () => {
    expect(formatJsonPath(['posts', 3, 'variants', 0, 'channel'])).toBe('posts[3].variants[0].channel');
    expect(formatJsonPath([])).toBe('');
    expect(formatJsonPath(['posts', 0, 'template', 'values', 'Anmelde-Schluss'])).toBe(
      'posts[0].template.values["Anmelde-Schluss"]',
    );
  });
});
