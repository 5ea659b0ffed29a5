/**
 * `.civicdesk` files opened from outside the page (double-click through the file association, a second start with
 * a file, macOS "open with", File › Open) on their way to the review-by-file import. The desk subscribes once
 * (`useOpenedFileRouting`); each file waits here, UI state only, until the review page's file panel takes it into
 * the same path as its "Freigabedatei öffnen" button (parse, preview, conflicts, trust question).
 */
import { useEffect } from 'react';
import { create } from 'zustand';
import type { OpenedFile } from '../../../shared/ipc/contract';
import { getPlatform } from '../../platform/platform';
import { useUiStore } from '../../state/uiStore';

interface OpenedFilesState {
  /** Files not yet shown, oldest first. */
  waiting: OpenedFile[];
  receive: (file: OpenedFile) => void;
  /** Removes and returns the oldest waiting file, or null. */
  takeNext: () => OpenedFile | null;
}

export const useOpenedFilesStore = create<OpenedFilesState>()((set, get) => ({
  waiting: [],
  receive: (file) => set((state) => ({ waiting: [...state.waiting, file] })),
  takeNext: () => {
    const [next, ...rest] = get().waiting;
    if (next === undefined) return null;
    set({ waiting: rest });
    return next;
  },
}));

/** Receives opened files while the desk is shown and switches to the review page, where the import appears. */
export function useOpenedFileRouting(): void {
  const showPage = useUiStore((state) => state.showPage);
  useEffect(
    () =>
      getPlatform().onFileOpened((file) => {
        useOpenedFilesStore.getState().receive(file);
        showPage('review');
      }),
    [showPage],
  );
}
