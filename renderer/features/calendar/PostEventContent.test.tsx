/**
 * What a post in the calendar shows and says: a status symbol of its own for each status (not colour alone), time,
 * title, the status in words for every status, the networks as text badges (spoken as their names), and finding
 * counts in words beside their symbols.
 */
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { createI18n } from '../../i18n/i18n';
import { EventTranslation } from './eventLabels';
import { PostEventContent } from './PostEventContent';
import { STATUS_SYMBOLS } from './statusMarkers';
import { POST_STATUSES } from '../../../shared/model/post';

function renderEvent(
  props: Partial<Parameters<typeof PostEventContent>[0]> = {},
  locale: 'de-DE' | 'en' = 'de-DE',
) {
  const i18n = createI18n(locale);
  const { container } = render(
    <EventTranslation.Provider value={i18n.t}>
      <PostEventContent
        timeText="10:00"
        title="Quiz der Woche"
        channels={['linkedin', 'instagram']}
        badges="in · IG"
        status="draft"
        findings={{ block: 0, warn: 0 }}
        {...props}
      />
    </EventTranslation.Provider>,
  );
  const event = container.querySelector('.cd-event');
  if (!(event instanceof HTMLElement)) throw new Error('no event drawn');
  return event;
}

/** The text a screen reader gets: everything but aria-hidden parts. */
function spokenText(element: Element): string {
  let text = '';
  for (const node of element.childNodes) {
    if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') continue;
    text += node instanceof Element ? spokenText(node) : (node.textContent ?? '');
  }
  return text;
}

/** The text a sighted user sees: everything but visually hidden parts. */
function visibleText(element: Element): string {
  let text = '';
  for (const node of element.childNodes) {
    if (node instanceof Element && node.classList.contains('cd-visually-hidden')) continue;
    text += node instanceof Element ? visibleText(node) : (node.textContent ?? '');
  }
  return text;
}

describe('PostEventContent', () => {
  it('shows a status symbol, time, title, the status in words and network badges; speaks the network names', () => {
    const event = renderEvent();
    expect(visibleText(event)).toBe('✎10:00Quiz der WocheEntwurfin · IG');
    expect(spokenText(event)).toBe('10:00Quiz der WocheEntwurfin · IG, LinkedIn, Instagram');
    expect(event.querySelector('.cd-event-badges')?.getAttribute('title')).toBe('LinkedIn, Instagram');
    expect(event.querySelector('.cd-event-head')?.getAttribute('title')).toBe('Quiz der Woche');
  });

  it('gives every status a symbol of its own and its words, seen and spoken', () => {
    const symbols = POST_STATUSES.map((status) => {
      const event = renderEvent({ status });
      const marker = event.querySelector('.cd-event-marker');
      expect(marker?.classList.contains(`cd-marker-${status}`)).toBe(true);
      expect(event.querySelector('.cd-event-status')?.textContent).not.toBe('');
      return marker?.textContent;
    });
    expect(new Set(symbols).size).toBe(POST_STATUSES.length);
    expect(symbols).toEqual(POST_STATUSES.map((status) => STATUS_SYMBOLS[status]));
    const approved = renderEvent({ status: 'approved' });
    expect(visibleText(approved)).toContain('Freigegeben');
    expect(spokenText(approved)).toBe('10:00Quiz der WocheFreigegebenin · IG, LinkedIn, Instagram');
  });

  it('speaks finding counts in words where it shows their symbols', () => {
    const event = renderEvent({ findings: { block: 2, warn: 1 } });
    expect(visibleText(event)).toContain('✖ 2 ⚠ 1');
    const spoken = spokenText(event);
    expect(spoken).toContain('Entwurfin · IG, 2 blockierende Befunde, 1 Warnung, LinkedIn, Instagram');
    expect(spoken).not.toContain('✖');
    expect(event.querySelector('.cd-event-findings')?.getAttribute('title')).toBe(
      '2 blockierende Befunde, 1 Warnung',
    );
  });

  it('speaks English on an English desk', () => {
    const event = renderEvent({ status: 'in_review', findings: { block: 1, warn: 0 } }, 'en');
    expect(spokenText(event)).toMatch(/In review.*1 blocking finding, LinkedIn, Instagram/i);
  });
});
