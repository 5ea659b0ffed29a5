/**
 * The export page: choose a range, networks and campaigns, see live what goes out and what stays (and why), choose
 * a format, and save. After a save the posts are marked exported with the file's name and hash in the audit trail.
 * The week plan is printed instead (A4 landscape) and marks nothing.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportError } from '../../../shared/export/errors';
import { exportErrorMessage } from '../../../shared/export/messages';
import { buildWeekPlans, weekPlanPosts, type WeekPlan } from '../../../shared/export/weekPlan';
import { isSchedulerFormat } from '../../../shared/export/exportFiles';
import { postsWithRows, schedulerRowsLeftOut } from '../../../shared/export/schedulerRules';
import { CHANNELS } from '../../../shared/model/channels';
import type { StoredProfile } from '../../../shared/model/profile';
import type { Settings } from '../../../shared/model/settings';
import { canEdit } from '../../../shared/workflow/roles';
import { useCampaigns } from '../../data/store/liveQueries';
import { toDataError } from '../../data/store/dataErrors';
import { translateKey } from '../../i18n/messageKey';
import { exportAndMark, printWeekPlan } from './exportAction';
import { defaultExportRange } from './exportRange';
import { saveFailureText } from '../../ui/saveFailure';
import {
  ExportFormatFields,
  DEFAULT_CSV_SETTINGS,
  type CsvSettings,
  type ExportChoice,
} from './ExportFormatFields';
import { ExportScopeFields, type ExportScopeValue } from './ExportScopeFields';
import { ExportSelectionList } from './ExportSelectionList';
import { SchedulerLeftOutList } from './SchedulerLeftOutList';
import { useExportSelection } from './useExportSelection';
import { WeekPlanView } from './WeekPlanView';
import './export.css';

export interface ExportPageProps {
  settings: Settings;
  profile: StoredProfile;
}

type Message = { kind: 'alert' | 'status'; text: string };

/** `wochenplan_KW49_2026.pdf`, or `wochenplan_KW49-51_2026.pdf` for several weeks. */
function weekPlanFileName(plans: readonly WeekPlan[]): string {
  const first = plans[0];
  const last = plans.at(-1);
  if (first === undefined || last === undefined) return 'wochenplan.pdf';
  const weeks = first === last ? `KW${first.isoWeek}` : `KW${first.isoWeek}-${last.isoWeek}`;
  return `wochenplan_${weeks}_${last.isoWeekYear}.pdf`;
}

export function ExportPage({ settings, profile }: ExportPageProps) {
  const { t } = useTranslation();
  const { timeZone } = settings;
  const campaigns = useCampaigns();
  const [scope, setScope] = useState<ExportScopeValue>(() => ({
    ...defaultExportRange(new Date(), timeZone),
    channels: [...CHANNELS],
    campaignIds: [],
  }));
  const [choice, setChoice] = useState<ExportChoice>('ics');
  const [csv, setCsv] = useState<CsvSettings>(DEFAULT_CSV_SETTINGS);
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const state = useExportSelection({ ...scope, timeZone, now: new Date() });
  const selection = state.kind === 'ready' ? state.selection : null;
  const included = useMemo(() => selection?.included ?? [], [selection]);
  const mayExport = canEdit(profile);
  // Every week of the range, with every post of the scope whatever its status (the plan is the team's agenda).
  const plans = useMemo(
    () =>
      choice === 'weekPlan' && selection !== null
        ? buildWeekPlans(weekPlanPosts(selection, scope.channels), {
            fromDate: scope.fromDate,
            toDate: scope.toDate,
            timeZone,
          })
        : null,
    [choice, selection, scope.channels, scope.fromDate, scope.toDate, timeZone],
  );

  // Rows the chosen scheduler would refuse: listed before the export, left out of the files.
  const leftOut = useMemo(
    () =>
      choice !== 'weekPlan' && isSchedulerFormat(choice)
        ? schedulerRowsLeftOut(included, { format: choice, now: new Date() })
        : [],
    [choice, included],
  );
  const exportable = leftOut.length === 0 ? included : postsWithRows(included, leftOut);

  const problem =
    state.kind === 'invalid'
      ? 'field' in state.problem
        ? t(state.problem.key, { field: t(`exportUi.${state.problem.field}`) })
        : t(state.problem.key)
      : null;

  const run = async () => {
    if (choice === 'weekPlan') {
      const name = weekPlanFileName(plans ?? []);
      const printed = await printWeekPlan(name);
      if (printed.kind === 'printed') setMessage({ kind: 'status', text: t('exportUi.weekPlan.printed') });
      else if (printed.kind === 'failed')
        setMessage({
          kind: 'alert',
          text: `${t('exportUi.errors.weekPlanNotSaved')} ${saveFailureText(t, printed.failure)}`,
        });
      else if (printed.kind === 'saved')
        setMessage({ kind: 'status', text: t('exportUi.weekPlan.saved', { file: printed.fileName }) });
      else setMessage({ kind: 'status', text: t('exportUi.weekPlan.cancelled') });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const outcome = await exportAndMark(
        {
          posts: included,
          format: choice,
          timeZone,
          fromDate: scope.fromDate,
          toDate: scope.toDate,
          ...csv,
          calendarName: settings.organisationName || t('app.name'),
        },
        { actorId: profile.id, now: new Date() },
      );
      if (outcome.kind === 'cancelled') setMessage({ kind: 'status', text: t('exportUi.cancelled') });
      else if (outcome.kind === 'failed')
        setMessage({
          kind: 'alert',
          text: `${saveFailureText(t, outcome.failure)} ${t('exportUi.errors.notSaved')}`,
        });
      else if (outcome.kind === 'refused')
        setMessage({ kind: 'alert', text: translateKey(t, outcome.reason) });
      else {
        const done = t('exportUi.done', {
          count: outcome.count,
          file: outcome.fileName,
          hash: outcome.sha256,
        });
        const missing =
          outcome.missingMedia > 0 ? ` ${t('exportUi.missingMedia', { count: outcome.missingMedia })}` : '';
        setMessage({ kind: 'status', text: done + missing });
      }
    } catch (error) {
      if (error instanceof ExportError) {
        const { messageKey, params } = exportErrorMessage(error);
        setMessage({ kind: 'alert', text: translateKey(t, messageKey, params) });
      } else {
        setMessage({ kind: 'alert', text: t(toDataError(error).messageKey) });
      }
    } finally {
      setBusy(false);
    }
  };

  const disabled =
    busy ||
    (choice === 'weekPlan' ? plans === null || plans.length === 0 : exportable.length === 0 || !mayExport);
  return (
    <div className="cd-export">
      <h1>{t('exportUi.heading')}</h1>
      <p className="cd-hint">{t('exportUi.intro')}</p>
      <div className="cd-export-columns">
        <ExportScopeFields
          value={scope}
          campaigns={campaigns}
          onChange={setScope}
          {...(problem === null ? {} : { problemId: 'cd-export-problem' })}
        />
        <ExportFormatFields choice={choice} csv={csv} onChoice={setChoice} onCsv={setCsv} />
      </div>
      {problem !== null && (
        <p id="cd-export-problem" role="alert" className="cd-form-error">
          {problem}
        </p>
      )}
      {state.kind === 'loading' && <p>{t('exportUi.loading')}</p>}
      {selection && <ExportSelectionList selection={selection} timeZone={timeZone} />}
      <SchedulerLeftOutList rows={leftOut} timeZone={timeZone} />
      {plans && (
        <WeekPlanView
          plans={plans}
          organisation={settings.organisationName}
          now={new Date()}
          timeZone={timeZone}
        />
      )}
      {!mayExport && choice !== 'weekPlan' && <p className="cd-hint">{t('exportUi.notEditor')}</p>}
      <div className="cd-export-actions">
        <button type="button" className="cd-primary" disabled={disabled} onClick={() => void run()}>
          {busy
            ? t('exportUi.working')
            : choice === 'weekPlan'
              ? t('exportUi.printButton')
              : t('exportUi.exportButton')}
        </button>
      </div>
      <div aria-live="polite" className="cd-export-live">
        {message && (
          <p role={message.kind} className={message.kind === 'alert' ? 'cd-form-error' : 'cd-export-done'}>
            {message.text}
          </p>
        )}
      </div>
    </div>
  );
}
