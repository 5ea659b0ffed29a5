/** Test fixture: stores the organisation's settings directly, as a desk set up earlier would hold them. */
import type { Settings } from '../../../shared/model/settings';
import { db, ORGANISATION_SETTINGS_ID } from '../store/db';

export async function storeSettings(settings: Settings): Promise<void> {
  await db.settings.put({ ...settings, id: ORGANISATION_SETTINGS_ID });
}
