/** The export's scope: the date range, the networks and the campaigns. */
import { useTranslation } from 'react-i18next';
import { CHANNEL_NAMES, CHANNELS, type Channel } from '../../../shared/model/channels';
import type { Campaign } from '../../../shared/model/campaign';
import type { ExportRange } from './exportRange';

export interface ExportScopeValue extends ExportRange {
  channels: Channel[];
  campaignIds: string[];
}

export interface ExportScopeFieldsProps {
  value: ExportScopeValue;
  campaigns: readonly Campaign[] | undefined;
  onChange: (value: ExportScopeValue) => void;
  /** Id of the range problem message, for `aria-describedby`. */
  problemId?: string;
}

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((entry) => entry !== item) : [...list, item];
}

export function ExportScopeFields({ value, campaigns, onChange, problemId }: ExportScopeFieldsProps) {
  const { t } = useTranslation();
  return (
    <section className="cd-panel cd-export-scope" aria-labelledby="cd-export-scope">
      <h2 id="cd-export-scope">{t('exportUi.scope')}</h2>
      <div className="cd-export-range">
        <label>
          {t('exportUi.from')}
          <input
            type="date"
            value={value.fromDate}
            aria-describedby={problemId}
            onChange={(event) => onChange({ ...value, fromDate: event.target.value })}
          />
        </label>
        <label>
          {t('exportUi.to')}
          <input
            type="date"
            value={value.toDate}
            aria-describedby={problemId}
            onChange={(event) => onChange({ ...value, toDate: event.target.value })}
          />
        </label>
      </div>
      <fieldset>
        <legend>{t('exportUi.networks')}</legend>
        {CHANNELS.map((channel) => (
          <label key={channel} className="cd-check">
            <input
              type="checkbox"
              checked={value.channels.includes(channel)}
              onChange={() =>
                onChange({
                  ...value,
                  channels: CHANNELS.filter((entry) => toggle(value.channels, channel).includes(entry)),
                })
              }
            />
            {CHANNEL_NAMES[channel]}
          </label>
        ))}
      </fieldset>
      <fieldset aria-describedby="cd-export-campaigns-hint">
        <legend>{t('exportUi.campaigns')}</legend>
        <p id="cd-export-campaigns-hint" className="cd-hint">
          {t('exportUi.campaignsHint')}
        </p>
        {campaigns?.length === 0 && <p className="cd-hint">{t('exportUi.noCampaigns')}</p>}
        {campaigns?.map((campaign) => (
          <label key={campaign.id} className="cd-check">
            <input
              type="checkbox"
              checked={value.campaignIds.includes(campaign.id)}
              onChange={() => onChange({ ...value, campaignIds: toggle(value.campaignIds, campaign.id) })}
            />
            {campaign.name}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
