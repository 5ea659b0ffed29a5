/** Reads of templates for components: live queries that re-render when a template is saved or deleted. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { PostTemplate, UserTemplate } from '../../../shared/templates/types';
import { getTemplate, listTemplates, listUserTemplates } from './templatesRepository';

/** Built-in templates, then saved ones; `undefined` while loading. */
export function useTemplates(): PostTemplate[] | undefined {
  return useLiveQuery(() => listTemplates(), []);
}

export function useUserTemplates(): UserTemplate[] | undefined {
  return useLiveQuery(() => listUserTemplates(), []);
}

/** The template `id` (built-in or saved): `undefined` while loading, `null` when there is none (or no id). */
export function useTemplate(id: string | null): PostTemplate | null | undefined {
  return useLiveQuery(async () => (id === null ? null : ((await getTemplate(id)) ?? null)), [id]);
}
