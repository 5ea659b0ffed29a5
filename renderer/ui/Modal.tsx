/** A modal dialog: labelled by its title, focus moved in and kept inside, Escape closes, focus returns after. */
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';

interface ModalProps {
  title: string;
  onClose: () => void;
  initialFocus?: RefObject<HTMLElement | null>;
  /** A large dialog (the composer) instead of a form-sized one. */
  wide?: boolean;
  children: ReactNode;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex="0"]';

export function Modal({ title, onClose, initialFocus, wide = false, children }: ModalProps) {
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const previouslyFocused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    (initialFocus?.current ?? dialogRef.current)?.focus();
    return () => previouslyFocused?.focus();
  }, [initialFocus]);

  // A button that disappears or turns disabled under the focus (after "Verknüpfen", "Freigeben") would drop the
  // focus to <body>, where Escape and Tab no longer reach the dialog: the dialog takes it back.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return undefined;
    const reclaim = () => {
      const active = document.activeElement;
      if (active !== null && active !== document.body) return;
      const open = document.querySelectorAll('[role="dialog"][aria-modal="true"]');
      if (open[open.length - 1] === dialog) dialog.focus();
    };
    let frame = 0;
    const observer = new MutationObserver(() => {
      reclaim();
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(reclaim);
    });
    observer.observe(dialog, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['disabled', 'hidden'],
    });
    const onFocusOut = (event: FocusEvent) => {
      if (event.relatedTarget === null) frame = requestAnimationFrame(reclaim);
    };
    dialog.addEventListener('focusout', onFocusOut);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      dialog.removeEventListener('focusout', onFocusOut);
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onCloseRef.current();
      return;
    }
    if (event.key !== 'Tab' || !dialogRef.current) return;
    const focusable = [...dialogRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="cd-modal-backdrop">
      <div
        ref={dialogRef}
        className={wide ? 'cd-modal cd-modal-wide' : 'cd-modal'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
      </div>
    </div>
  );
}
