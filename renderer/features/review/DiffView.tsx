/** The side-by-side diff against the last reviewed version: changed words marked by colour and by strike/underline. */
import { useTranslation } from 'react-i18next';
import { publishedContent } from '../../../shared/approval/contentHash';
import type { Post } from '../../../shared/model/post';
import type { StoredProfile } from '../../../shared/model/profile';
import { reviewDiff, type DiffSection, type DiffSegment } from '../../../shared/review/diff';
import { formatInstant, nameOf } from './format';

interface DiffViewProps {
  post: Post;
  profiles: readonly StoredProfile[];
  timeZone: string;
  locale: string;
}

function Segments({ segments }: { segments: DiffSegment[] }) {
  const { t } = useTranslation();
  return (
    <>
      {segments.map((segment, index) =>
        segment.kind === 'same' ? (
          <span key={index}>{segment.text}</span>
        ) : segment.kind === 'added' ? (
          <ins key={index} className="cd-diff-added" title={t('reviewUi.dialog.added')}>
            {segment.text}
          </ins>
        ) : (
          <del key={index} className="cd-diff-removed" title={t('reviewUi.dialog.removed')}>
            {segment.text}
          </del>
        ),
      )}
    </>
  );
}

const ROW_LABELS = ['format', 'text', 'media', 'title', 'schedule'] as const;

export function DiffView({ post, profiles, timeZone, locale }: DiffViewProps) {
  const { t } = useTranslation();
  const last = post.workflow.lastReviewed;
  const diff = reviewDiff(
    last === null ? null : { title: last.title, content: last.content },
    { title: post.title, content: publishedContent(post) },
    {
      formatSchedule: (utc) => (utc === null ? '–' : formatInstant(utc, timeZone, locale)),
      // The composer's names of the formats ("Beitrag", not the stored key "feed").
      formatLabel: (format) => t(`composer.formats.${format}`),
    },
  );
  const sectionTitle = (section: DiffSection): string => {
    if (section.kind === 'variant' && section.channel !== null)
      return t('reviewUi.dialog.sections.variant', { network: t(`networks.${section.channel}`) });
    if (section.kind === 'title') return t('reviewUi.dialog.sections.title');
    if (section.kind === 'schedule') return t('reviewUi.dialog.sections.schedule');
    return t('reviewUi.dialog.sections.media');
  };
  const rowLabel = (label: string) => {
    const known = ROW_LABELS.find((entry) => entry === label);
    return known === undefined ? `#${label.slice(0, 8)}` : t(`reviewUi.dialog.rows.${known}`);
  };
  return (
    <section aria-labelledby="review-diff-heading">
      <h3 id="review-diff-heading">{t('reviewUi.dialog.diffHeading')}</h3>
      <p className="cd-hint">
        {last === null
          ? t('reviewUi.dialog.firstReview')
          : t('reviewUi.dialog.lastReviewed', {
              name: nameOf(profiles, last.byProfileId, last.byProfileId),
              at: formatInstant(last.at, timeZone, locale),
            })}
      </p>
      {diff.sections.map((section) => (
        <div key={section.key} className="cd-diff-section" data-changed={section.changed}>
          <h4>
            {sectionTitle(section)}
            {!section.changed && <span className="cd-hint"> ({t('reviewUi.dialog.unchanged')})</span>}
          </h4>
          <div className="cd-diff-grid" role="table" aria-label={sectionTitle(section)}>
            <div role="row" className="cd-diff-row">
              <span role="columnheader" />
              <span role="columnheader">{t('reviewUi.dialog.before')}</span>
              <span role="columnheader">{t('reviewUi.dialog.after')}</span>
            </div>
            {section.rows.map((row) => (
              <div role="row" key={row.label} className="cd-diff-row">
                <span role="rowheader">{rowLabel(row.label)}</span>
                <span role="cell" className="cd-diff-cell">
                  <Segments segments={row.left} />
                </span>
                <span role="cell" className="cd-diff-cell">
                  <Segments segments={row.right} />
                </span>
              </div>
            ))}
          </div>
        </div>
      ))}
    </section>
  );
}
