import { memo, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, CHANNEL_BADGES } from '../../../shared/model/channels';
import { POST_STATUSES } from '../../../shared/model/post';
import { useCampaigns } from '../../data/store/liveQueries';
import { useUiStore } from '../../state/uiStore';
import { STATUS_SYMBOLS } from './statusMarkers';

/** The categories of all campaigns, once each, in alphabetical order. */
function categoriesOf(campaigns: readonly { categories: readonly string[] }[]): string[] {
  return [...new Set(campaigns.flatMap((campaign) => campaign.categories))].sort((a, b) =>
    a.localeCompare(b, 'de'),
  );
}

/** Filters by network, status, campaign and category; an empty group shows everything. */
/** Memoised: it reads the store itself, and a range change of the page is nothing it shows. */
export const FilterPanel = memo(function FilterPanel() {
  const { t } = useTranslation();
  const filters = useUiStore((state) => state.filters);
  const toggleChannel = useUiStore((state) => state.toggleChannelFilter);
  const toggleStatus = useUiStore((state) => state.toggleStatusFilter);
  const toggleCampaign = useUiStore((state) => state.toggleCampaignFilter);
  const toggleCategory = useUiStore((state) => state.toggleCategoryFilter);
  const keepKnown = useUiStore((state) => state.keepKnownFilters);
  const reset = useUiStore((state) => state.resetFilters);
  const campaigns = useCampaigns();
  const categories = useMemo(() => categoriesOf(campaigns ?? []), [campaigns]);
  const active =
    filters.channels.length +
      filters.statuses.length +
      filters.campaignIds.length +
      filters.categories.length >
    0;

  // A campaign deleted (or a category removed) while it was a filter would hide posts with no box left to untick.
  useEffect(() => {
    if (campaigns)
      keepKnown(
        campaigns.map((campaign) => campaign.id),
        categories,
      );
  }, [campaigns, categories, keepKnown]);

  return (
    <section className="cd-panel" aria-labelledby="filters-heading">
      <h2 id="filters-heading">{t('filters.heading')}</h2>
      <fieldset>
        <legend>{t('filters.networks')}</legend>
        {CHANNELS.map((channel) => (
          <label key={channel} className="cd-check">
            <input
              type="checkbox"
              checked={filters.channels.includes(channel)}
              onChange={() => toggleChannel(channel)}
            />
            <span className={`cd-badge cd-badge-${channel}`} aria-hidden="true">
              {CHANNEL_BADGES[channel]}
            </span>
            {t(`networks.${channel}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('filters.statuses')}</legend>
        {POST_STATUSES.map((status) => (
          <label key={status} className="cd-check">
            <input
              type="checkbox"
              checked={filters.statuses.includes(status)}
              onChange={() => toggleStatus(status)}
            />
            <span className={`cd-status-legend cd-marker-${status}`} aria-hidden="true">
              {STATUS_SYMBOLS[status]}
            </span>
            {t(`status.${status}`)}
          </label>
        ))}
      </fieldset>
      {campaigns && campaigns.length > 0 && (
        <fieldset>
          <legend>{t('campaignsUi.filters.campaigns')}</legend>
          {campaigns.map((campaign) => (
            <label key={campaign.id} className="cd-check">
              <input
                type="checkbox"
                checked={filters.campaignIds.includes(campaign.id)}
                onChange={() => toggleCampaign(campaign.id)}
              />
              {campaign.name}
            </label>
          ))}
        </fieldset>
      )}
      {categories.length > 0 && (
        <fieldset>
          <legend>{t('campaignsUi.filters.categories')}</legend>
          {categories.map((category) => (
            <label key={category} className="cd-check">
              <input
                type="checkbox"
                checked={filters.categories.includes(category)}
                onChange={() => toggleCategory(category)}
              />
              {category}
            </label>
          ))}
        </fieldset>
      )}
      <button type="button" className="cd-link-button" onClick={reset} disabled={!active}>
        {t('filters.reset')}
      </button>
    </section>
  );
});
