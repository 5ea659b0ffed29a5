/** Live reads of snippets for components. */
import { useLiveQuery } from 'dexie-react-hooks';
import { listSnippets, type Snippet } from './snippetsRepository';

/** All snippets, by kind and label; `undefined` while loading. */
export function useSnippets(): Snippet[] | undefined {
  return useLiveQuery(() => listSnippets(), []);
}
