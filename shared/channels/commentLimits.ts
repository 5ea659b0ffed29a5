/**
 * How long a reply (a comment under a post, or a reply on X) may be on each network. None of these figures is in
 * the team's domain facts (domain.md) except X, where a reply is a post; the others come from third-party guides,
 * are not documented by the networks themselves and are marked `approximate`. Where guides disagree, the stricter
 * figure is used and the other is named in the note. Counted like posts (shared/channels/counting.ts).
 */
import type { Channel } from '../model/channels';
import { LIMITS_CHECKED_ON, type SourcedLimit } from './limitTypes';

const checkedOn = LIMITS_CHECKED_ON;

export const COMMENT_LIMITS = {
  x: {
    value: 280,
    source:
      'Civic Desk domain facts (domain.md): a reply is a post, 280 weighted characters; usetool.space ' +
      '"Social Media Character Limits" (2026): replies 280',
    checkedOn,
    note: 'Paid accounts may write longer posts and replies (4,000 or 25,000: sources disagree).',
  },
  facebook: {
    value: 8000,
    source:
      'purplecowbranding.com "Social media post lengths"; cruxfinder.com "Social Media Character Limits" ' +
      '(third-party guides)',
    checkedOn,
    approximate: true,
    note: 'Not documented by Meta; one guide (v3media.online) names 63,200. The stricter 8,000 is used.',
  },
  instagram: {
    value: 2200,
    source: 'charactercounterpro.com "Social media character limits" (third-party guide): comments 2,200',
    checkedOn,
    approximate: true,
    note: 'Not documented by Meta; the same figure as the caption. One guide names 150 (likely the bio).',
  },
  linkedin: {
    value: 1250,
    source: 'usetool.space "Social Media Character Limits" (third-party guide, 2026): comments 1,250',
    checkedOn,
    approximate: true,
    note: 'Not documented by LinkedIn.',
  },
} as const satisfies Record<Channel, SourcedLimit<number>>;

/** The longest reply or comment on `channel`, in the unit its posts are counted in. */
export function commentLimit(channel: Channel): number {
  return COMMENT_LIMITS[channel].value;
}
