/**
 * Snippets: insertable pieces of text (hashtag groups, the netiquette link, fixed sentences). Every write is
 * validated; an invalid snippet saves nothing and names its fields with an error code.
 */
import { z } from 'zod';
import { db } from '../store/db';
import { guardData } from '../store/dataErrors';
import type { SnippetRow } from '../store/rows';

export const SNIPPET_KINDS = ['hashtags', 'link', 'text'] as const satisfies readonly SnippetRow['kind'][];
export type SnippetKind = (typeof SNIPPET_KINDS)[number];

export const SNIPPET_LABEL_MAX = 60;
export const SNIPPET_TEXT_MAX = 2000;

function isWebLink(value: string): boolean {
  if (!/^https?:\/\/\S+$/i.test(value)) return false;
  try {
    return new URL(value).hostname.includes('.');
  } catch {
    return false;
  }
}

export const snippetSchema = z
  .object({
    id: z.string().min(1),
    kind: z.enum(SNIPPET_KINDS),
    label: z.string().trim().min(1).max(SNIPPET_LABEL_MAX),
    text: z.string().trim().min(1).max(SNIPPET_TEXT_MAX),
  })
  .strict()
  .refine((snippet) => snippet.kind !== 'link' || isWebLink(snippet.text), {
    message: 'not a web address',
    path: ['text'],
  });

export type Snippet = SnippetRow;
export type SnippetInput = Omit<Snippet, 'id'> & { id?: string };

export type SnippetField = 'kind' | 'label' | 'text';
/** `required`: empty; `tooLong`: over the limit; `url`: a link that is no http(s) address; `invalid`: anything else. */
export type SnippetErrorCode = 'required' | 'tooLong' | 'url' | 'invalid';
export type SnippetErrors = Partial<Record<SnippetField, SnippetErrorCode>>;

export type SaveSnippetResult = { ok: true; snippet: Snippet } | { ok: false; errors: SnippetErrors };

/** Checks a snippet without saving it: the field errors a form shows. */
export function validateSnippet(
  input: SnippetInput,
): { ok: true; snippet: Snippet } | { ok: false; errors: SnippetErrors } {
  const parsed = snippetSchema.safeParse({ ...input, id: input.id ?? 'unsaved' });
  if (parsed.success) return { ok: true, snippet: { ...parsed.data, id: input.id ?? '' } };
  const errors: SnippetErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (field !== 'kind' && field !== 'label' && field !== 'text') continue;
    if (errors[field]) continue;
    if (issue.code === 'too_small') errors[field] = 'required';
    else if (issue.code === 'too_big') errors[field] = 'tooLong';
    else if (issue.code === 'custom') errors[field] = 'url';
    else errors[field] = 'invalid';
  }
  // The link rule is an object refinement, which zod skips while another field fails: check it here as well.
  if (!errors.text && input.kind === 'link' && !isWebLink(input.text.trim())) errors.text = 'url';
  return { ok: false, errors };
}

/** All snippets: by kind (hashtags, link, text), then by label. */
export function listSnippets(): Promise<Snippet[]> {
  return guardData(async () => {
    const rows = await db.snippets.toArray();
    return rows.sort(
      (a, b) =>
        SNIPPET_KINDS.indexOf(a.kind) - SNIPPET_KINDS.indexOf(b.kind) || a.label.localeCompare(b.label, 'de'),
    );
  });
}

/** Creates (no id) or replaces a snippet after validation; labels and texts are saved trimmed. */
export async function saveSnippet(input: SnippetInput): Promise<SaveSnippetResult> {
  const validation = validateSnippet(input);
  if (!validation.ok) return validation;
  const snippet: Snippet = { ...validation.snippet, id: input.id ?? crypto.randomUUID() };
  await guardData(() => db.snippets.put(snippet));
  return { ok: true, snippet };
}

export async function deleteSnippet(id: string): Promise<void> {
  await guardData(() => db.snippets.delete(id));
}
