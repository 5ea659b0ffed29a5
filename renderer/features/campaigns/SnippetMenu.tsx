/**
 * "Baustein einfügen" for the composer: a menu button (WAI-ARIA APG pattern). The button opens a menu of the
 * snippets by label; arrow keys, Home, End and the first letter move, Enter or Space inserts, Escape closes and
 * returns focus to the button. Choosing a snippet calls `onInsert` with its text.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSnippets } from '../../data/posts/snippetQueries';
import type { Snippet } from '../../data/posts/snippetsRepository';
import './campaigns.css';

const NO_SNIPPETS: Snippet[] = [];

export function SnippetMenu({ onInsert }: { onInsert: (text: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const snippets = useSnippets() ?? NO_SNIPPETS;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLLIElement | null)[]>([]);
  // With no snippets the menu holds one disabled item that says so.
  const count = Math.max(1, snippets.length);

  // Focus follows the active item, also when the list changes under an open menu.
  useEffect(() => {
    if (open) itemRefs.current[Math.min(active, count - 1)]?.focus();
  }, [open, active, count, snippets]);

  useEffect(() => {
    if (!open) return undefined;
    const closeOutside = (event: PointerEvent | MouseEvent) => {
      if (event.target instanceof Node && !containerRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('mousedown', closeOutside);
    return () => document.removeEventListener('mousedown', closeOutside);
  }, [open]);

  const show = (index: number) => {
    setActive(index);
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const choose = (snippet: Snippet | undefined) => {
    if (!snippet) return;
    close();
    onInsert(snippet.text);
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown') show(0);
    else if (event.key === 'ArrowUp') show(count - 1);
    else return;
    event.preventDefault();
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const { key } = event;
    if (key === 'Tab') {
      setOpen(false);
      return;
    }
    if (key === 'ArrowDown') setActive((index) => (index + 1) % count);
    else if (key === 'ArrowUp') setActive((index) => (index - 1 + count) % count);
    else if (key === 'Home') setActive(0);
    else if (key === 'End') setActive(count - 1);
    else if (key === 'Escape') close();
    else if (key === 'Enter' || key === ' ') choose(snippets[active]);
    else if (key.length === 1 && /\S/.test(key)) {
      // Type-ahead: the next item whose label starts with the typed character.
      const next = [...snippets.keys()]
        .map((offset) => (active + 1 + offset) % snippets.length)
        .find((index) => snippets[index]?.label.toLocaleLowerCase().startsWith(key.toLocaleLowerCase()));
      if (next !== undefined) setActive(next);
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div ref={containerRef} className="cd-snippet-menu">
      <button
        ref={buttonRef}
        id={`${id}-button`}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => (open ? setOpen(false) : show(0))}
        onKeyDown={onButtonKeyDown}
      >
        {t('campaignsUi.snippetMenu.button')}
      </button>
      {open && (
        <ul
          id={`${id}-menu`}
          role="menu"
          aria-labelledby={`${id}-button`}
          className="cd-menu"
          onKeyDown={onMenuKeyDown}
        >
          {snippets.length === 0 ? (
            <li
              ref={(element) => {
                itemRefs.current[0] = element;
              }}
              role="menuitem"
              aria-disabled="true"
              tabIndex={-1}
              className="cd-menu-item cd-menu-item-disabled"
            >
              {t('campaignsUi.snippetMenu.empty')}
            </li>
          ) : (
            snippets.map((snippet, index) => (
              <li
                key={snippet.id}
                ref={(element) => {
                  itemRefs.current[index] = element;
                }}
                role="menuitem"
                tabIndex={-1}
                className="cd-menu-item"
                title={snippet.text}
                onClick={() => choose(snippet)}
                onMouseEnter={() => setActive(index)}
              >
                {t('campaignsUi.snippetMenu.itemLabel', {
                  label: snippet.label,
                  kind: t(`campaignsUi.snippets.kind.${snippet.kind}`),
                })}
              </li>
            ))
          )}
        </ul>
      )}
    </div>
  );
}
