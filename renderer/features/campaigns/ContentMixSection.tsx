/** Chooses the period (default: the current quarter) and a campaign, reads their posts live and shows the mix. */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../shared/model/campaign';
import type { Settings } from '../../../shared/model/settings';
import {
  contentMix,
  isMonthKey,
  monthRangeUtc,
  monthsBetween,
  quarterOf,
} from '../../../shared/campaigns/contentMix';
import { useScheduledPostsInRange } from '../../data/posts/campaignQueries';
import { ContentMixChart } from './ContentMixChart';
import './campaigns.css';

interface ContentMixSectionProps {
  campaigns: Campaign[];
  settings: Settings;
  now: Date;
}

export function ContentMixSection({ campaigns, settings, now }: ContentMixSectionProps) {
  const { t } = useTranslation();
  const id = useId();
  const { timeZone, locale } = settings;
  const quarter = useMemo(() => quarterOf(now, timeZone), [now, timeZone]);
  const [fromMonth, setFromMonth] = useState(quarter.fromMonth);
  const [toMonth, setToMonth] = useState(quarter.toMonth);
  const [campaignId, setCampaignId] = useState('');
  const valid = isMonthKey(fromMonth) && isMonthKey(toMonth) && fromMonth <= toMonth;
  const range = useMemo(
    () => (valid ? monthRangeUtc(fromMonth, toMonth, timeZone) : null),
    [valid, fromMonth, toMonth, timeZone],
  );
  const posts = useScheduledPostsInRange(range);
  const rows = useMemo(() => {
    if (!valid || posts === undefined) return null;
    const chosen = campaignId === '' ? posts : posts.filter((post) => post.campaignId === campaignId);
    return contentMix(chosen, { fromMonth, toMonth, timeZone });
  }, [valid, posts, campaignId, fromMonth, toMonth, timeZone]);

  return (
    <section className="cd-panel cd-campaigns-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('campaignsUi.mix.heading')}</h2>
      <p className="cd-hint">{t('campaignsUi.mix.explanation')}</p>
      <div className="cd-mix-controls">
        <div className="cd-field">
          <label htmlFor={`${id}-from`}>{t('campaignsUi.mix.from')}</label>
          <input
            id={`${id}-from`}
            type="month"
            value={fromMonth}
            aria-invalid={valid ? undefined : true}
            aria-describedby={valid ? undefined : `${id}-invalid`}
            onChange={(event) => setFromMonth(event.target.value)}
          />
        </div>
        <div className="cd-field">
          <label htmlFor={`${id}-to`}>{t('campaignsUi.mix.to')}</label>
          <input
            id={`${id}-to`}
            type="month"
            value={toMonth}
            aria-invalid={valid ? undefined : true}
            aria-describedby={valid ? undefined : `${id}-invalid`}
            onChange={(event) => setToMonth(event.target.value)}
          />
        </div>
        <div className="cd-field">
          <label htmlFor={`${id}-campaign`}>{t('campaignsUi.mix.campaign')}</label>
          <select
            id={`${id}-campaign`}
            value={campaignId}
            onChange={(event) => setCampaignId(event.target.value)}
          >
            <option value="">{t('campaignsUi.mix.allCampaigns')}</option>
            {campaigns.map((campaign) => (
              <option key={campaign.id} value={campaign.id}>
                {campaign.name}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          onClick={() => {
            setFromMonth(quarter.fromMonth);
            setToMonth(quarter.toMonth);
          }}
        >
          {t('campaignsUi.mix.currentQuarter')}
        </button>
      </div>
      {!valid ? (
        <p id={`${id}-invalid`} className="cd-field-error">
          {t('campaignsUi.mix.periodInvalid')}
        </p>
      ) : rows === null ? (
        <p className="cd-hint">{t('campaignsUi.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="cd-hint">{t('campaignsUi.mix.empty')}</p>
      ) : (
        <ContentMixChart rows={rows} months={monthsBetween(fromMonth, toMonth)} locale={locale} />
      )}
    </section>
  );
}
