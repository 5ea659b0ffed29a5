/**
 * What a person types into the post form, and its validation. Errors are i18n keys per field, so the form can put
 * each message beside its field; nothing invalid reaches the database.
 */
import { isChannel, type Channel } from './channels';
import { CHANNEL_FORMATS, type MediaAttachment, type Variant } from './variant';
import { withChannels } from './postVariants';
import { contentHash } from '../approval/contentHash';
import { newPostWorkflow } from './postWorkflow';
import type { Post, TemplateUse } from './post';
import { unsafeTextCharacter, unsafeTitleCharacter } from './textSafety';
import { isPlainDate, isPlainTime, isoToUtc, zonedDateTimeToIso } from '../time/zoned';

export const TITLE_MAX_LENGTH = 200;
export const TEXT_MAX_LENGTH = 100_000;

export interface PostFormInput {
  title: string;
  channels: string[];
  /** `YYYY-MM-DD`, or empty for an unscheduled draft. */
  date: string;
  /** `HH:mm`; required when a date is given. */
  time: string;
  /** The master text. */
  text: string;
  /** The composer's variants; without them each network gets the master text. */
  variants?: Variant[];
  variantsLinked?: boolean;
  media?: MediaAttachment[];
  campaignId?: string | null;
  category?: string | null;
  template?: TemplateUse | null;
}

export interface ValidPostFields {
  title: string;
  channels: Channel[];
  text: string;
  variants: Variant[];
  variantsLinked: boolean;
  media: MediaAttachment[];
  campaignId: string | null;
  category: string | null;
  template: TemplateUse | null;
  scheduledAt: string | null;
  scheduledAtUtc: string | null;
}

export type PostFormField = 'title' | 'channels' | 'date' | 'time' | 'text';
/** Why a post's fields were refused; each code has a message `post.errors.<code>` in every language. */
export const POST_ERROR_CODES = [
  'titleRequired',
  'titleTooLong',
  'titleUnsafe',
  'channelRequired',
  'channelUnknown',
  'textTooLong',
  'textUnsafe',
  'dateInvalid',
  'timeInvalid',
] as const;
export type PostErrorCode = (typeof POST_ERROR_CODES)[number];
export type PostErrorKey = `post.errors.${PostErrorCode}`;
export type PostFormErrors = Partial<Record<PostFormField, PostErrorKey>>;

export type PostValidation = { ok: true; value: ValidPostFields } | { ok: false; errors: PostFormErrors };

/** A new draft from validated fields: not part of a series, created and last changed `now` by `actorId`. */
export function newDraftPost(
  fields: ValidPostFields,
  identity: { id: string; actorId: string; now: Date },
): Post {
  const now = identity.now.toISOString();
  const post: Post = {
    id: identity.id,
    ...fields,
    series: null,
    checks: { ticks: [], overrides: [] },
    status: 'draft',
    workflow: newPostWorkflow(identity.actorId, ''),
    notes: '',
    createdAt: now,
    updatedAt: now,
    createdBy: identity.actorId,
  };
  post.workflow.contentHash = contentHash(post);
  return post;
}

export function validatePostInput(input: PostFormInput, timeZone: string): PostValidation {
  const errors: PostFormErrors = {};
  const title = input.title.trim();
  if (title.length === 0) errors.title = 'post.errors.titleRequired';
  else if (title.length > TITLE_MAX_LENGTH) errors.title = 'post.errors.titleTooLong';
  else if (unsafeTitleCharacter(title) !== null) errors.title = 'post.errors.titleUnsafe';

  const channels = [...new Set(input.channels)];
  if (channels.length === 0) errors.channels = 'post.errors.channelRequired';
  else if (!channels.every(isChannel)) errors.channels = 'post.errors.channelUnknown';

  const variantTexts = (input.variants ?? []).map((variant) => variant.text);
  if ([input.text, ...variantTexts].some((text) => text.length > TEXT_MAX_LENGTH)) {
    errors.text = 'post.errors.textTooLong';
  } else if ([input.text, ...variantTexts].some((text) => unsafeTextCharacter(text) !== null)) {
    errors.text = 'post.errors.textUnsafe';
  }
  const formatsValid = (input.variants ?? []).every((variant) =>
    CHANNEL_FORMATS[variant.channel].includes(variant.format),
  );
  if (!formatsValid) errors.channels = 'post.errors.channelUnknown';

  const date = input.date.trim();
  const time = input.time.trim();
  let scheduledAt: string | null = null;
  if (date !== '' || time !== '') {
    if (!isPlainDate(date)) errors.date = 'post.errors.dateInvalid';
    if (!isPlainTime(time)) errors.time = 'post.errors.timeInvalid';
    if (!errors.date && !errors.time) scheduledAt = zonedDateTimeToIso(date, time, timeZone);
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const content = withChannels(
    {
      channels: [],
      text: input.text,
      variants: input.variants ?? [],
      variantsLinked: input.variantsLinked ?? true,
      media: input.media ?? [],
    },
    channels.filter(isChannel),
  );
  return {
    ok: true,
    value: {
      title,
      ...content,
      campaignId: input.campaignId ?? null,
      category: input.category?.trim() ? input.category.trim() : null,
      template: input.template ?? null,
      scheduledAt,
      scheduledAtUtc: scheduledAt === null ? null : isoToUtc(scheduledAt),
    },
  };
}
