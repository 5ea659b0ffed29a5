/**
 * The gate before approval: a post goes to review only with no blocking finding left (or each overridden with a
 * written reason) and every required checklist item that applies ticked.
 */
import type { CheckFinding } from './types';
import type { ChecklistItem } from './checklist';

export interface ChecklistTick {
  itemId: string;
  /** Who ticked it, and when (ISO instant). */
  by: string;
  at: string;
}

export interface FindingOverride {
  findingId: string;
  reason: string;
  by: string;
  at: string;
}

/** A written reason: a few words at least, not just "ok". */
export const MIN_OVERRIDE_REASON_LENGTH = 10;

export interface GateResult {
  open: boolean;
  /** Blocking findings without a valid override. */
  blocking: CheckFinding[];
  /** Required items that apply and are not ticked. */
  missingItems: ChecklistItem[];
  /** Blocking findings let through by a valid override, with it: recorded in the audit log on submission. */
  overridden: { finding: CheckFinding; override: FindingOverride }[];
}

export function isValidOverride(override: FindingOverride | undefined): boolean {
  return override !== undefined && override.reason.trim().length >= MIN_OVERRIDE_REASON_LENGTH;
}

/**
 * Whether a written reason may let a blocking finding pass. A missing or lapsed consent of people shown may not:
 * no reason makes their image lawful to publish, and the export would hold the post back anyway.
 */
export function isOverridable(finding: Pick<CheckFinding, 'rule'>): boolean {
  return !finding.rule.startsWith('consent.');
}

export function submissionGate(
  findings: readonly CheckFinding[],
  applicable: readonly ChecklistItem[],
  ticks: readonly ChecklistTick[],
  overrides: readonly FindingOverride[],
): GateResult {
  const blocking: CheckFinding[] = [];
  const overridden: GateResult['overridden'] = [];
  for (const finding of findings) {
    if (finding.severity !== 'block') continue;
    const override = overrides.find((candidate) => candidate.findingId === finding.id);
    if (override !== undefined && isOverridable(finding) && isValidOverride(override))
      overridden.push({ finding, override });
    else blocking.push(finding);
  }
  const ticked = new Set(ticks.map((tick) => tick.itemId));
  const missingItems = applicable.filter((item) => item.required && !ticked.has(item.id));
  return { open: blocking.length === 0 && missingItems.length === 0, blocking, missingItems, overridden };
}
