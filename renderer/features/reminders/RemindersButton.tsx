/**
 * The active profile's reminders in the header: reviews waiting for them, requests about to expire or expired,
 * approved posts due today and not exported. A button with the count opens a list; an entry opens the review (for
 * a review waiting) or the post. Where the desktop allows notifications, each new reminder also notifies once.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredProfile } from '../../../shared/model/profile';
import type { Settings } from '../../../shared/model/settings';
import { remindersFor, type Reminder } from '../../../shared/reminders/reminders';
import { useDeferredReminderPosts } from '../../data/store/deferredQueries';
import { useApprovalVerdicts } from '../../data/workflow/approvalVerdicts';
import { translateKey } from '../../i18n/messageKey';
import { useUiStore } from '../../state/uiStore';
import {
  notificationPermission,
  notifyOnce,
  requestNotificationPermission,
  type NotificationPermissionState,
} from './desktopNotifications';
import './reminders.css';
import { useDismissOnOutsidePointer } from '../../ui/useDismissOnOutsidePointer';

const MINUTE_MS = 60_000;

function useMinuteClock(): string {
  const [now, setNow] = useState(() => new Date().toISOString());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date().toISOString()), MINUTE_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}

export function RemindersButton({ settings, profile }: { settings: Settings; profile: StoredProfile }) {
  const { t } = useTranslation();
  const listId = useId();
  const openReview = useUiStore((state) => state.openReview);
  const openEditor = useUiStore((state) => state.openEditor);
  const now = useMinuteClock();
  // Every post in review and the approved ones around today: read once the calendar is on screen (BENCHMARKS.md).
  const read = useDeferredReminderPosts(now);
  // "Approved, due today, not exported" only for a post whose approval holds (derived, approvalVerdicts.ts).
  const verdicts = useApprovalVerdicts(read);
  const posts = useMemo(
    () => read?.filter((post) => post.status !== 'approved' || verdicts?.[post.id]?.approved === true),
    [read, verdicts],
  );
  const [open, setOpen] = useState(false);
  const [permission, setPermission] = useState<NotificationPermissionState>(notificationPermission);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  const reminders = useMemo(
    () =>
      posts === undefined
        ? []
        : remindersFor({
            posts,
            profileId: profile.id,
            roles: profile.roles,
            now,
            timeZone: settings.timeZone,
            expiryLeadHours: settings.workflow.expiryLeadHours,
            policies: settings.workflow.policies,
          }),
    [posts, profile.id, profile.roles, now, settings.timeZone, settings.workflow],
  );

  const textOf = (reminder: Reminder) => translateKey(t, reminder.messageKey, reminder.params);

  useEffect(() => {
    if (permission !== 'granted') return;
    notifyOnce(
      reminders.map((reminder) => ({
        id: `${profile.id}:${reminder.kind}:${reminder.postId}`,
        title: t('remindersUi.notificationTitle'),
        body: translateKey(t, reminder.messageKey, reminder.params),
      })),
    );
  }, [reminders, permission, profile.id, t]);

  useDismissOnOutsidePointer(open, [panelRef, buttonRef], () => setOpen(false));

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const choose = (reminder: Reminder) => {
    setOpen(false);
    if (reminder.kind === 'reviewWaiting') openReview(reminder.postId);
    else openEditor({ mode: 'edit', postId: reminder.postId });
  };

  const enable = async () => setPermission(await requestNotificationPermission());

  return (
    <div className="cd-reminders">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        className={reminders.length > 0 ? 'cd-reminders-button cd-reminders-due' : 'cd-reminders-button'}
        onClick={() => setOpen(!open)}
      >
        {t('remindersUi.button', { count: reminders.length })}
      </button>
      {open && (
        <div
          ref={panelRef}
          id={listId}
          role="region"
          aria-label={t('remindersUi.heading')}
          className="cd-reminders-panel"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              close();
            }
          }}
        >
          <h2>{t('remindersUi.heading')}</h2>
          {reminders.length === 0 ? (
            <p>{t('remindersUi.none')}</p>
          ) : (
            <ul>
              {reminders.map((reminder) => (
                <li key={`${reminder.kind}:${reminder.postId}`}>
                  <button type="button" onClick={() => choose(reminder)}>
                    {textOf(reminder)}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {permission === 'default' && (
            <button type="button" onClick={() => void enable()}>
              {t('remindersUi.enableNotifications')}
            </button>
          )}
          {permission === 'granted' && <p className="cd-hint">{t('remindersUi.notificationsOn')}</p>}
          {permission === 'denied' && <p className="cd-hint">{t('remindersUi.notificationsDenied')}</p>}
          <button type="button" onClick={close}>
            {t('remindersUi.close')}
          </button>
        </div>
      )}
    </div>
  );
}
