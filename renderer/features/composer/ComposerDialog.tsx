/**
 * The composer: one post, a variant per network, saved while typing, with undo and redo. Validation and saving
 * happen in the repository (with the shared rules); the composer shows what comes back, beside each field.
 */
import { memo, useCallback, useRef, useState, type ComponentProps, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Post } from '../../../shared/model/post';
import type { Channel } from '../../../shared/model/channels';
import type { Settings } from '../../../shared/model/settings';
import type { PostFormat } from '../../../shared/model/variant';
import type { Campaign } from '../../../shared/model/campaign';
import type { PostFormErrors } from '../../../shared/model/postInput';
import {
  withAltText,
  withChannels,
  withMasterText,
  withMediaAdded,
  withMediaRemoved,
  withVariantMedia,
  withVariantFormat,
  withVariantsLinked,
  withVariantText,
  type VariantContent,
} from '../../../shared/model/postVariants';
import { useCampaigns, usePost } from '../../data/store/liveQueries';
import { savePostFromForm } from '../../data/posts/postsRepository';
import { useUiStore } from '../../state/uiStore';
import { Modal } from '../../ui/Modal';
import {
  draftFromPost,
  draftToFormInput,
  emptyDraft,
  type ComposerDraft,
} from '../../../shared/model/composerDraft';
import { MetaFields } from './MetaFields';
import { VariantEditor, type EditorTab } from './VariantEditor';
import { SaveStatus } from './SaveStatus';
import { useAutosave } from './useAutosave';
import { useComposerHistory } from './useComposerHistory';
import { useComposerActions } from './useComposerActions';
import { ChannelStatus } from './ChannelStatus';
import { SnippetMenu } from '../campaigns/SnippetMenu';
import { appendText } from './appendText';
import { ComposerMediaPanel, ComposerSeriesPanel, ComposerTemplatePicker } from './memoParts';
import type { PostFinding } from '../../../shared/checks/engine';
import {
  DeferredChecksPanel,
  DeferredPreview,
  DeferredTemplateWarnings,
  DraftFindings,
} from './DeferredParts';
import { isReadOnly, WorkflowPanel } from './WorkflowPanel';
import './composer.css';
import { useDeferredQuizAnswer } from './useDeferredQuizAnswer';
import { useStableCallback } from './useStableCallback';

/** What the template picker hands over when a template is applied. */
type AppliedTemplate = Parameters<ComponentProps<typeof ComposerTemplatePicker>['onApply']>[0];

const NO_CAMPAIGNS: Campaign[] = [];
const NO_ERRORS: PostFormErrors = {};

const NO_FINDINGS: PostFinding[] = [];
/** The snippet menu needs no draft: with a stable handler a keystroke does not re-render it. */
const StableSnippetMenu = memo(SnippetMenu);

type VariantSelection = { channel: Channel; start: number; end: number; nonce: number } | null;

/** A date field whose typed text the browser cannot read as a date reports `badInput` and an empty value. */
const UNREADABLE_DATE = 'unreadable';

export function ComposerDialog({ settings }: { settings: Settings }) {
  const editor = useUiStore((state) => state.editor);
  switch (editor.mode) {
    case 'closed':
      return null;
    case 'create':
      return (
        <Composer
          key={`new-${editor.date}-${editor.time}`}
          post={null}
          initial={emptyDraft(editor.date, editor.time)}
          settings={settings}
        />
      );
    case 'edit':
      return <EditPostLoader key={editor.postId} postId={editor.postId} settings={settings} />;
  }
}

function EditPostLoader({ postId, settings }: { postId: string; settings: Settings }) {
  const { t } = useTranslation();
  const closeEditor = useUiStore((state) => state.closeEditor);
  const post = usePost(postId);
  if (post === undefined) return null;
  if (post === null) {
    return (
      <Modal title={t('post.editTitle')} onClose={closeEditor}>
        <p role="alert">{t('post.notFound')}</p>
        <div className="cd-dialog-actions">
          <button type="button" onClick={closeEditor}>
            {t('post.close')}
          </button>
        </div>
      </Modal>
    );
  }
  return <Composer post={post} initial={draftFromPost(post, settings.timeZone)} settings={settings} />;
}

interface ComposerProps {
  /** The post being edited, or `null` for a new one. */
  post: Post | null;
  initial: ComposerDraft;
  settings: Settings;
}

function Composer({ post, initial, settings }: ComposerProps) {
  const { t } = useTranslation();
  const closeEditor = useUiStore((state) => state.closeEditor);
  const currentUser = useUiStore((state) => state.currentUser);
  const campaigns = useCampaigns() ?? NO_CAMPAIGNS;
  const history = useComposerHistory(initial);
  const draft = history.present;
  const [activeTab, setActiveTab] = useState<EditorTab>('master');
  const [showErrors, setShowErrors] = useState(false);
  const [selection, setSelection] = useState<VariantSelection>(null);
  // What only shows the draft (previews, counters, findings, template notes) follows a deferred copy of it and is
  // memoised: a keystroke renders and paints the text fields at once, the rest follows in a render React can
  // interrupt when the next key comes. Fields a person types into, autosave and undo always get the draft itself.
  // The deferred copies live in the parts themselves (DeferredParts.tsx), so the deferred render does not run
  // this component again; the findings come up from there when they change.
  const [findings, setFindings] = useState(NO_FINDINGS);
  const titleRef = useRef<HTMLInputElement>(null);
  const dateRef = useRef<HTMLInputElement>(null);

  const save = useCallback(
    (value: ComposerDraft, postId: string | null) => {
      const input = draftToFormInput(value);
      if (dateRef.current?.validity.badInput) input.date = UNREADABLE_DATE;
      return savePostFromForm(input, postId, {
        actorId: currentUser.id,
        timeZone: settings.timeZone,
        now: new Date(),
      });
    },
    [currentUser.id, settings.timeZone],
  );
  const autosave = useAutosave({ draft, initialPostId: post?.id ?? null, save });
  // The post as stored (a new one once its first autosave created it): for the series section.
  const savedPost = usePost(autosave.savedPostId) ?? null;
  const errors = showErrors && autosave.state.kind === 'invalid' ? autosave.state.errors : NO_ERRORS;

  const { change } = history;
  const setField = useCallback(
    <K extends 'title' | 'date' | 'time' | 'campaignId' | 'category'>(field: K, value: ComposerDraft[K]) =>
      change(field, (current) => ({ ...current, [field]: value })),
    [change],
  );
  const setContent = useCallback(
    (field: string, update: (content: VariantContent) => VariantContent) =>
      change(field, (current) => ({ ...current, content: update(current.content) })),
    [change],
  );
  const onChannels = useCallback(
    (channels: Channel[]) => setContent('channels', (content) => withChannels(content, channels)),
    [setContent],
  );
  const onMasterText = useCallback(
    (text: string) => setContent('master', (content) => withMasterText(content, text)),
    [setContent],
  );
  const onVariantText = useCallback(
    (channel: Channel, text: string) =>
      setContent(`text-${channel}`, (content) => withVariantText(content, channel, text)),
    [setContent],
  );
  const onFormat = useCallback(
    (channel: Channel, format: PostFormat) =>
      setContent(`format-${channel}`, (content) => withVariantFormat(content, channel, format)),
    [setContent],
  );
  const onLinked = useCallback(
    (linked: boolean) => setContent('linked', (content) => withVariantsLinked(content, linked)),
    [setContent],
  );
  const renderStatus = useCallback(
    (channel: Channel, text: string) => (
      <ChannelStatus channel={channel} text={text} findings={findings} limitSettings={settings.limits} />
    ),
    [findings, settings.limits],
  );

  // A quiz answer waiting for the post's date, time or network (see useDeferredQuizAnswer).
  const savedDraft = autosave.savedPostId !== null && autosave.state.kind === 'saved' ? draft : null;
  const quizAnswer = useDeferredQuizAnswer({ saved: savedDraft, settings });
  const { saveAndClose, submit, close, remove } = useComposerActions({
    draft,
    autosave,
    titleRef,
    onShowErrors: () => setShowErrors(true),
    beforeClose: (saved) => quizAnswer.finish(draft, saved),
  });

  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey)) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) history.undo();
    else if (key === 'y' || (key === 'z' && event.shiftKey)) history.redo();
    else return;
    event.preventDefault();
  };

  const onJump = useCallback((channel: Channel, range: { start: number; end: number }) => {
    setActiveTab(channel);
    setSelection({ channel, ...range, nonce: Date.now() });
  }, []);
  const onSubmit = useStableCallback(() => void submit());
  const onInsertSnippet = useStableCallback((snippet: string) =>
    activeTab === 'master'
      ? setContent('snippet', (content) => withMasterText(content, appendText(content.text, snippet)))
      : setContent('snippet', (content) =>
          withVariantText(
            content,
            activeTab,
            appendText(content.variants.find((v) => v.channel === activeTab)?.text ?? '', snippet),
          ),
        ),
  );

  const onApplyTemplate = useStableCallback((applied: AppliedTemplate) => {
    change('template', (current) => ({
      ...current,
      title: applied.title,
      template: applied.template,
      content: withMasterText(current.content, applied.text),
    }));
    if (applied.deferredAnswer) quizAnswer.defer(applied.deferredAnswer);
  });
  const onAddMedia = useCallback(
    (id: string) => setContent('media', (content) => withMediaAdded(content, id)),
    [setContent],
  );
  const onRemoveMedia = useCallback(
    (id: string) => setContent('media', (content) => withMediaRemoved(content, id)),
    [setContent],
  );
  const onAltText = useCallback(
    (id: string, altText: string) => setContent(`alt-${id}`, (content) => withAltText(content, id, altText)),
    [setContent],
  );
  const onVariantMedia = useCallback(
    (channel: Channel, id: string, shown: boolean) =>
      setContent(`media-${channel}`, (content) => withVariantMedia(content, channel, id, shown)),
    [setContent],
  );

  return (
    <Modal
      title={post ? t('post.editTitle') : t('post.createTitle')}
      onClose={() => void close()}
      initialFocus={titleRef}
      wide
    >
      <WorkflowPanel post={savedPost} />
      <form
        noValidate
        className="cd-composer"
        onKeyDown={onKeyDown}
        onSubmit={(event) => {
          event.preventDefault();
          void saveAndClose();
        }}
      >
        <fieldset className="cd-composer-edit" disabled={isReadOnly(savedPost)}>
          {Object.keys(errors).length > 0 && (
            <p role="alert" className="cd-form-error">
              {t('post.errors.summary')}
            </p>
          )}
          {post && (
            <p className="cd-hint">
              {t('post.fields.status')}: {t(`status.${post.status}`)}
            </p>
          )}
          <MetaFields
            value={draft}
            errors={errors}
            timeZone={settings.timeZone}
            campaigns={campaigns}
            titleRef={titleRef}
            dateRef={dateRef}
            onField={setField}
            onChannels={onChannels}
          />
          <VariantEditor
            content={draft.content}
            activeTab={activeTab}
            onTab={setActiveTab}
            onMasterText={onMasterText}
            onVariantText={onVariantText}
            onFormat={onFormat}
            onLinked={onLinked}
            renderStatus={renderStatus}
            textError={errors.text}
            selection={selection}
            findings={findings}
          />
          <DraftFindings draft={draft} settings={settings} onFindings={setFindings} />
          <DeferredTemplateWarnings draft={draft} settings={settings} />
          {quizAnswer.pending && (
            <p role="status" className="cd-banner">
              {t('templatesUi.quizAnswerPending')}
            </p>
          )}
          <div className="cd-composer-tools">
            <ComposerTemplatePicker draft={draft} settings={settings} onApply={onApplyTemplate} />
            <StableSnippetMenu onInsert={onInsertSnippet} />
          </div>
          <div className="cd-composer-media">
            <ComposerMediaPanel
              content={draft.content}
              publishDate={draft.date || null}
              onAdd={onAddMedia}
              onRemove={onRemoveMedia}
              onAltText={onAltText}
              onVariantMedia={onVariantMedia}
            />
          </div>
          <ComposerSeriesPanel
            draft={draft}
            post={savedPost}
            settings={settings}
            onDone={closeEditor}
            replaceDraft={autosave.replace}
          />
          <DeferredChecksPanel
            draft={draft}
            findings={findings}
            post={savedPost}
            settings={settings}
            onJump={onJump}
            onSubmit={onSubmit}
          />
        </fieldset>
        <aside className="cd-composer-preview" aria-label={t('composer.preview')}>
          <DeferredPreview draft={draft} activeTab={activeTab} settings={settings} />
        </aside>
        <div className="cd-dialog-actions cd-composer-actions">
          {autosave.savedPostId !== null && (
            <button type="button" className="cd-danger" onClick={() => void remove()}>
              {t('post.delete')}
            </button>
          )}
          <SaveStatus state={autosave.state} />
          <button type="button" onClick={history.undo} disabled={!history.canUndo}>
            {t('composer.undo')}
          </button>
          <button type="button" onClick={history.redo} disabled={!history.canRedo}>
            {t('composer.redo')}
          </button>
          <button type="button" onClick={() => void close()}>
            {t('post.close')}
          </button>
          <button type="submit" className="cd-primary">
            {t('post.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
