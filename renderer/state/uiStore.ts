/**
 * UI state only: what the person is looking at and doing. Saved entities live in IndexedDB and are read through
 * live queries; the only thing remembered across restarts is which profile was active on this device.
 */
import { create } from 'zustand';
import type { Channel } from '../../shared/model/channels';
import type { PostStatus } from '../../shared/model/post';
import { NO_FILTERS, type PostFilters } from '../../shared/calendar/postEvents';

export const CALENDAR_VIEWS = ['dayGridMonth', 'timeGridWeek', 'listMonth'] as const;
export type CalendarViewName = (typeof CALENDAR_VIEWS)[number];

export type Page =
  'calendar' | 'review' | 'campaigns' | 'consents' | 'export' | 'audit' | 'settings' | 'privacy' | 'trust';

/** The post form: closed, creating (with a preset day and time), or editing a post. */
export type Editor =
  { mode: 'closed' } | { mode: 'create'; date: string; time: string } | { mode: 'edit'; postId: string };

export interface VisibleRange {
  /** UTC ISO instants, [start, end). */
  startUtc: string;
  endUtc: string;
  /** The first day of the period shown (not of the grid), to come back to the same month or week. */
  anchorDate: string;
}

export interface CurrentUser {
  id: string;
}

export interface Notice {
  kind: 'info' | 'error';
  /** Already translated text. */
  text: string;
}

interface UiState {
  page: Page;
  /** The post open in the review dialog (diff, comments, decision), or null. */
  reviewPostId: string | null;
  view: CalendarViewName;
  range: VisibleRange | null;
  filters: PostFilters;
  editor: Editor;
  notice: Notice | null;
  /** The active profile; `id` is '' until one is chosen (the profile gate shows then). */
  currentUser: CurrentUser;
  /**
   * Whether the active profile was opened in this session (its PIN entered, or chosen without one). A profile
   * remembered from an earlier session starts locked; App shows the profile question until it is unlocked.
   */
  unlocked: boolean;
  /** Makes a profile active (after its PIN, if it has one) and remembers it on this device; '' signs out. */
  setCurrentUser: (id: string) => void;
  openReview: (postId: string | null) => void;
  showPage: (page: Page) => void;
  setView: (view: CalendarViewName) => void;
  setRange: (range: VisibleRange) => void;
  toggleChannelFilter: (channel: Channel) => void;
  toggleStatusFilter: (status: PostStatus) => void;
  toggleCampaignFilter: (campaignId: string) => void;
  toggleCategoryFilter: (category: string) => void;
  /** Drops campaign and category filters that no longer exist (a deleted campaign would hide posts unseen). */
  keepKnownFilters: (campaignIds: readonly string[], categories: readonly string[]) => void;
  resetFilters: () => void;
  openEditor: (editor: Editor) => void;
  closeEditor: () => void;
  notify: (notice: Notice | null) => void;
}

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((entry) => entry !== item) : [...list, item];
}

const PROFILE_KEY = 'civic-desk.activeProfile';

/** The profile last active on this device (a PIN is asked again at start when the profile has one). */
export function rememberedProfileId(): string {
  try {
    return globalThis.localStorage.getItem(PROFILE_KEY) ?? '';
  } catch {
    return '';
  }
}

function rememberProfile(id: string): void {
  try {
    if (id === '') globalThis.localStorage.removeItem(PROFILE_KEY);
    else globalThis.localStorage.setItem(PROFILE_KEY, id);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this session only.
  }
}

export const useUiStore = create<UiState>()((set) => ({
  page: 'calendar',
  view: 'dayGridMonth',
  range: null,
  filters: NO_FILTERS,
  editor: { mode: 'closed' },
  notice: null,
  reviewPostId: null,
  currentUser: { id: rememberedProfileId() },
  unlocked: false,
  setCurrentUser: (id) => {
    rememberProfile(id);
    set({ currentUser: { id }, unlocked: id !== '' });
  },
  openReview: (reviewPostId) => set({ reviewPostId }),
  showPage: (page) => set({ page }),
  setView: (view) => set({ view }),
  setRange: (range) =>
    set((state) =>
      state.range?.startUtc === range.startUtc &&
      state.range.endUtc === range.endUtc &&
      state.range.anchorDate === range.anchorDate
        ? state
        : { range },
    ),
  toggleChannelFilter: (channel) =>
    set((state) => ({ filters: { ...state.filters, channels: toggle(state.filters.channels, channel) } })),
  toggleStatusFilter: (status) =>
    set((state) => ({ filters: { ...state.filters, statuses: toggle(state.filters.statuses, status) } })),
  toggleCampaignFilter: (campaignId) =>
    set((state) => ({
      filters: { ...state.filters, campaignIds: toggle(state.filters.campaignIds, campaignId) },
    })),
  toggleCategoryFilter: (category) =>
    set((state) => ({
      filters: { ...state.filters, categories: toggle(state.filters.categories, category) },
    })),
  keepKnownFilters: (campaignIds, categories) =>
    set((state) => {
      const { filters } = state;
      const keptCampaigns = filters.campaignIds.filter((id) => campaignIds.includes(id));
      const keptCategories = filters.categories.filter((category) => categories.includes(category));
      if (
        keptCampaigns.length === filters.campaignIds.length &&
        keptCategories.length === filters.categories.length
      ) {
        return state;
      }
      return { filters: { ...filters, campaignIds: keptCampaigns, categories: keptCategories } };
    }),
  resetFilters: () => set({ filters: NO_FILTERS }),
  openEditor: (editor) => set({ editor }),
  closeEditor: () => set({ editor: { mode: 'closed' } }),
  notify: (notice) => set({ notice }),
}));
