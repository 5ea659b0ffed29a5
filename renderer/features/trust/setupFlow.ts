/**
 * UI state of the first set-up's last step: while the new organisation key's fingerprint is on screen, the app
 * keeps the set-up screen although the first profile exists already (App.tsx).
 */
import { create } from 'zustand';

interface SetupFlow {
  /** True from submitting the set-up until the person has seen the fingerprint and continues. */
  finishing: boolean;
  setFinishing: (finishing: boolean) => void;
}

export const useSetupFlow = create<SetupFlow>()((set) => ({
  finishing: false,
  setFinishing: (finishing) => set({ finishing }),
}));
