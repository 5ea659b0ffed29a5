/** The social networks a post can be planned for. Order is the order of the UI. */
export const CHANNELS = ['linkedin', 'facebook', 'instagram', 'x'] as const;

export type Channel = (typeof CHANNELS)[number];

/**
 * A short text badge per network. The calendar shows networks by this label (never by colour alone), so that
 * people who cannot tell colours apart, and screen readers, get the same information.
 */
export const CHANNEL_BADGES: Record<Channel, string> = {
  linkedin: 'in',
  facebook: 'f',
  instagram: 'IG',
  x: 'X',
};

export const CHANNEL_NAMES: Record<Channel, string> = {
  linkedin: 'LinkedIn',
  facebook: 'Facebook',
  instagram: 'Instagram',
  x: 'X',
};

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}
