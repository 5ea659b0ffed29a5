/**
 * "Now" for checks whose result depends only on the day (the consents of an unscheduled post): an instant of today
 * in the organisation's zone, renewed when the day changes while the app stays open, so those checks re-run at
 * midnight and not on every render.
 */
import { useEffect, useState } from 'react';
import { todayInZone } from '../../../shared/time/zoned';

const MINUTE_MS = 60_000;

export function useToday(timeZone: string): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const update = () => {
      const next = new Date();
      // Keep the same instant (and so the same object) while the day is the same.
      setNow((previous) =>
        todayInZone(previous, timeZone) === todayInZone(next, timeZone) ? previous : next,
      );
    };
    update();
    const timer = setInterval(update, MINUTE_MS);
    return () => clearInterval(timer);
  }, [timeZone]);
  return now;
}
