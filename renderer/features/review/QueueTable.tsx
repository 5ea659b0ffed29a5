/** One section of the review queue as a table: title (opens the review), networks, time, author, step, state. */
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/model/settings';
import type { StoredProfile } from '../../../shared/model/profile';
import { useUiStore } from '../../state/uiStore';
import type { QueueRow } from './reviewQueue';
import { formatInstant, nameOf } from './format';

interface QueueTableProps {
  id: string;
  heading: string;
  empty: string;
  rows: QueueRow[];
  profiles: readonly StoredProfile[];
  settings: Settings;
  selected: ReadonlySet<string>;
  onToggle: (postId: string) => void;
  /** Post id → why its stored approval does not count (translated); such posts show as not approved. */
  notApproved?: Readonly<Record<string, string>>;
}

export function QueueTable({
  id,
  heading,
  empty,
  rows,
  profiles,
  settings,
  selected,
  onToggle,
  notApproved = {},
}: QueueTableProps) {
  const { t } = useTranslation();
  const openReview = useUiStore((state) => state.openReview);
  return (
    <section className="cd-queue-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      {rows.length === 0 ? (
        <p className="cd-hint">{empty}</p>
      ) : (
        <table className="cd-table" aria-labelledby={`${id}-heading`}>
          <thead>
            <tr>
              <th scope="col">{t('reviewUi.queue.columns.select')}</th>
              <th scope="col">{t('reviewUi.queue.columns.title')}</th>
              <th scope="col">{t('reviewUi.queue.columns.networks')}</th>
              <th scope="col">{t('reviewUi.queue.columns.scheduled')}</th>
              <th scope="col">{t('reviewUi.queue.columns.author')}</th>
              <th scope="col">{t('reviewUi.queue.columns.step')}</th>
              <th scope="col">{t('reviewUi.queue.columns.state')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.post.id} className={row.expiresSoon ? 'cd-queue-warn' : undefined}>
                <td>
                  {row.post.status === 'in_review' && (
                    <input
                      type="checkbox"
                      aria-label={t('reviewUi.queue.select', { title: row.post.title })}
                      checked={selected.has(row.post.id)}
                      onChange={() => onToggle(row.post.id)}
                    />
                  )}
                </td>
                <th scope="row">
                  <button type="button" className="cd-link-button" onClick={() => openReview(row.post.id)}>
                    {row.post.title}
                  </button>
                </th>
                <td>{row.post.channels.map((channel) => t(`networks.${channel}`)).join(', ')}</td>
                <td>
                  {row.post.scheduledAtUtc === null
                    ? t('reviewUi.queue.notScheduled')
                    : formatInstant(row.post.scheduledAtUtc, settings.timeZone, settings.locale)}
                </td>
                <td>{nameOf(profiles, row.post.createdBy, t('reviewUi.queue.unknownPerson'))}</td>
                <td>
                  {row.step === null
                    ? t('reviewUi.queue.stepDone', { count: row.steps })
                    : t('reviewUi.queue.step', { step: row.step + 1, steps: row.steps })}
                </td>
                <td>
                  {Object.hasOwn(notApproved, row.post.id) ? (
                    <>
                      <strong className="cd-not-approved">{t('trustUi.verdict.notApproved')}</strong>
                      <span className="cd-hint"> {notApproved[row.post.id]}</span>
                    </>
                  ) : (
                    t(`workflow.status.${row.post.status}`)
                  )}
                  {row.expiresSoon && (
                    <strong className="cd-queue-badge" title={t('reviewUi.queue.expiresSoonHint')}>
                      {' '}
                      {t('reviewUi.queue.expiresSoon')}
                    </strong>
                  )}
                  {row.expired && (
                    <strong className="cd-queue-badge"> ({t('reviewUi.queue.expired')})</strong>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
