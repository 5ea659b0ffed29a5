import { createRef, useState } from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { HighlightedTextarea, type HighlightRange } from './HighlightedTextarea';

function Controlled(props: {
  initial: string;
  ranges: readonly HighlightRange[];
  onValue?: (v: string) => void;
}) {
  const [value, setValue] = useState(props.initial);
  return (
    <div className="cd-field">
      <label htmlFor="text">Beitragstext</label>
      <HighlightedTextarea
        id="text"
        rows={4}
        aria-describedby="hint"
        value={value}
        ranges={props.ranges}
        onChange={(next) => {
          setValue(next);
          props.onValue?.(next);
        }}
      />
      <p id="hint">Hinweis</p>
    </div>
  );
}

function mirrorOf(container: HTMLElement): HTMLElement {
  const mirror = container.querySelector<HTMLElement>('.cd-hl-mirror');
  if (!mirror) throw new Error('no mirror');
  return mirror;
}

describe('HighlightedTextarea', () => {
  it('is a normal labelled textarea that passes attributes through', () => {
    render(<Controlled initial="Hallo" ranges={[]} />);
    const textarea = screen.getByLabelText('Beitragstext');
    expect(textarea.tagName).toBe('TEXTAREA');
    expect(textarea).toHaveProperty('value', 'Hallo');
    expect(textarea.getAttribute('rows')).toBe('4');
    expect(textarea.getAttribute('aria-describedby')).toBe('hint');
    expect(screen.getByRole('textbox', { name: 'Beitragstext' })).toBe(textarea);
  });

  it('calls onChange with the new value while typing and updates the mirror', async () => {
    const user = userEvent.setup();
    const onValue = vi.fn<(value: string) => void>();
    const { container } = render(<Controlled initial="" ranges={[]} onValue={onValue} />);
    await user.type(screen.getByLabelText('Beitragstext'), 'Hi!');
    expect(onValue).toHaveBeenCalledTimes(3);
    expect(onValue).toHaveBeenLastCalledWith('Hi!');
    expect(mirrorOf(container).textContent).toBe('Hi!');
  });

  it('renders a mark per highlighted segment with its severity class', () => {
    const { container } = render(
      <Controlled
        initial="Sehr geehrte Damen und Herren"
        ranges={[
          { start: 0, end: 4, severity: 'info' },
          { start: 5, end: 12, severity: 'warn' },
          { start: 8, end: 12, severity: 'block' },
          { start: 23, end: 99, severity: 'block' },
        ]}
      />,
    );
    const marks = Array.from(container.querySelectorAll('mark'));
    expect(marks.map((mark) => [mark.textContent, mark.className])).toEqual([
      ['Sehr', 'cd-hl-mark cd-hl-info'],
      ['gee', 'cd-hl-mark cd-hl-warn'],
      ['hrte', 'cd-hl-mark cd-hl-block'],
      ['Herren', 'cd-hl-mark cd-hl-block'],
    ]);
    expect(marks.map((mark) => mark.dataset.severity)).toEqual(['info', 'warn', 'block', 'block']);
    expect(mirrorOf(container).textContent).toBe('Sehr geehrte Damen und Herren');
  });

  it('hides the mirror from assistive technology and keeps the marks out of the accessible tree', () => {
    const { container } = render(
      <Controlled initial="abc" ranges={[{ start: 0, end: 1, severity: 'block' }]} />,
    );
    const mirror = mirrorOf(container);
    expect(mirror.getAttribute('aria-hidden')).toBe('true');
    expect(mirror.contains(container.querySelector('mark'))).toBe(true);
    expect(screen.getAllByRole('textbox')).toHaveLength(1);
  });

  it('adds a zero-width character after a trailing newline so the heights match', () => {
    const { container } = render(<Controlled initial={'Zeile\n'} ranges={[]} />);
    expect(mirrorOf(container).textContent).toBe('Zeile\n\u200b');
  });

  it('forwards the ref, keeps the caller’s class and onScroll, and syncs the mirror’s scroll position', () => {
    const ref = createRef<HTMLTextAreaElement>();
    const onScroll = vi.fn();
    const { container } = render(
      <HighlightedTextarea
        aria-label="Text"
        className="extra"
        value={'a\nb\nc'}
        ranges={[]}
        onChange={() => undefined}
        onScroll={onScroll}
        ref={ref}
      />,
    );
    const textarea = screen.getByLabelText('Text');
    expect(ref.current).toBe(textarea);
    expect(textarea.className).toBe('cd-hl-input extra');
    textarea.scrollTop = 17;
    fireEvent.scroll(textarea);
    expect(onScroll).toHaveBeenCalledTimes(1);
    expect(mirrorOf(container).scrollTop).toBe(17);
  });
});
