/**
 * A textarea that highlights ranges of its text (e.g. the findings of the text checks) with the "backdrop
 * mirror" technique: an aria-hidden copy of the text with <mark> elements sits behind a transparent textarea
 * with the same metrics and scrolls with it. The textarea stays a normal, fully accessible textarea; the marks
 * are decoration only, so the findings themselves must also be announced elsewhere (e.g. via aria-describedby).
 */
import {
  useCallback,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  type Ref,
  type TextareaHTMLAttributes,
  type UIEvent,
} from 'react';
import { highlightSegments, type HighlightRange } from './segments';
import './highlight.css';

export type { HighlightRange, HighlightSegment, HighlightSeverity } from './segments';

export interface HighlightedTextareaProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'value' | 'onChange'
> {
  value: string;
  onChange: (value: string) => void;
  ranges: readonly HighlightRange[];
  ref?: Ref<HTMLTextAreaElement>;
}

export function HighlightedTextarea({
  value,
  onChange,
  ranges,
  ref,
  className,
  onScroll,
  ...rest
}: HighlightedTextareaProps) {
  const textareaRef = useRef<HTMLTextAreaElement | null>(null);
  const mirrorRef = useRef<HTMLDivElement | null>(null);
  // Hand the caller the textarea itself (React 19: `ref` is a plain prop).
  useImperativeHandle(ref, () => textareaRef.current as HTMLTextAreaElement, []);
  const segments = useMemo(() => highlightSegments(value, ranges), [value, ranges]);

  const syncScroll = useCallback(() => {
    const textarea = textareaRef.current;
    const mirror = mirrorRef.current;
    if (!textarea || !mirror) return;
    mirror.scrollTop = textarea.scrollTop;
    mirror.scrollLeft = textarea.scrollLeft;
  }, []);

  // The mirror's content changes with the value; keep it aligned even when the textarea did not scroll.
  useLayoutEffect(syncScroll, [syncScroll, segments]);

  const handleScroll = (event: UIEvent<HTMLTextAreaElement>) => {
    syncScroll();
    onScroll?.(event);
  };

  return (
    <div className="cd-hl">
      <div ref={mirrorRef} className="cd-hl-mirror" aria-hidden="true">
        {segments.map((segment, index) =>
          segment.severity === null ? (
            segment.text
          ) : (
            <mark
              // Segments are positional; the index is their identity.
              key={index}
              className={`cd-hl-mark cd-hl-${segment.severity}`}
              data-severity={segment.severity}
            >
              {segment.text}
            </mark>
          ),
        )}
        {/* A trailing newline opens an empty last line in a textarea but not in a div: keep heights equal. */}
        {value.endsWith('\n') ? '\u200b' : null}
      </div>
      <textarea
        {...rest}
        ref={textareaRef}
        className={className ? `cd-hl-input ${className}` : 'cd-hl-input'}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onScroll={handleScroll}
      />
    </div>
  );
}
