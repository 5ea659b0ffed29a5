/**
 * The review dialog (opened by `reviewPostId`): the diff against the last reviewed version, the text per network,
 * the checks, the approvals with their signatures, comments, and the decision.
 */
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/model/settings';
import type { StoredProfile } from '../../../shared/model/profile';
import { currentStep } from '../../../shared/workflow/machine';
import { policyFor } from '../../../shared/workflow/policy';
import { workflowStateOf } from '../../../shared/workflow/postState';
import { canEdit } from '../../../shared/workflow/roles';
import { usePost } from '../../data/store/liveQueries';
import { useProfiles } from '../../data/workflow/workflowQueries';
import { useUiStore } from '../../state/uiStore';
import { Modal } from '../../ui/Modal';
import { ApprovalsList } from './ApprovalsList';
import { ChecksSummary } from './ChecksSummary';
import { CommentsSection } from './CommentsSection';
import { DecisionForm } from './DecisionForm';
import { DiffView } from './DiffView';
import './review.css';

export function ReviewDialog({ settings, profile }: { settings: Settings; profile: StoredProfile }) {
  const postId = useUiStore((state) => state.reviewPostId);
  if (postId === null) return null;
  return <ReviewDialogBody key={postId} postId={postId} settings={settings} profile={profile} />;
}

function ReviewDialogBody({
  postId,
  settings,
  profile,
}: {
  postId: string;
  settings: Settings;
  profile: StoredProfile;
}) {
  const { t } = useTranslation();
  const openReview = useUiStore((state) => state.openReview);
  const openEditor = useUiStore((state) => state.openEditor);
  const post = usePost(postId);
  const profiles = useProfiles() ?? [];
  const close = () => openReview(null);
  if (post === undefined) return null;
  if (post === null) {
    return (
      <Modal title={t('reviewUi.dialog.notFound')} onClose={close}>
        <div className="cd-dialog-actions">
          <button type="button" onClick={close}>
            {t('reviewUi.dialog.close')}
          </button>
        </div>
      </Modal>
    );
  }
  const { timeZone, locale } = settings;
  const policy = policyFor(post.category, settings.workflow.policies);
  const step = currentStep(workflowStateOf(post), policy);
  return (
    <Modal title={t('reviewUi.dialog.title', { title: post.title })} onClose={close} wide>
      <div className="cd-review-dialog">
        <p>
          {t('reviewUi.dialog.status', { status: t(`workflow.status.${post.status}`) })}
          {post.status === 'in_review' && step !== null && (
            <> · {t('reviewUi.dialog.step', { step: step + 1, steps: policy.steps.length })}</>
          )}
        </p>
        {post.workflow.changesNote !== null && (
          <p className="cd-hint">{t('reviewUi.dialog.changesNote', { note: post.workflow.changesNote })}</p>
        )}
        <DiffView post={post} profiles={profiles} timeZone={timeZone} locale={locale} />
        <section aria-labelledby="review-preview-heading">
          <h3 id="review-preview-heading">{t('reviewUi.dialog.previewHeading')}</h3>
          {post.variants.map((variant) => (
            <div key={variant.channel}>
              <h4>{t(`networks.${variant.channel}`)}</h4>
              <p className="cd-diff-cell">{variant.text}</p>
            </div>
          ))}
        </section>
        <ChecksSummary post={post} settings={settings} profiles={profiles} />
        <ApprovalsList post={post} profiles={profiles} timeZone={timeZone} locale={locale} />
        <CommentsSection
          postId={post.id}
          profile={profile}
          profiles={profiles}
          timeZone={timeZone}
          locale={locale}
        />
        <DecisionForm post={post} profile={profile} />
        <div className="cd-dialog-actions">
          {canEdit(profile) && (
            <button
              type="button"
              onClick={() => {
                close();
                openEditor({ mode: 'edit', postId: post.id });
              }}
            >
              {t('reviewUi.dialog.edit')}
            </button>
          )}
          <button type="button" onClick={close}>
            {t('reviewUi.dialog.close')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
