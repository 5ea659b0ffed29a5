/**
 * Posts still waiting for a decision when their time comes expire: checked when the desk opens and every minute
 * while it is open.
 */
import { useEffect } from 'react';
import { whenIdle } from '../../data/store/deferredQueries';
import { expireDuePosts } from '../../data/workflow/workflowRepository';

const CHECK_EVERY_MS = 60_000;

export function useExpiryTimer(): void {
  useEffect(() => {
    const run = () => {
      // A failed check is repeated a minute later; nothing to show the person.
      expireDuePosts(new Date()).catch(() => undefined);
    };
    // The first check waits until the page is idle: its write transaction would hold up the calendar's read.
    const cancelFirst = whenIdle(run);
    const timer = setInterval(run, CHECK_EVERY_MS);
    return () => {
      cancelFirst();
      clearInterval(timer);
    };
  }, []);
}
