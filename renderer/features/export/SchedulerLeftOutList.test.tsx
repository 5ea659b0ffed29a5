/** The rows a scheduler CSV leaves out are listed with their reasons, in German and in English. */
import { I18nextProvider } from 'react-i18next';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { schedulerRowsLeftOut } from '../../../shared/export/schedulerCsv';
import { exportPost } from '../../../shared/export/testFixtures';
import { createI18n } from '../../i18n/i18n';
import { SchedulerLeftOutList } from './SchedulerLeftOutList';

const media = 'e'.repeat(64);
const quiz = exportPost({
  title: 'Quiz der Woche',
  channels: ['instagram', 'facebook'],
  media: [{ mediaId: media, altText: 'Rathaus' }],
  scheduledAt: '2026-12-01T10:07:00+01:00',
});
quiz.variants = quiz.variants.map((variant) => ({ ...variant, mediaIds: [media] }));

describe('SchedulerLeftOutList', () => {
  it('names each row a Hootsuite CSV leaves out, with the rule it breaks', () => {
    const rows = schedulerRowsLeftOut([quiz], { format: 'hootsuite' });
    render(
      <I18nextProvider i18n={createI18n('de-DE')}>
        <SchedulerLeftOutList rows={rows} timeZone="Europe/Berlin" />
      </I18nextProvider>,
    );
    const list = within(screen.getByRole('region', { name: 'Nicht in der CSV-Datei (2 Zeilen)' }));
    expect(list.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringMatching(
        /^✗ Quiz der Woche 01\.12\.2026 10:07 Instagram.*Grund: Instagram braucht ein Bild/,
      ),
      expect.stringMatching(
        /^✗ Quiz der Woche .*Facebook.*Grund: Hootsuite nimmt nur Uhrzeiten in 5-Minuten/,
      ),
    ]);
  });

  it('shows nothing when every row goes out', () => {
    const { container } = render(
      <I18nextProvider i18n={createI18n('en')}>
        <SchedulerLeftOutList rows={[]} timeZone="Europe/Berlin" />
      </I18nextProvider>,
    );
    expect(container.textContent).toBe('');
  });
});
