/**
 * The shape of the engine's sentence corpus: realistic posts of towns, police and federal offices with the
 * findings each must raise and the rules it must not raise (true negatives count as much as hits).
 */
import type { Channel } from '../../model/channels';
import type { CheckSettings } from '../types';

export interface CorpusCase {
  text: string;
  /** Findings that must be raised: a rule (`tone.allCaps`), or `rule@text` with the exact text of its range. */
  raise: readonly string[];
  /** Rules or whole families (`gender`, `crisis.humourEmoji`) that must not be raised; `*` for no finding at all. */
  not: readonly string[];
  /** A crisis post (or crisis mode on). */
  crisis: boolean;
  channel: Channel;
  /** Changes to the corpus settings (gender profile, address). */
  settings: Partial<CheckSettings>;
}

export interface CaseOptions {
  crisis?: boolean;
  channel?: Channel;
  settings?: Partial<CheckSettings>;
}

export const c = (
  text: string,
  raise: string[],
  not: string[] = [],
  { crisis = false, channel = 'facebook', settings = {} }: CaseOptions = {},
): CorpusCase => ({ text, raise, not, crisis, channel, settings });

/** A sentence that must raise no finding at all. */
export const clean = (text: string, options: CaseOptions = {}): CorpusCase => c(text, [], ['*'], options);
