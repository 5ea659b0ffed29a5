import { useTranslation } from 'react-i18next';
import { CHANNELS, CHANNEL_BADGES } from '../../../shared/model/channels';
import { POST_STATUSES } from '../../../shared/model/post';
import { useUiStore } from '../../state/uiStore';

/** Filters by network and status; an empty group shows everything. */
export function FilterPanel() {
  const { t } = useTranslation();
  const filters = useUiStore((state) => state.filters);
  const toggleChannel = useUiStore((state) => state.toggleChannelFilter);
  const toggleStatus = useUiStore((state) => state.toggleStatusFilter);
  const reset = useUiStore((state) => state.resetFilters);
  const active = filters.channels.length + filters.statuses.length > 0;

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
            {t(`status.${status}`)}
          </label>
        ))}
      </fieldset>
      <button type="button" className="cd-link-button" onClick={reset} disabled={!active}>
        {t('filters.reset')}
      </button>
    </section>
  );
}
