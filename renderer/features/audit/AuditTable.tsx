/** The audit entries as a table; a post's title opens it for review. */
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/audit/chain';
import { actionLabel, noteLabel } from './actionLabel';

interface AuditTableProps {
  entries: readonly AuditEntry[];
  actorName: (id: string) => string;
  titles: Readonly<Record<string, string>>;
  when: (iso: string) => string;
  onOpenPost: (postId: string) => void;
}

export function AuditTable({ entries, actorName, titles, when, onOpenPost }: AuditTableProps) {
  const { t } = useTranslation();
  if (entries.length === 0) return <p className="cd-hint">{t('auditUi.empty')}</p>;
  return (
    <table className="cd-table cd-audit-table">
      <thead>
        <tr>
          <th scope="col">{t('auditUi.columns.seq')}</th>
          <th scope="col">{t('auditUi.columns.at')}</th>
          <th scope="col">{t('auditUi.columns.actor')}</th>
          <th scope="col">{t('auditUi.columns.action')}</th>
          <th scope="col">{t('auditUi.columns.post')}</th>
          <th scope="col">{t('auditUi.columns.note')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          const title = entry.postId === null ? undefined : titles[entry.postId];
          return (
            <tr key={entry.seq}>
              <td>{entry.seq}</td>
              <td>{when(entry.at)}</td>
              <td>{actorName(entry.actorId)}</td>
              <th scope="row">{actionLabel(t, entry.action)}</th>
              <td>
                {entry.postId === null ? (
                  ''
                ) : title === undefined ? (
                  t('auditUi.deletedPost')
                ) : (
                  <button
                    type="button"
                    className="cd-link-button"
                    onClick={() => entry.postId && onOpenPost(entry.postId)}
                  >
                    {title}
                  </button>
                )}
              </td>
              <td>{noteLabel(t, entry.action, entry.note)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
