/**
 * "Freigaben": what waits for the active profile, their own posts in review or sent back, and approved posts.
 * A row's title opens the review dialog; posts in review can be chosen for review by file.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/model/settings';
import type { StoredProfile } from '../../../shared/model/profile';
import { useProfiles, usePostsInStatuses } from '../../data/workflow/workflowQueries';
import { isUnverified, useApprovalVerdicts } from '../../data/workflow/approvalVerdicts';
import { verdictText } from '../trust/verdictText';
import { QUEUE_STATUSES, reviewQueue } from './reviewQueue';
import { QueueTable } from './QueueTable';
import { ReviewFilePanel } from './ReviewFilePanel';
import './review.css';

export function ReviewQueuePage({ settings, profile }: { settings: Settings; profile: StoredProfile }) {
  const { t } = useTranslation();
  const posts = usePostsInStatuses(QUEUE_STATUSES);
  const profiles = useProfiles();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // Approval is derived: an approved post whose approval does not hold shows as not approved, with the reasons.
  const verdicts = useApprovalVerdicts(posts);

  if (posts === undefined) {
    return (
      <section className="cd-review-queue">
        <h1>{t('reviewUi.queue.heading')}</h1>
        <p className="cd-loading">{t('reviewUi.queue.loading')}</p>
      </section>
    );
  }
  const queue = reviewQueue({
    posts,
    profile,
    policies: settings.workflow.policies,
    now: new Date().toISOString(),
    leadHours: settings.workflow.expiryLeadHours,
  });
  const toggle = (postId: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(postId)) next.delete(postId);
      else next.add(postId);
      return next;
    });
  const notApproved: Record<string, string> = {};
  for (const post of posts) {
    const verdict = verdicts?.[post.id];
    if (verdict !== undefined && isUnverified(verdict))
      notApproved[post.id] = verdictText(t, verdict.reasons);
  }
  const chosen = posts.filter((post) => selected.has(post.id) && post.status === 'in_review');
  const table = (key: 'waiting' | 'mine' | 'approved') => (
    <QueueTable
      id={`queue-${key}`}
      heading={t(`reviewUi.queue.${key}`)}
      empty={t(`reviewUi.queue.${key}Empty`)}
      rows={queue[key]}
      profiles={profiles ?? []}
      settings={settings}
      selected={selected}
      onToggle={toggle}
      notApproved={notApproved}
    />
  );

  return (
    <section className="cd-review-queue" aria-labelledby="review-queue-heading">
      <h1 id="review-queue-heading">{t('reviewUi.queue.heading')}</h1>
      {table('waiting')}
      {profile.roles.some((role) => role === 'editor' || role === 'admin') && table('mine')}
      {table('approved')}
      <ReviewFilePanel settings={settings} profile={profile} chosen={chosen} />
    </section>
  );
}
