/**
 * Closes a popover (a menu, a list under a button) when the pointer goes down anywhere outside it and outside the
 * button that opened it. Escape and focus handling stay with the component.
 */
import { useEffect, type RefObject } from 'react';

export function useDismissOnOutsidePointer(
  open: boolean,
  insideRefs: readonly RefObject<HTMLElement | null>[],
  onDismiss: () => void,
): void {
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!insideRefs.some((ref) => ref.current?.contains(target))) onDismiss();
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
    // The refs are stable objects and `onDismiss` only closes: re-subscribe only when `open` changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
}
