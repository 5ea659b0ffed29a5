/**
 * One finding per place, not per network: while the networks share a text, every rule finds the same thing in
 * each variant. The checks list shows such findings once, naming every network they concern; an override given
 * there covers each of them (the gate still decides per finding id).
 */
import type { Channel } from '../model/channels';
import type { PostFinding } from './engine';

export interface FindingGroup {
  /** Stable while the same findings stand: the first finding's id. */
  key: string;
  /** The findings of the group, in the engine's order; all say the same about the same place. */
  findings: PostFinding[];
  channels: Channel[];
}

function sameness(finding: PostFinding): string {
  // The id is `<channel>.<rule>:<place>` for rule findings and carries the network for limit findings: compare
  // what is said and where, not the id.
  return JSON.stringify([
    finding.rule,
    finding.severity,
    finding.messageKey,
    finding.params,
    finding.range?.start ?? null,
    finding.range?.end ?? null,
    finding.suggestion,
    finding.source,
  ]);
}

/** Groups findings that say the same about the same place in different networks' texts; order is kept. */
export function groupFindings(findings: readonly PostFinding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    const key = sameness(finding);
    const group = groups.get(key);
    if (group === undefined) {
      groups.set(key, { key: finding.id, findings: [finding], channels: [finding.channel] });
    } else {
      group.findings.push(finding);
      if (!group.channels.includes(finding.channel)) group.channels.push(finding.channel);
    }
  }
  return [...groups.values()];
}
