/**
 * The export page: choose a range, networks and campaigns, see live what goes out and what stays (and why), choose
 * a format, and save. After a save the posts are marked exported with the file's name and hash in the audit trail.
 * The week plan is printed instead (A4 landscape) and marks nothing.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportError } from '../../../shared/export/errors';
import { exportErrorMessage } from '../../../shared/export/messages';
import { buildWeekPlan } from '../../../shared/export/weekPlan';
import { CHANNELS } from '../../../shared/model/channels';
import type { StoredProfile } from '../../../shared/model/profile';
import type { Settings } from '../../../shared/model/settings';
import { canEdit } from '../../../shared/workflow/roles';
import { useCampaigns } from '../../data/liveQueries';
import { toDataError } from '../../data/dataErrors';
import { translateKey } from '../../i18n/messageKey';
import { exportAndMark, printWeekPlan } from './exportAction';
import { defaultExportRange, mondayOf } from './exportRange';
import { saveFailureText } from '../../ui/saveFailure';
import {
  ExportFormatFields,
  DEFAULT_CSV_SETTINGS,
  type CsvSettings,
  type ExportChoice,
} from './ExportFormatFields';
import { ExportScopeFields, type ExportScopeValue } from './ExportScopeFields';
import { ExportSelectionList } from './ExportSelectionList';
import { useExportSelection } from './useExportSelection';
import { WeekPlanView } from './WeekPlanView';
import './export.css';

export interface ExportPageProps {
  settings: Settings;
  profile: StoredProfile;
}

type Message = { kind: 'alert' | 'status'; text: string };

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
  const plan = useMemo(
    () =>
      choice === 'weekPlan' && state.kind === 'ready'
        ? buildWeekPlan(included, { weekStart: mondayOf(scope.fromDate), timeZone })
        : null,
    [choice, state.kind, included, scope.fromDate, timeZone],
  );

  const problem =
    state.kind === 'invalid'
      ? 'field' in state.problem
        ? t(state.problem.key, { field: t(`exportUi.${state.problem.field}`) })
        : t(state.problem.key)
      : null;

  const run = async () => {
    if (choice === 'weekPlan') {
      const name = plan ? `wochenplan_KW${plan.isoWeek}_${plan.isoWeekYear}.pdf` : 'wochenplan.pdf';
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

  const disabled = busy || included.length === 0 || (choice !== 'weekPlan' && !mayExport);
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
      {plan && <WeekPlanView plan={plan} organisation={settings.organisationName} />}
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
