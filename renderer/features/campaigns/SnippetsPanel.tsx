/** Manages the snippets (hashtag groups, the netiquette link, fixed texts) that the composer can insert. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteSnippet, SNIPPET_KINDS, type Snippet } from '../../data/posts/snippetsRepository';
import { useSnippets } from '../../data/posts/snippetQueries';
import { toDataError } from '../../data/store/dataErrors';
import { useUiStore } from '../../state/uiStore';
import { SnippetForm } from './SnippetForm';
import './campaigns.css';

export function SnippetsPanel() {
  const { t } = useTranslation();
  const id = useId();
  const notify = useUiStore((state) => state.notify);
  const snippets = useSnippets();
  const [editing, setEditing] = useState<Snippet | null>(null);

  const remove = async (snippet: Snippet) => {
    if (!window.confirm(t('campaignsUi.snippets.confirmDelete', { label: snippet.label }))) return;
    try {
      await deleteSnippet(snippet.id);
      if (editing?.id === snippet.id) setEditing(null);
      notify({ kind: 'info', text: t('campaignsUi.snippets.deleted', { label: snippet.label }) });
    } catch (error) {
      notify({ kind: 'error', text: t(toDataError(error).messageKey) });
    }
  };

  return (
    <section className="cd-panel cd-campaigns-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('campaignsUi.snippets.heading')}</h2>
      <p className="cd-hint">{t('campaignsUi.snippets.intro')}</p>
      {snippets === undefined ? (
        <p className="cd-hint">{t('campaignsUi.loading')}</p>
      ) : snippets.length === 0 ? (
        <p className="cd-hint">{t('campaignsUi.snippets.empty')}</p>
      ) : (
        SNIPPET_KINDS.map((kind) => {
          const ofKind = snippets.filter((snippet) => snippet.kind === kind);
          if (ofKind.length === 0) return null;
          return (
            <div key={kind} className="cd-snippet-group">
              <h3 id={`${id}-${kind}`}>{t(`campaignsUi.snippets.kinds.${kind}`)}</h3>
              <ul className="cd-snippet-list" aria-labelledby={`${id}-${kind}`}>
                {ofKind.map((snippet) => (
                  <li key={snippet.id} className="cd-snippet">
                    <div className="cd-snippet-body">
                      <span className="cd-snippet-label">{snippet.label}</span>
                      <span className="cd-snippet-text">{snippet.text}</span>
                    </div>
                    <div className="cd-row-actions">
                      <button
                        type="button"
                        aria-label={t('campaignsUi.snippets.editLabel', { label: snippet.label })}
                        onClick={() => setEditing(snippet)}
                      >
                        {t('campaignsUi.snippets.edit')}
                      </button>
                      <button
                        type="button"
                        className="cd-danger"
                        aria-label={t('campaignsUi.snippets.deleteLabel', { label: snippet.label })}
                        onClick={() => void remove(snippet)}
                      >
                        {t('campaignsUi.snippets.delete')}
                      </button>
                    </div>
                  </li>
                ))}
              </ul>
            </div>
          );
        })
      )}
      {/* A new key per snippet restarts the form with that snippet's values. */}
      <SnippetForm key={editing?.id ?? 'new'} snippet={editing} onDone={() => setEditing(null)} />
    </section>
  );
}
