/**
 * What a post in the calendar shows and says: time, title, the networks as text badges (spoken as their names),
 * finding counts in words beside their symbols, and the status in words (drafts only for screen readers).
 */
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { createI18n } from '../../i18n/i18n';
import { EventTranslation } from './eventLabels';
import { PostEventContent } from './PostEventContent';

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
  it('shows time, title and network badges as text and speaks the network names and the draft status', () => {
    const event = renderEvent();
    expect(visibleText(event)).toBe('10:00Quiz der Wochein · IG');
    expect(spokenText(event)).toBe('10:00Quiz der Wochein · IGLinkedIn, Instagram, Entwurf');
    expect(event.querySelector('.cd-event-badges')?.getAttribute('title')).toBe('LinkedIn, Instagram');
  });

  it('shows every status but draft in words, seen and spoken', () => {
    const event = renderEvent({ status: 'approved' });
    expect(visibleText(event)).toContain('Freigegeben');
    expect(spokenText(event)).toBe('10:00Quiz der Wochein · IGLinkedIn, Instagram, Freigegeben');
  });

  it('speaks finding counts in words where it shows their symbols', () => {
    const event = renderEvent({ findings: { block: 2, warn: 1 } });
    expect(visibleText(event)).toContain('✖ 2 ⚠ 1');
    const spoken = spokenText(event);
    expect(spoken).toContain('2 blockierende Befunde, 1 Warnung, LinkedIn, Instagram, Entwurf');
    expect(spoken).not.toContain('✖');
    expect(event.querySelector('.cd-event-findings')?.getAttribute('title')).toBe(
      '2 blockierende Befunde, 1 Warnung',
    );
  });

  it('speaks English on an English desk', () => {
    const event = renderEvent({ status: 'in_review', findings: { block: 1, warn: 0 } }, 'en');
    expect(spokenText(event)).toMatch(/1 blocking finding, LinkedIn, Instagram, In review/i);
  });
});
