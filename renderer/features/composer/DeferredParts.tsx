/**
 * The composer's parts that only show the draft (findings, template notes, checks panel, preview), each a small
 * component that takes the live draft and defers it itself (issue 14: keystroke latency with long texts).
 *
 * A keystroke renders the composer and these wrappers with the new draft; the wrappers hand their memoised parts
 * the deferred copy, which is still the old one, so nothing below them renders on the key. React then renders the
 * new copy in a render it can interrupt for the next key, and because the deferred value lives here and not in
 * the composer, that render runs only these wrappers and their parts, not the whole dialog again.
 */
import { memo, startTransition, useDeferredValue, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostFinding } from '../../../shared/checks/engine';
import type { TextRange } from '../../../shared/checks/types';
import type { Channel } from '../../../shared/model/channels';
import type { ComposerDraft } from '../../../shared/model/composerDraft';
import type { Post } from '../../../shared/model/post';
import type { Settings } from '../../../shared/model/settings';
import { ChecksPanel } from '../checks/ChecksPanel';
import { useDraftFindings } from '../checks/useDraftFindings';
import { TemplateWarnings } from '../templates/TemplateWarnings';
import { PreviewPane } from './PreviewPane';
import type { EditorTab } from './VariantEditor';

const MemoTemplateWarnings = memo(TemplateWarnings);

/**
 * Runs the checks on the draft (deferred inside `useDraftFindings`) and hands the findings up whenever they
 * change: the composer shares them with the highlighted texts, the counters and the checks panel. Draws nothing.
 */
export function DraftFindings({
  draft,
  settings,
  onFindings,
}: {
  draft: ComposerDraft;
  settings: Settings;
  onFindings: (findings: PostFinding[]) => void;
}) {
  const findings = useDraftFindings(draft, settings);
  useEffect(() => {
    // New findings re-render the composer: in a render React can interrupt for the next key.
    startTransition(() => onFindings(findings));
  }, [findings, onFindings]);
  return null;
}

/** The notes on the post's template, for the deferred draft. */
export function DeferredTemplateWarnings({ draft, settings }: { draft: ComposerDraft; settings: Settings }) {
  const deferred = useDeferredValue(draft);
  return <MemoTemplateWarnings draft={deferred} settings={settings} />;
}

interface DeferredChecksPanelProps {
  draft: ComposerDraft;
  findings: PostFinding[];
  post: Post | null;
  settings: Settings;
  onJump: (channel: Channel, range: TextRange) => void;
  onSubmit: () => void;
}

/** The checks panel, with the deferred draft's category and networks (they choose the checklist's items). */
export function DeferredChecksPanel({ draft, ...rest }: DeferredChecksPanelProps) {
  const deferred = useDeferredValue(draft);
  return <ChecksPanel category={deferred.category} channels={deferred.content.channels} {...rest} />;
}

/** The preview of the open network's tab (the first network's on the master tab), for the deferred draft. */
export function DeferredPreview({
  draft,
  activeTab,
  settings,
}: {
  draft: ComposerDraft;
  activeTab: EditorTab;
  settings: Settings;
}) {
  const { t } = useTranslation();
  const deferred = useDeferredValue(draft);
  const channel = activeTab === 'master' ? (deferred.content.channels[0] ?? null) : activeTab;
  if (channel === null) return <p className="cd-hint">{t('composer.previewNone')}</p>;
  return (
    <PreviewPane
      channel={channel}
      draft={deferred}
      organisationName={settings.organisationName}
      limitSettings={settings.limits}
    />
  );
}
