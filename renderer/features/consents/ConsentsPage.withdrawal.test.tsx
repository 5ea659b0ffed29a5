/** A withdrawal on the consent register takes the image out of the posts and says so (fake-indexeddb). */
import { I18nextProvider } from 'react-i18next';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MediaMeta } from '../../../shared/model/media';
import { saveConsent } from '../../data/media/consentsRepository';
import { db } from '../../data/store/db';
import { postAt } from '../../data/export/exportTestPosts';
import { ADA_ADMIN, seedProfiles } from '../../data/settings/testProfiles';
import { createI18n } from '../../i18n/i18n';
import { useUiStore } from '../../state/uiStore';
import { ConsentsPage } from './ConsentsPage';

const IMAGE = 'd'.repeat(64);

beforeEach(async () => {
  await db.open();
  await seedProfiles();
  useUiStore.getState().setCurrentUser(ADA_ADMIN.id);
});

afterEach(async () => {
  useUiStore.getState().setCurrentUser('');
  await db.delete();
});

describe('withdrawing a consent on the register', () => {
  it('removes the image from the approved post, notes it, sends the post back and announces it', async () => {
    const user = userEvent.setup();
    const saved = await saveConsent({
      person: 'Maria Muster',
      purpose: 'Fotos vom Sommerfest',
      givenOn: '2026-06-01',
      validUntil: null,
      withdrawnOn: null,
    });
    if (!saved.ok) throw new Error(saved.messageKey);
    const media: MediaMeta = {
      id: IMAGE,
      kind: 'image',
      mimeType: 'image/jpeg',
      byteLength: 10,
      width: 1,
      height: 1,
      durationSeconds: null,
      fileName: 'sommerfest.jpg',
      hasSubtitles: false,
      showsPeople: true,
      consentIds: [saved.consent.id],
      createdAt: '2026-11-20T08:00:00.000Z',
    };
    await db.media.put(media);
    const postId = await postAt('Sommerfest-Rückblick', '2026-12-03', 'approved', {
      media: [{ mediaId: IMAGE, altText: 'Maria am Stand' }],
    });

    render(
      <I18nextProvider i18n={createI18n('de-DE')}>
        <ConsentsPage today="2026-11-25" country="DE" />
      </I18nextProvider>,
    );
    const header = await screen.findByRole('rowheader', { name: 'Maria Muster' });
    await user.click(
      within(header.closest('tr') as HTMLElement).getByRole('button', {
        name: 'Einwilligung von Maria Muster mit heutigem Datum widerrufen',
      }),
    );

    expect((await screen.findByRole('status')).textContent).toContain(
      'Ein Beitrag zeigte ein nicht mehr gedecktes Bild',
    );
    const post = await db.posts.get(postId);
    expect(post?.media).toEqual([]);
    expect(post?.status).toBe('in_review');
    expect(post?.notes).toContain('Bild „sommerfest.jpg“ entfernt: Einwilligung widerrufen am 25.11.2026.');
    const voided = await db.audit
      .where('postId')
      .equals(postId)
      .filter((e) => e.action === 'approvalVoided')
      .first();
    expect(voided?.actorId).toBe(ADA_ADMIN.id);
  });
});
