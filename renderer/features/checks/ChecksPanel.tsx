/**
 * Before approval: the automatic findings of every network's text (each jumps to its place), overrides with a
 * written reason, the organisation's checklist ticked per post, and the submission the gate allows.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applicableItems } from '../../../shared/checks/checklist';
import type { PostFinding } from '../../../shared/checks/engine';
import { groupFindings, type FindingGroup } from '../../../shared/checks/grouping';
import {
  isOverridable,
  isValidOverride,
  MIN_OVERRIDE_REASON_LENGTH,
  submissionGate,
} from '../../../shared/checks/gate';
import type { TextRange } from '../../../shared/checks/types';
import type { Channel } from '../../../shared/model/channels';
import type { Post } from '../../../shared/model/post';
import type { Settings } from '../../../shared/model/settings';
import { setChecklistTick, setOverride } from '../../data/workflow/reviewRepository';
import { toDataError } from '../../data/store/dataErrors';
import { useProfiles } from '../../data/workflow/workflowQueries';
import { formatInstant, nameOf } from '../review/format';
import { useUiStore } from '../../state/uiStore';
import './checks.css';

interface ChecksPanelProps {
  /** The draft's category and networks: they choose the checklist's items. */
  category: string | null;
  channels: readonly Channel[];
  /** The draft's findings (useDraftFindings), shared with the highlighted texts. */
  findings: PostFinding[];
  /** The stored post (ticks and overrides live there), or null before the first save. */
  post: Post | null;
  settings: Settings;
  onJump: (channel: Channel, range: TextRange) => void;
  onSubmit: () => void;
}

/** Memoised: it gets no text of the draft, and stable handlers, so a keystroke does not re-render it. */
export const ChecksPanel = memo(function ChecksPanel({
  category,
  channels,
  findings,
  post,
  settings,
  onJump,
  onSubmit,
}: ChecksPanelProps) {
  const { t } = useTranslation();
  const profiles = useProfiles();
  const notify = useUiStore((state) => state.notify);
  const actorId = useUiStore((state) => state.currentUser.id);
  const items = applicableItems(settings.checklist, category, channels);
  const checks = post?.checks ?? { ticks: [], overrides: [] };
  // A click shows at once; the stored tick (who, when) follows through the live query.
  const [pendingTicks, setPendingTicks] = useState<Record<string, boolean>>({});
  const isTicked = (itemId: string) =>
    pendingTicks[itemId] ?? checks.ticks.some((tick) => tick.itemId === itemId);
  const gate = submissionGate(
    findings,
    items,
    items.filter((item) => isTicked(item.id)).map((item) => ({ itemId: item.id, by: actorId, at: '' })),
    checks.overrides,
  );
  // Who and when as the approver sees them: the profile's name, the organisation's time zone.
  const { timeZone, locale } = settings;
  const when = useCallback((iso: string) => formatInstant(iso, timeZone, locale), [timeZone, locale]);
  const who = useCallback((id: string) => nameOf(profiles, id, id), [profiles]);
  const write = useCallback(
    (operation: Promise<void>) =>
      operation.catch((error: unknown) => notify({ kind: 'error', text: t(toDataError(error).messageKey) })),
    [notify, t],
  );
  // The composer re-renders on every keystroke; the list of findings (one translation each, a hundred for a long
  // text on four networks) is rebuilt only when the findings or their overrides change, not on the keystroke.
  const jumpTo = useRef(onJump);
  useEffect(() => {
    jumpTo.current = onJump;
  });
  const jump = useCallback((channel: Channel, range: TextRange) => jumpTo.current(channel, range), []);
  const overrides = post?.checks.overrides ?? NO_OVERRIDES;
  // One reason for the same finding in every network's text; each finding keeps its own override.
  const overrideWith = useRef<(group: FindingGroup, reason: string) => void>(() => undefined);
  useEffect(() => {
    overrideWith.current = (group, reason) => {
      if (!post) return;
      const context = { actorId, now: new Date() };
      void write(
        group.findings.reduce<Promise<void>>(
          (previous, finding) => previous.then(() => setOverride(post.id, finding.id, reason, context)),
          Promise.resolve(),
        ),
      );
    };
  });
  const overrideGroup = useCallback(
    (group: FindingGroup, reason: string) => overrideWith.current(group, reason),
    [],
  );
  const findingItems = useMemo(
    () =>
      groupFindings(findings).map((group) => (
        <FindingItem
          key={group.key}
          group={group}
          overrides={group.findings.map((finding) =>
            overrides.find((entry) => entry.findingId === finding.id),
          )}
          canOverride={post !== null}
          when={when}
          who={who}
          onJump={jump}
          onOverride={overrideGroup}
        />
      )),
    [findings, overrides, post, when, who, jump, overrideGroup],
  );

  return (
    <section className="cd-checks" aria-labelledby="checks-heading">
      <h3 id="checks-heading">{t('checksUi.heading')}</h3>
      <h4>{t('checksUi.findings')}</h4>
      {findings.length === 0 ? (
        <p className="cd-hint">{t('checksUi.noFindings')}</p>
      ) : (
        <ul className="cd-check-findings">{findingItems}</ul>
      )}
      <h4>{t('checksUi.checklist')}</h4>
      {post === null && <p className="cd-hint">{t('checksUi.saveFirst')}</p>}
      <ul className="cd-checklist">
        {items.map((item) => {
          const tick = checks.ticks.find((entry) => entry.itemId === item.id);
          return (
            <li key={item.id}>
              <label className="cd-check">
                <input
                  type="checkbox"
                  checked={isTicked(item.id)}
                  disabled={post === null}
                  onChange={(event) => {
                    if (!post) return;
                    const ticked = event.target.checked;
                    setPendingTicks((current) => ({ ...current, [item.id]: ticked }));
                    void write(setChecklistTick(post.id, item.id, ticked, { actorId, now: new Date() }));
                  }}
                />
                {item.text} {item.required && <span className="cd-hint">{t('checksUi.required')}</span>}
              </label>
              {tick && (
                <span className="cd-hint">
                  {t('checksUi.tickedBy', { by: who(tick.by), at: when(tick.at) })}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {!gate.open && (
        <p className="cd-hint" role="status">
          {t('checksUi.gateClosed', {
            blocking: t('checksUi.gateBlocking', { count: gate.blocking.length }),
            missing: t('checksUi.gateMissing', { count: gate.missingItems.length }),
          })}
        </p>
      )}
      <button type="button" className="cd-primary" disabled={!gate.open || post === null} onClick={onSubmit}>
        {t('checksUi.submit')}
      </button>
    </section>
  );
});

const NO_OVERRIDES: Post['checks']['overrides'] = [];

type StoredOverride = { findingId: string; reason: string; by: string; at: string } | undefined;

interface FindingItemProps {
  group: FindingGroup;
  /** The stored override of each of the group's findings, in the same order. */
  overrides: StoredOverride[];
  canOverride: boolean;
  when: (iso: string) => string;
  who: (id: string) => string;
  onJump: (channel: Channel, range: TextRange) => void;
  onOverride: (group: FindingGroup, reason: string) => void;
}

/**
 * A worker answer brings fresh copies of mostly the same findings (e.g. while typing on at the end): an item whose
 * finding, overrides and handlers did not change is not drawn (and translated) again.
 */
function sameItem(before: FindingItemProps, after: FindingItemProps): boolean {
  return (
    before.canOverride === after.canOverride &&
    before.when === after.when &&
    before.who === after.who &&
    before.onJump === after.onJump &&
    before.onOverride === after.onOverride &&
    JSON.stringify(before.group) === JSON.stringify(after.group) &&
    JSON.stringify(before.overrides) === JSON.stringify(after.overrides)
  );
}

const FindingItem = memo(FindingItemView, sameItem);

function FindingItemView({ group, overrides, canOverride, when, who, onJump, onOverride }: FindingItemProps) {
  const { t } = useTranslation();
  const finding = group.findings[0] as PostFinding;
  const override = overrides[0];
  const [reason, setReason] = useState(override?.reason ?? '');
  const [open, setOpen] = useState(false);
  // Passed only when the finding is overridden in every network's text it stands in.
  const overridden =
    override !== undefined && isOverridable(finding) && overrides.every((entry) => isValidOverride(entry));
  const message = t(finding.messageKey as 'checksUi.heading', finding.params);
  const networks = group.channels.map((channel) => t(`networks.${channel}`)).join(', ');
  return (
    <li className={`cd-check-finding cd-check-${finding.severity}`}>
      <span className="cd-finding-label">
        {t(`checksUi.severity.${finding.severity}`)} · {networks}:
      </span>{' '}
      {finding.range ? (
        <button
          type="button"
          className="cd-link-button"
          title={t('checksUi.jump')}
          onClick={() => finding.range && onJump(finding.channel, finding.range)}
        >
          {message}
        </button>
      ) : (
        message
      )}
      {finding.suggestion && (
        <span className="cd-hint"> {t('checksUi.suggestion', { suggestion: finding.suggestion })}</span>
      )}
      <span className="cd-hint cd-check-source"> {t('checksUi.source', { source: finding.source })}</span>
      {overridden && (
        <p className="cd-hint">
          {t('checksUi.overridden', { reason: override.reason, by: who(override.by), at: when(override.at) })}
        </p>
      )}
      {finding.severity === 'block' && canOverride && isOverridable(finding) && (
        <>
          <button
            type="button"
            className="cd-link-button"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
          >
            {overridden ? t('checksUi.overrideWithdraw') : t('checksUi.override')}
          </button>
          {open && (
            <div className="cd-field">
              <label htmlFor={`override-${finding.id}`}>
                {t('checksUi.overrideReason', { rule: message })}
              </label>
              <textarea
                id={`override-${finding.id}`}
                rows={2}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
              />
              <p className="cd-hint">{t('checksUi.overrideHint', { count: MIN_OVERRIDE_REASON_LENGTH })}</p>
              <button
                type="button"
                disabled={reason.trim().length > 0 && reason.trim().length < MIN_OVERRIDE_REASON_LENGTH}
                onClick={() => {
                  onOverride(group, reason);
                  setOpen(false);
                }}
              >
                {t('checksUi.overrideSave')}
              </button>
            </div>
          )}
        </>
      )}
    </li>
  );
}
