import type { StatusLine } from './backupStatus';

/** A backup section's live region: the outcome of the last step, as an alert (error) or a status (info). */
export function StatusNotice({ status }: { status: StatusLine | null }) {
  return (
    <div aria-live="polite">
      {status !== null && (
        <p
          className={status.kind === 'error' ? 'cd-notice-error' : 'cd-notice-info'}
          role={status.kind === 'error' ? 'alert' : 'status'}
        >
          {status.text}
        </p>
      )}
    </div>
  );
}
