/**
 * What the composer edits, and its undo/redo history. Pure: the dialog keeps a `History<ComposerDraft>` in React
 * state and saves the present through the repository.
 */
import type { Post, TemplateUse } from './post';
import type { PostFormInput } from './postInput';
import type { VariantContent } from './postVariants';
import { isoToZonedParts } from '../time/zoned';

export interface ComposerDraft {
  title: string;
  /** `YYYY-MM-DD` and `HH:mm` in the organisation's zone; both empty for an unscheduled draft. */
  date: string;
  time: string;
  campaignId: string | null;
  category: string | null;
  template: TemplateUse | null;
  content: VariantContent;
}

export function draftFromPost(post: Post, timeZone: string): ComposerDraft {
  const parts =
    post.scheduledAt === null ? { date: '', time: '' } : isoToZonedParts(post.scheduledAt, timeZone);
  return {
    title: post.title,
    ...parts,
    campaignId: post.campaignId,
    category: post.category,
    template: post.template,
    content: {
      channels: post.channels,
      text: post.text,
      variants: post.variants,
      variantsLinked: post.variantsLinked,
      media: post.media,
    },
  };
}

export function emptyDraft(date: string, time: string): ComposerDraft {
  return {
    title: '',
    date,
    time,
    campaignId: null,
    category: null,
    template: null,
    content: { channels: [], text: '', variants: [], variantsLinked: true, media: [] },
  };
}

export function draftToFormInput(draft: ComposerDraft): PostFormInput {
  return {
    title: draft.title,
    channels: draft.content.channels,
    date: draft.date,
    time: draft.time,
    text: draft.content.text,
    variants: draft.content.variants,
    variantsLinked: draft.content.variantsLinked,
    media: draft.content.media,
    campaignId: draft.campaignId,
    category: draft.category,
    template: draft.template,
  };
}

/** Undo/redo over immutable snapshots. Typing in one field within `mergeWindowMs` is one undo step. */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** What the last change edited and when, to merge keystrokes into one step. */
  lastChange: { field: string; at: number } | null;
}

export const HISTORY_LIMIT = 200;

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], lastChange: null };
}

export function record<T>(
  history: History<T>,
  next: T,
  change: { field: string; at: number },
  mergeWindowMs = 1000,
): History<T> {
  if (next === history.present) return history;
  const merges =
    history.lastChange !== null &&
    history.lastChange.field === change.field &&
    change.at - history.lastChange.at < mergeWindowMs;
  const past = merges ? history.past : [...history.past, history.present].slice(-HISTORY_LIMIT);
  return { past, present: next, future: [], lastChange: change };
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past[history.past.length - 1];
  if (previous === undefined) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
    lastChange: null,
  };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...future] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future, lastChange: null };
}
