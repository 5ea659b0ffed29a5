/** What the export takes and what stays behind, each post with its time, networks and (if left out) the reason. */
import { useTranslation } from 'react-i18next';
import { translateKey } from '../../i18n/messageKey';
import type { ExportSelection } from '../../../shared/export/selection';
import type { ExportPost } from '../../../shared/export/types';
import { CHANNEL_NAMES } from '../../../shared/model/channels';
import { isoToZonedParts } from '../../../shared/time/zoned';
import { formatPlainDate } from '../media/formatPlainDate';

export interface ExportSelectionListProps {
  selection: ExportSelection;
  timeZone: string;
}

function PostLine({ post, timeZone }: { post: ExportPost; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const when = post.scheduledAt === null ? null : isoToZonedParts(post.scheduledAt, timeZone);
  return (
    <>
      <span className="cd-export-title">{post.title.trim() === '' ? '–' : post.title}</span>{' '}
      {when && (
        <span className="cd-export-when">
          {formatPlainDate(when.date, i18n.language)} {when.time}
        </span>
      )}{' '}
      <span className="cd-hint">
        {t('exportUi.networksOf', {
          networks: post.channels.map((channel) => CHANNEL_NAMES[channel]).join(', '),
        })}
      </span>
    </>
  );
}

export function ExportSelectionList({ selection, timeZone }: ExportSelectionListProps) {
  const { t } = useTranslation();
  const { included, excluded } = selection;
  return (
    <div className="cd-export-lists">
      <section className="cd-panel" aria-labelledby="cd-export-included">
        <h2 id="cd-export-included">{t('exportUi.included', { count: included.length })}</h2>
        {included.length === 0 ? (
          <p className="cd-export-nothing">{t('export.nothingToExport')}</p>
        ) : (
          <ul className="cd-export-list">
            {included.map((post) => (
              <li key={post.id}>
                <span aria-hidden="true" className="cd-export-mark cd-export-mark-in">
                  ✓
                </span>{' '}
                <PostLine post={post} timeZone={timeZone} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="cd-panel" aria-labelledby="cd-export-excluded">
        <h2 id="cd-export-excluded">{t('exportUi.excluded', { count: excluded.length })}</h2>
        {excluded.length === 0 ? (
          <p className="cd-hint">{t('exportUi.noneExcluded')}</p>
        ) : (
          <ul className="cd-export-list">
            {excluded.map(({ post, reason, approvalReasons }) => (
              <li key={post.id}>
                <span aria-hidden="true" className="cd-export-mark cd-export-mark-out">
                  ✗
                </span>{' '}
                <PostLine post={post} timeZone={timeZone} />
                <br />
                <span className="cd-export-reason">
                  {t('exportUi.reason', { reason: t(`export.exclusion.${reason}`) })}
                </span>
                {approvalReasons !== undefined && approvalReasons.length > 0 && (
                  <ul className="cd-verdict-reasons">
                    {[
                      ...new Set(approvalReasons.map((entry) => translateKey(t, entry.key, entry.params))),
                    ].map((text) => (
                      <li key={text}>{text}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
