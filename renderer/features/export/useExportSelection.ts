/** The live selection of the export page: which posts of the range go out, which stay and why. */
import { useMemo } from 'react';
import { crisisHolds } from '../../../shared/crisis/crisisMode';
import { consentProblemsOf } from '../../../shared/export/consentProblems';
import { toExportPost } from '../../../shared/export/fromPost';
import { selectForExport, type ExportSelection } from '../../../shared/export/selection';
import type { Channel } from '../../../shared/model/channels';
import { useExportCandidates } from '../../data/export/exportQueries';
import { useCrisisState } from '../../data/workflow/workflowQueries';
import { isUnverified, useApprovalVerdicts, type VerdictReason } from '../../data/workflow/approvalVerdicts';
import { rangeProblem, type ExportRange, type RangeProblem } from './exportRange';

export interface ExportScope extends ExportRange {
  timeZone: string;
  channels: readonly Channel[];
  /** Empty: every campaign and posts without one. */
  campaignIds: readonly string[];
  now: Date;
}

export type ExportSelectionState =
  | { kind: 'invalid'; problem: RangeProblem | { key: 'exportUi.errors.noNetwork' } }
  | { kind: 'loading' }
  | { kind: 'ready'; selection: ExportSelection };

export function useExportSelection(scope: ExportScope): ExportSelectionState {
  const problem = rangeProblem(scope);
  const candidates = useExportCandidates(
    problem === null ? { fromDate: scope.fromDate, toDate: scope.toDate, timeZone: scope.timeZone } : null,
  );
  const minute = Math.floor(scope.now.getTime() / 60_000);
  const channelKey = scope.channels.join(',');
  const campaignKey = scope.campaignIds.join(',');
  const crisis = useCrisisState();
  // Only verified approvals leave the desk: the verdicts of exactly these posts, or the selection waits.
  const verdicts = useApprovalVerdicts(candidates?.posts, { exact: true });
  const selection = useMemo(() => {
    if (problem !== null || candidates === undefined || crisis === undefined || verdicts === undefined)
      return null;
    const unverifiedApprovals: Record<string, VerdictReason[]> = {};
    for (const post of candidates.posts) {
      const verdict = verdicts[post.id];
      if (verdict !== undefined && isUnverified(verdict)) unverifiedApprovals[post.id] = verdict.reasons;
    }
    const posts = candidates.posts.map((post) => toExportPost(post, candidates.profiles));
    return selectForExport(posts, {
      fromDate: scope.fromDate,
      toDate: scope.toDate,
      timeZone: scope.timeZone,
      now: new Date(minute * 60_000),
      channels: channelKey === '' ? [] : (channelKey.split(',') as Channel[]),
      ...(campaignKey === '' ? {} : { campaignIds: campaignKey.split(',') }),
      consentProblems: consentProblemsOf(posts, candidates.media, candidates.consents, scope.timeZone),
      crisisHeld: candidates.posts.filter((post) => crisisHolds(crisis, post)).map((post) => post.id),
      unverifiedApprovals,
    });
    // `problem` follows from the range fields listed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [
    candidates,
    crisis,
    verdicts,
    scope.fromDate,
    scope.toDate,
    scope.timeZone,
    minute,
    channelKey,
    campaignKey,
  ]);
  if (problem !== null) return { kind: 'invalid', problem };
  if (scope.channels.length === 0) return { kind: 'invalid', problem: { key: 'exportUi.errors.noNetwork' } };
  if (selection === null) return { kind: 'loading' };
  return { kind: 'ready', selection };
}
