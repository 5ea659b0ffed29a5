/**
 * The campaigns page: the campaigns with period, responsible person and budget; creating, editing and deleting
 * them; the content mix of a period; and the snippets the composer inserts. Settings (time zone, language) are
 * read here, so the page needs no props.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../shared/model/campaign';
import { deleteCampaign } from '../../data/posts/campaignsRepository';
import { toDataError } from '../../data/store/dataErrors';
import { useCampaigns, useSettings } from '../../data/store/liveQueries';
import { useUiStore } from '../../state/uiStore';
import { CampaignFormDialog } from './CampaignFormDialog';
import { CampaignList } from './CampaignList';
import { ContentMixSection } from './ContentMixSection';
import { SnippetsPanel } from './SnippetsPanel';
import './campaigns.css';

type Editing = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; campaign: Campaign };

export function CampaignsPage() {
  const { t } = useTranslation();
  const id = useId();
  const settings = useSettings();
  const campaigns = useCampaigns();
  const notify = useUiStore((state) => state.notify);
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  // The page's "now": the content mix opens on the quarter of the day the page was opened.
  const [now] = useState(() => new Date());

  if (settings === undefined || campaigns === undefined) {
    return <p className="cd-loading">{t('campaignsUi.loading')}</p>;
  }

  const remove = async (campaign: Campaign) => {
    if (!window.confirm(t('campaignsUi.list.confirmDelete', { name: campaign.name }))) return;
    try {
      await deleteCampaign(campaign.id);
      notify({ kind: 'info', text: t('campaignsUi.list.deleted', { name: campaign.name }) });
    } catch (error) {
      notify({ kind: 'error', text: t(toDataError(error).messageKey) });
    }
  };

  return (
    <div className="cd-campaigns">
      <h1>{t('campaignsUi.heading')}</h1>
      <p className="cd-hint">{t('campaignsUi.intro')}</p>
      <section className="cd-panel cd-campaigns-section" aria-labelledby={`${id}-list`}>
        <div className="cd-section-header">
          <h2 id={`${id}-list`}>{t('campaignsUi.list.heading')}</h2>
          <button type="button" className="cd-primary" onClick={() => setEditing({ mode: 'create' })}>
            {t('campaignsUi.list.newCampaign')}
          </button>
        </div>
        <CampaignList
          campaigns={campaigns}
          locale={settings.locale}
          onEdit={(campaign) => setEditing({ mode: 'edit', campaign })}
          onDelete={(campaign) => void remove(campaign)}
        />
      </section>
      <ContentMixSection campaigns={campaigns} settings={settings} now={now} />
      <SnippetsPanel />
      {editing.mode !== 'closed' && (
        <CampaignFormDialog
          campaign={editing.mode === 'edit' ? editing.campaign : null}
          locale={settings.locale}
          onClose={() => setEditing({ mode: 'closed' })}
        />
      )}
    </div>
  );
}
