/** The contested limits of NETWORK_LIMITS as a list, for the settings page: which network, which options. */
import { CHANNELS, type Channel } from '../model/channels';
import type { LimitSettings } from './limitSettings';
import { NETWORK_LIMITS } from './limits';
import type { ContestedLimit, NetworkLimitTable } from './limitTypes';

export interface ContestedLimitChoice {
  setting: keyof LimitSettings;
  channel: Channel;
  options: { value: number; source: string }[];
}

function isContested(entry: unknown): entry is ContestedLimit {
  return typeof entry === 'object' && entry !== null && 'setting' in entry && 'options' in entry;
}

/** Every limit on which sources disagree, in network order, with its options and their sources. */
export function contestedLimitChoices(): ContestedLimitChoice[] {
  return CHANNELS.flatMap((channel) => {
    const table: NetworkLimitTable = NETWORK_LIMITS[channel];
    return Object.values(table)
      .filter(isContested)
      .map((limit) => ({
        setting: limit.setting,
        channel,
        options: limit.options.map((option) => ({ value: option.value, source: option.source })),
      }));
  });
}
