/**
 * The texts of a post: the master ("all networks") and one tab per chosen network with its format, a live counter
 * and the limit findings right under the text. A switch keeps all variants equal to the master.
 */
import { memo, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNEL_BADGES, type Channel } from '../../../shared/model/channels';
import type { VariantContent } from '../../../shared/model/postVariants';
import { CHANNEL_FORMATS, type PostFormat } from '../../../shared/model/variant';
import type { PostFinding } from '../../../shared/checks/engine';
import { HighlightedTextarea, type HighlightRange } from '../../ui/highlight/HighlightedTextarea';

export type EditorTab = 'master' | Channel;

function highlightsFor(findings: readonly PostFinding[], channel: Channel): HighlightRange[] {
  return findings.flatMap((finding) =>
    finding.channel === channel && finding.range ? [{ ...finding.range, severity: finding.severity }] : [],
  );
}

interface VariantEditorProps {
  content: VariantContent;
  activeTab: EditorTab;
  onTab: (tab: EditorTab) => void;
  onMasterText: (text: string) => void;
  onVariantText: (channel: Channel, text: string) => void;
  onFormat: (channel: Channel, format: PostFormat) => void;
  onLinked: (linked: boolean) => void;
  /** Counter and findings of one network's text, drawn under its text field. */
  renderStatus: (channel: Channel, text: string) => ReactNode;
  textError: string | undefined;
  /** A place to select in a network's text (from a finding); `nonce` makes a repeated jump select again. */
  selection: { channel: Channel; start: number; end: number; nonce: number } | null;
  /** The checks' findings: those with a place in a network's text are highlighted there. */
  findings: readonly PostFinding[];
}

/** Memoised: with stable handlers it re-renders when the texts change, not when only the findings' run does. */
export const VariantEditor = memo(function VariantEditor(props: VariantEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const { content, activeTab } = props;
  const tabs: EditorTab[] = ['master', ...content.channels];
  const current = tabs.includes(activeTab) ? activeTab : 'master';
  const tabElements = useRef(new Map<EditorTab, HTMLButtonElement>());
  const pendingFocus = useRef<EditorTab | null>(null);
  // Linking again replaces the networks' own texts with the master: asked first when any of them differs.
  const [askRelink, setAskRelink] = useState(false);
  const ownTexts = content.variants.filter((variant) => variant.text !== content.text);
  const onLinkedChange = (linked: boolean) => {
    if (linked && ownTexts.length > 0) setAskRelink(true);
    else {
      setAskRelink(false);
      props.onLinked(linked);
    }
  };

  useEffect(() => {
    if (pendingFocus.current === null) return;
    tabElements.current.get(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });

  const tabLabel = (tab: EditorTab) => (tab === 'master' ? t('composer.masterTab') : t(`networks.${tab}`));

  const onTabKey = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length] ?? 'master';
    pendingFocus.current = next;
    props.onTab(next);
  };

  return (
    <section className="cd-variants" aria-label={t('composer.texts')}>
      <label className="cd-check cd-link-switch">
        <input
          type="checkbox"
          checked={content.variantsLinked}
          onChange={(event) => onLinkedChange(event.target.checked)}
        />
        {t('composer.keepEqual')}
      </label>
      {askRelink && !content.variantsLinked && ownTexts.length > 0 && (
        <div className="cd-relink" role="group" aria-labelledby={`${id}-relink`}>
          <p id={`${id}-relink`}>
            {t('composer.relinkQuestion', {
              networks: ownTexts.map((variant) => t(`networks.${variant.channel}`)).join(', '),
            })}
          </p>
          <button
            type="button"
            onClick={() => {
              setAskRelink(false);
              props.onLinked(true);
            }}
          >
            {t('composer.relinkConfirm')}
          </button>{' '}
          <button type="button" onClick={() => setAskRelink(false)}>
            {t('composer.relinkCancel')}
          </button>
        </div>
      )}
      <div role="tablist" aria-label={t('composer.texts')} className="cd-tabs">
        {tabs.map((tab, index) => (
          <button
            key={tab}
            type="button"
            role="tab"
            id={`${id}-tab-${tab}`}
            aria-selected={tab === current}
            aria-controls={`${id}-panel`}
            tabIndex={tab === current ? 0 : -1}
            ref={(element) => {
              if (element) tabElements.current.set(tab, element);
              else tabElements.current.delete(tab);
            }}
            onClick={() => props.onTab(tab)}
            onKeyDown={(event) => onTabKey(event, index)}
          >
            {tab !== 'master' && (
              <span className={`cd-badge cd-badge-${tab}`} aria-hidden="true">
                {CHANNEL_BADGES[tab]}
              </span>
            )}
            {tabLabel(tab)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-tab-${current}`}
        className="cd-tab-panel"
      >
        {current === 'master' ? <MasterPanel {...props} /> : <ChannelPanel {...props} channel={current} />}
      </div>
    </section>
  );
});

function MasterPanel({ content, onMasterText, textError }: VariantEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="cd-field">
      <label htmlFor={`${id}-text`}>{t('composer.masterText')}</label>
      <textarea
        id={`${id}-text`}
        rows={8}
        value={content.text}
        aria-invalid={textError ? true : undefined}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onMasterText(event.target.value)}
      />
      <p id={`${id}-hint`} className="cd-hint">
        {content.variantsLinked ? t('composer.masterHintLinked') : t('composer.masterHintUnlinked')}
      </p>
      {textError && <p className="cd-field-error">{t(textError as 'post.errors.textTooLong')}</p>}
    </div>
  );
}

function ChannelPanel(props: VariantEditorProps & { channel: Channel }) {
  const { t } = useTranslation();
  const id = useId();
  const { content, channel, selection } = props;
  const textRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (selection?.channel !== channel || !textRef.current) return;
    textRef.current.focus();
    textRef.current.setSelectionRange(selection.start, selection.end);
  }, [selection, channel]);

  const ranges = useMemo(() => highlightsFor(props.findings, channel), [props.findings, channel]);
  const variant = content.variants.find((entry) => entry.channel === channel);
  if (!variant) return null;
  const formats = CHANNEL_FORMATS[channel];
  const network = t(`networks.${channel}`);
  return (
    <>
      {formats.length > 1 && (
        <div className="cd-field cd-format">
          <label htmlFor={`${id}-format`}>{t('composer.format')}</label>
          <select
            id={`${id}-format`}
            value={variant.format}
            onChange={(event) => props.onFormat(channel, event.target.value as PostFormat)}
          >
            {formats.map((format) => (
              <option key={format} value={format}>
                {t(`composer.formats.${format}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="cd-field">
        <label htmlFor={`${id}-text`}>{t('composer.variantText', { network })}</label>
        <HighlightedTextarea
          id={`${id}-text`}
          ref={textRef}
          rows={8}
          value={variant.text}
          ranges={ranges}
          aria-describedby={`${id}-status`}
          onChange={(text) => props.onVariantText(channel, text)}
        />
        <div id={`${id}-status`}>{props.renderStatus(channel, variant.text)}</div>
      </div>
    </>
  );
}
