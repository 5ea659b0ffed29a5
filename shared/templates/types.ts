/**
 * Post templates: a master text with `{{fieldId}}` placeholders and the fields a person fills in. Built-in
 * templates ship with the app (builtIn.ts); user-saved templates are validated with `userTemplateSchema`, whose
 * errors are i18n keys (`templates.errors.*`, see messages.ts).
 */
import { z } from 'zod';

export const TEMPLATE_KINDS = ['quiz', 'staffPortrait', 'recruiting', 'event', 'crisis', 'custom'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const TEMPLATE_FIELD_TYPES = ['text', 'multiline', 'date', 'url', 'list'] as const;
export type TemplateFieldType = (typeof TEMPLATE_FIELD_TYPES)[number];

export interface TemplateField {
  /** Name of the placeholder: `{{id}}`. Letters, digits and `_`, starting with a letter. */
  id: string;
  /** German label of the form field. */
  label: string;
  /**
   * `date`: `YYYY-MM-DD`, rendered in the post's locale (dd.MM.yyyy in German). `url`: http(s) address.
   * `list`: items (an array, or one item per line), rendered as lettered lines `A) …`, `B) …`.
   */
  type: TemplateFieldType;
  required: boolean;
}

export interface PostTemplate {
  id: string;
  kind: TemplateKind;
  name: string;
  fields: TemplateField[];
  /** Pattern of the post's (internal) title, with placeholders; empty: the template's name. */
  title: string;
  /** Master text with `{{fieldId}}` placeholders. */
  body: string;
  builtIn: boolean;
  category: string | null;
  /** Posts from this template usually show a person: publishing needs their documented consent. */
  requiresConsent: boolean;
}

/** What a person filled in, by field id. List fields take an array or one item per line. */
export type TemplateValues = Readonly<Record<string, string | readonly string[] | undefined>>;

export const FIELD_ID_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;
export const TEMPLATE_NAME_MAX_LENGTH = 80;
export const TEMPLATE_BODY_MAX_LENGTH = 10_000;
export const TEMPLATE_MAX_FIELDS = 30;

const templateFieldSchema = z
  .object({
    id: z.string().regex(FIELD_ID_PATTERN, { error: 'templates.errors.fieldIdInvalid' }),
    label: z
      .string()
      .trim()
      .min(1, { error: 'templates.errors.fieldLabelRequired' })
      .max(TEMPLATE_NAME_MAX_LENGTH, { error: 'templates.errors.fieldLabelTooLong' }),
    type: z.enum(TEMPLATE_FIELD_TYPES, { error: 'templates.errors.fieldTypeInvalid' }),
    required: z.boolean(),
  })
  .strict();

/** A template a person saved. Built-in templates are not stored, so `builtIn` is always false here. */
export const userTemplateSchema = z
  .object({
    id: z.uuid({ error: 'templates.errors.idInvalid' }),
    kind: z.enum(TEMPLATE_KINDS, { error: 'templates.errors.kindInvalid' }),
    name: z
      .string()
      .trim()
      .min(1, { error: 'templates.errors.nameRequired' })
      .max(TEMPLATE_NAME_MAX_LENGTH, { error: 'templates.errors.nameTooLong' }),
    fields: z
      .array(templateFieldSchema)
      .max(TEMPLATE_MAX_FIELDS, { error: 'templates.errors.tooManyFields' }),
    title: z.string().max(200, { error: 'templates.errors.titleTooLong' }),
    body: z
      .string()
      .refine((body) => body.trim().length > 0, { error: 'templates.errors.bodyRequired' })
      .refine((body) => body.length <= TEMPLATE_BODY_MAX_LENGTH, { error: 'templates.errors.bodyTooLong' }),
    builtIn: z.literal(false),
    category: z
      .string()
      .trim()
      .min(1, { error: 'templates.errors.categoryInvalid' })
      .max(TEMPLATE_NAME_MAX_LENGTH, { error: 'templates.errors.categoryInvalid' })
      .nullable(),
    requiresConsent: z.boolean(),
  })
  .strict()
  .superRefine((template, context) => {
    const seen = new Set<string>();
    template.fields.forEach((field, index) => {
      if (seen.has(field.id)) {
        context.addIssue({
          code: 'custom',
          path: ['fields', index, 'id'],
          message: 'templates.errors.fieldIdDuplicate',
        });
      }
      seen.add(field.id);
    });
  });

export type UserTemplate = z.infer<typeof userTemplateSchema>;
// A valid user template is a PostTemplate.
const _isPostTemplate: UserTemplate extends PostTemplate ? true : never = true;
