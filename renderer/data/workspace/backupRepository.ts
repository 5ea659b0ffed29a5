/**
 * What automatic backups need from the database: a cheap marker of "has anything changed since the last backup"
 * (audit head, newest post change and the number of rows per table, read in one transaction), and the backup's
 * content itself (the workspace file with media, workspaceRepository.ts).
 */
import { guardData } from '../store/dataErrors';
import { db } from '../store/db';
import { exportWorkspace } from './workspaceRepository';

/** Changes whenever a row is added, removed, or a post or the audit trail changes. */
export function deskChangeMarker(): Promise<string> {
  return guardData(() =>
    db.transaction('r', db.tables, async () => {
      const head = await db.audit.orderBy('seq').last();
      const newestPost = await db.posts.orderBy('updatedAt').last();
      const counts = await Promise.all(
        db.tables.map(async (table) => `${table.name}:${await table.count()}`),
      );
      return [head?.hash ?? '-', newestPost?.updatedAt ?? '-', ...counts].join('|');
    }),
  );
}

/** The text of a backup: the whole workspace with the media bytes. */
export async function backupJson(now: Date): Promise<string> {
  return (await exportWorkspace({ includeMedia: true }, now)).json;
}
