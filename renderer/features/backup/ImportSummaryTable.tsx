import { useTranslation } from 'react-i18next';
import { WORKSPACE_TABLES, type ImportSummary } from '../../../shared/exchange/workspaceMerge';

/** What a restore would add, change and leave, per area of the workspace. */
export function ImportSummaryTable({ summary, caption }: { summary: ImportSummary; caption: string }) {
  const { t } = useTranslation();
  return (
    <>
      <table className="cd-backup-summary">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('backupUi.columns.table')}</th>
            <th scope="col">{t('backupUi.columns.added')}</th>
            <th scope="col">{t('backupUi.columns.changed')}</th>
            <th scope="col">{t('backupUi.columns.unchanged')}</th>
            <th scope="col">{t('backupUi.columns.removed')}</th>
          </tr>
        </thead>
        <tbody>
          {WORKSPACE_TABLES.map((table) => {
            const row = summary.tables[table];
            return (
              <tr key={table}>
                <th scope="row">{t(`backupUi.tables.${table}`)}</th>
                <td>{row.added}</td>
                <td>{row.changed}</td>
                <td>{row.unchanged}</td>
                <td>{row.removed}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>
        {t('backupUi.auditSummary', { mine: summary.audit.mine, theirs: summary.audit.theirs })}{' '}
        {t(`backupUi.audit.${summary.audit.relation}`)}
      </p>
      <p>
        {summary.mediaFiles > 0
          ? t('backupUi.mediaFiles', { count: summary.mediaFiles })
          : t('backupUi.mediaFilesNone')}
      </p>
    </>
  );
}
