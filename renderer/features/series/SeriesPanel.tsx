/**
 * The series section of the composer. For a single post: "Als Serie wiederholen" with the rule form and its live
 * summary, and "Serie anlegen" (the post becomes the series' occurrences). For an occurrence: a note, applying
 * the draft's content to all dates, changing the rule, and deleting the series.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Post } from '../../../shared/model/post';
import type { Settings } from '../../../shared/model/settings';
import { toDataError } from '../../data/store/dataErrors';
import { useSeries } from '../../data/posts/seriesQueries';
import {
  createSeries,
  deleteSeries,
  updateSeriesContent,
  updateSeriesRule,
  type SeriesWriteContext,
} from '../../data/posts/seriesRepository';
import { useUiStore } from '../../state/uiStore';
import type { ComposerDraft } from '../../../shared/model/composerDraft';
import {
  followDraft,
  holidayLanguage,
  initialRuleForm,
  previewRule,
  ruleFormFromRule,
  ruleFromForm,
  type RuleFormState,
} from './ruleForm';
import { SeriesRuleForm } from './SeriesRuleForm';
import './series.css';

interface SeriesPanelProps {
  draft: ComposerDraft;
  /** The saved post being edited (null: not saved yet). */
  post: Post | null;
  settings: Settings;
  /** Called after a series was created/changed, the composer closes. */
  onDone: () => void;
  /**
   * Runs the series creation in the composer's save order: after any save in flight, with the id of the draft's
   * post as saved so far, and so that no later save writes the replaced draft back (useAutosave `replace`).
   * Without it, the post shown (`post`) is replaced.
   */
  replaceDraft?: ReplaceDraft;
}

export type ReplaceDraft = <R extends { ok: boolean }>(
  work: (postId: string | null) => Promise<R>,
  replaced: (result: R) => boolean,
) => Promise<R>;

/** What a write returned, for the person: a refusal key with its parameters, or a database error key. */
interface Problem {
  messageKey: string;
  params?: Record<string, string | number>;
}

type Refusal = Problem & { ok: false };

function isRefusal(result: { ok: boolean }): result is Refusal {
  return !result.ok;
}

function useSeriesActions(settings: Settings) {
  const actorId = useUiStore((state) => state.currentUser.id);
  const notify = useUiStore((state) => state.notify);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const context = (): SeriesWriteContext => ({
    actorId,
    timeZone: settings.timeZone,
    region: settings.region,
    now: new Date(),
    language: holidayLanguage(settings.locale),
  });
  /** Runs a write; a refusal or failure is shown, success is announced by `onSuccess`. */
  const run = async <R extends { ok: boolean }>(
    write: (context: SeriesWriteContext) => Promise<R>,
    onSuccess: (result: Extract<R, { ok: true }>) => void,
  ) => {
    setBusy(true);
    setProblem(null);
    try {
      const result = await write(context());
      if (isRefusal(result)) setProblem(result);
      // Not a refusal: `ok` is true.
      else onSuccess(result as Extract<R, { ok: true }>);
    } catch (error) {
      setProblem({ messageKey: toDataError(error).messageKey });
    } finally {
      setBusy(false);
    }
  };
  return { busy, problem, run, notify };
}

function ProblemMessage({ problem }: { problem: Problem | null }) {
  const { t } = useTranslation();
  if (problem === null) return null;
  return (
    <p role="alert" className="cd-form-error">
      {/* Refusal and error keys of the repositories are all present in the catalogue. */}
      {t(problem.messageKey as 'errors.writeFailed', problem.params)}
    </p>
  );
}

export function SeriesPanel({ draft, post, settings, onDone, replaceDraft }: SeriesPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const link = post?.series ?? null;
  // Open by default for an occurrence; the post may arrive after the first render (it is loaded live).
  const [openChoice, setOpen] = useState<boolean | null>(null);
  const open = openChoice ?? link !== null;

  return (
    <section className="cd-series" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="cd-series-heading">
        <button
          type="button"
          className="cd-series-toggle"
          aria-expanded={open}
          aria-controls={`${id}-content`}
          onClick={() => setOpen(!open)}
        >
          {link === null ? t('seriesUi.toggle') : t('seriesUi.heading')}
        </button>
      </h3>
      <div id={`${id}-content`} hidden={!open}>
        {open &&
          (link === null || post === null ? (
            <CreateSeries
              draft={draft}
              post={post}
              settings={settings}
              onDone={onDone}
              replaceDraft={replaceDraft}
            />
          ) : (
            <SeriesOccurrence draft={draft} post={post} settings={settings} onDone={onDone} />
          ))}
      </div>
    </section>
  );
}

/** The rule form with its live preview, for the settings' zone, region and language. */
function useRuleForm(initial: () => RuleFormState, settings: Settings) {
  const [form, setForm] = useState(initial);
  const preview = useMemo(
    () =>
      previewRule(form, {
        timeZone: settings.timeZone,
        region: settings.region,
        language: holidayLanguage(settings.locale),
      }),
    [form, settings.timeZone, settings.region, settings.locale],
  );
  return { form, setForm, preview };
}

function CreateSeries({ draft, post, settings, onDone, replaceDraft }: SeriesPanelProps) {
  const { t } = useTranslation();
  const { form, setForm, preview } = useRuleForm(() => initialRuleForm(draft.date, draft.time), settings);
  // The rule follows the post's date and time until the person changes a field (each field on its own).
  const [followed, setFollowed] = useState({ date: draft.date, time: draft.time });
  if (followed.date !== draft.date || followed.time !== draft.time) {
    const next = { date: draft.date, time: draft.time };
    setFollowed(next);
    setForm(followDraft(form, followed, next));
  }
  const { busy, problem, run, notify } = useSeriesActions(settings);
  const replace: ReplaceDraft = replaceDraft ?? ((work) => work(post?.id ?? null));
  const create = () =>
    run(
      (context) =>
        replace(
          (replacePostId) => createSeries({ rule: ruleFromForm(form), draft, replacePostId }, context),
          (result) => result.ok,
        ),
      (result) => {
        notify({ kind: 'info', text: t('seriesUi.created', { count: result.count }) });
        onDone();
      },
    );

  return (
    <>
      <SeriesRuleForm value={form} preview={preview} locale={settings.locale} onChange={setForm} />
      <p className="cd-hint">{t('seriesUi.createHint')}</p>
      <ProblemMessage problem={problem} />
      <div className="cd-series-actions">
        <button type="button" className="cd-primary" disabled={busy} onClick={() => void create()}>
          {busy ? t('seriesUi.working') : t('seriesUi.create')}
        </button>
      </div>
    </>
  );
}

function SeriesOccurrence({ draft, post, settings, onDone }: SeriesPanelProps & { post: Post }) {
  const { t } = useTranslation();
  const id = useId();
  const link = post.series;
  const seriesId = link?.seriesId ?? null;
  const series = useSeries(seriesId);
  const [ruleOpen, setRuleOpen] = useState(false);
  const { busy, problem, run, notify } = useSeriesActions(settings);
  if (link === null || seriesId === null || series === undefined) return null;

  const applyToAll = () =>
    run(
      (context) => updateSeriesContent(seriesId, draft, context, { reattachPostId: post.id }),
      (result) => {
        notify({ kind: 'info', text: t('seriesUi.applied', { count: result.updated }) });
        onDone();
      },
    );
  const remove = () => {
    if (!window.confirm(t('seriesUi.confirmDelete', { title: series?.title ?? draft.title }))) return;
    void run(
      async (context) => ({ ok: true as const, ...(await deleteSeries(seriesId, context.now)) }),
      (result) => {
        notify({ kind: 'info', text: t('seriesUi.deleted', { deleted: result.deleted, kept: result.kept }) });
        onDone();
      },
    );
  };

  return (
    <>
      <p className="cd-series-note">
        {t('seriesUi.partOf')}
        {link.detached && <span className="cd-series-detached">{t('seriesUi.detached')}</span>}
      </p>
      {link.detached && <p className="cd-hint">{t('seriesUi.detachedHint')}</p>}
      {series === null ? (
        <p role="alert" className="cd-form-error">
          {t('seriesUi.seriesMissing')}
        </p>
      ) : (
        <>
          <p id={`${id}-apply-hint`} className="cd-hint">
            {t('seriesUi.applyHint')}
          </p>
          <ProblemMessage problem={problem} />
          <div className="cd-series-actions">
            <button
              type="button"
              className="cd-primary"
              disabled={busy}
              aria-describedby={`${id}-apply-hint`}
              onClick={() => void applyToAll()}
            >
              {t('seriesUi.applyToAll')}
            </button>
            <button
              type="button"
              aria-expanded={ruleOpen}
              aria-controls={`${id}-rule`}
              disabled={series.rule === null}
              onClick={() => setRuleOpen(!ruleOpen)}
            >
              {t('seriesUi.changeRule')}
            </button>
            <button type="button" className="cd-danger" disabled={busy} onClick={remove}>
              {t('seriesUi.delete')}
            </button>
          </div>
          <div id={`${id}-rule`} hidden={!ruleOpen}>
            {ruleOpen && series.rule !== null && (
              <ChangeRule
                seriesId={seriesId}
                initial={ruleFormFromRule(series.rule)}
                settings={settings}
                onDone={onDone}
              />
            )}
          </div>
        </>
      )}
    </>
  );
}

interface ChangeRuleProps {
  seriesId: string;
  initial: RuleFormState;
  settings: Settings;
  onDone: () => void;
}

function ChangeRule({ seriesId, initial, settings, onDone }: ChangeRuleProps) {
  const { t } = useTranslation();
  const { form, setForm, preview } = useRuleForm(() => initial, settings);
  const { busy, problem, run, notify } = useSeriesActions(settings);
  const save = () =>
    run(
      (context) => updateSeriesRule(seriesId, ruleFromForm(form), context),
      (result) => {
        notify({
          kind: 'info',
          text: t('seriesUi.ruleChanged', { added: result.added, removed: result.removed }),
        });
        onDone();
      },
    );
  return (
    <>
      <SeriesRuleForm value={form} preview={preview} locale={settings.locale} onChange={setForm} />
      <ProblemMessage problem={problem} />
      <div className="cd-series-actions">
        <button type="button" className="cd-primary" disabled={busy} onClick={() => void save()}>
          {busy ? t('seriesUi.working') : t('seriesUi.saveRule')}
        </button>
      </div>
    </>
  );
}
