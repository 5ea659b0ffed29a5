import { describe, expect, it } from 'vitest';
import { createLatestRequests } from './latestRequests';

/** A hand-driven clock: `advance` runs what `later` planned, in order, without real time passing. */
function manualClock() {
  let time = 0;
  let planned: { at: number; run: () => void; cancelled: boolean }[] = [];
  return {
    now: () => time,
    later: (run: () => void, ms: number) => {
      const entry = { at: time + ms, run, cancelled: false };
      planned.push(entry);
      return () => {
        entry.cancelled = true;
      };
    },
    advance(ms: number) {
      const until = time + ms;
      for (;;) {
        const due = planned
          .filter((entry) => !entry.cancelled && entry.at <= until)
          .sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        planned = planned.filter((entry) => entry !== due);
        time = due.at;
        due.run();
      }
      time = until;
    },
    get plannedCount() {
      return planned.filter((entry) => !entry.cancelled).length;
    },
  };
}

function setUp(spacingMs = 250) {
  const clock = manualClock();
  const sent: string[] = [];
  const requests = createLatestRequests<string>({
    spacingMs,
    send: (request) => sent.push(request),
    now: clock.now,
    later: clock.later,
  });
  return { clock, sent, requests };
}

describe('createLatestRequests', () => {
  it('sends the first request at once', () => {
    const { sent, requests } = setUp();
    requests.push('a');
    expect(sent).toEqual(['a']);
    expect(requests.waiting).toBe(false);
  });

  it('sends one request at a time: later ones replace each other and the newest goes after the answer', () => {
    const { clock, sent, requests } = setUp(0);
    requests.push('a');
    requests.push('b');
    requests.push('c');
    expect(sent).toEqual(['a']);
    expect(requests.waiting).toBe(true);
    clock.advance(1000);
    expect(sent).toEqual(['a']);
    requests.answered();
    expect(sent).toEqual(['a', 'c']);
  });

  it('keeps the spacing between two sends even when the answer came early', () => {
    const { clock, sent, requests } = setUp(250);
    requests.push('a');
    requests.answered();
    clock.advance(100);
    requests.push('b');
    requests.push('c');
    expect(sent).toEqual(['a']);
    clock.advance(149);
    expect(sent).toEqual(['a']);
    clock.advance(1);
    expect(sent).toEqual(['a', 'c']);
  });

  it('sends the last request of a burst of typing', () => {
    const { clock, sent, requests } = setUp(250);
    for (let key = 0; key < 20; key += 1) {
      requests.push(`key ${key}`);
      clock.advance(120);
      if (sent.length > 0) requests.answered();
    }
    clock.advance(1000);
    requests.answered();
    // About one in every 250 ms of the 2,400 ms burst, not one per key, and the last key's text among them.
    expect(sent.length).toBeLessThanOrEqual(11);
    expect(sent.at(-1)).toBe('key 19');
  });

  it('sends nothing after stop', () => {
    const { clock, sent, requests } = setUp(250);
    requests.push('a');
    requests.answered();
    requests.push('b');
    requests.stop();
    clock.advance(1000);
    expect(sent).toEqual(['a']);
    expect(clock.plannedCount).toBe(0);
  });
});
