/** The campaigns as a table: name, period, responsible person and budget, with edit and delete per row. */
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../shared/model/campaign';
import type { UiLocale } from '../../../shared/model/settings';
import { campaignBudget } from '../../../shared/campaigns/contentMix';
import { formatEuro } from './euro';
import { formatPlainDate } from './format';
import './campaigns.css';

interface CampaignListProps {
  campaigns: Campaign[];
  locale: UiLocale;
  onEdit: (campaign: Campaign) => void;
  onDelete: (campaign: Campaign) => void;
}

export function CampaignList({ campaigns, locale, onEdit, onDelete }: CampaignListProps) {
  const { t } = useTranslation();
  if (campaigns.length === 0) return <p className="cd-hint">{t('campaignsUi.list.empty')}</p>;

  return (
    <div className="cd-table-scroll">
      <table className="cd-table">
        <thead>
          <tr>
            <th scope="col">{t('campaignsUi.list.name')}</th>
            <th scope="col">{t('campaignsUi.list.period')}</th>
            <th scope="col">{t('campaignsUi.list.responsible')}</th>
            <th scope="col" className="cd-number">
              {t('campaignsUi.list.budgetPlanned')}
            </th>
            <th scope="col" className="cd-number">
              {t('campaignsUi.list.budgetSpent')}
            </th>
            <th scope="col" className="cd-number">
              {t('campaignsUi.list.remaining')}
            </th>
            <th scope="col">{t('campaignsUi.list.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {campaigns.map((campaign) => {
            const budget = campaignBudget(campaign);
            return (
              <tr key={campaign.id}>
                <th scope="row">
                  {campaign.name}
                  {campaign.categories.length > 0 && (
                    <span className="cd-campaign-categories">{campaign.categories.join(' · ')}</span>
                  )}
                </th>
                <td>
                  {t('campaignsUi.list.periodValue', {
                    start: formatPlainDate(campaign.startDate, locale),
                    end: formatPlainDate(campaign.endDate, locale),
                  })}
                </td>
                <td>{campaign.responsible || t('campaignsUi.list.nobody')}</td>
                <td className="cd-number">{formatEuro(budget.plannedCents, locale)}</td>
                <td className="cd-number">{formatEuro(budget.spentCents, locale)}</td>
                <td className="cd-number">
                  {budget.overBudget ? (
                    <strong className="cd-over-budget">
                      {t('campaignsUi.list.overBudget', {
                        amount: formatEuro(-budget.remainingCents, locale),
                      })}
                    </strong>
                  ) : (
                    formatEuro(budget.remainingCents, locale)
                  )}
                </td>
                <td className="cd-row-actions">
                  <button
                    type="button"
                    aria-label={t('campaignsUi.list.editLabel', { name: campaign.name })}
                    onClick={() => onEdit(campaign)}
                  >
                    {t('campaignsUi.list.edit')}
                  </button>
                  <button
                    type="button"
                    className="cd-danger"
                    aria-label={t('campaignsUi.list.deleteLabel', { name: campaign.name })}
                    onClick={() => onDelete(campaign)}
                  >
                    {t('campaignsUi.list.delete')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
