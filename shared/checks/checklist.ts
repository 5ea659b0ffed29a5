/**
 * The organisation's own checklist: items people tick per post (who and when), with the networks and categories
 * each applies to. The defaults come from the social media concept of a German town.
 */
import { z } from 'zod';
import { CHANNELS, type Channel } from '../model/channels';

export const checklistItemSchema = z
  .object({
    id: z.string().min(1).max(60),
    text: z.string().trim().min(1).max(300),
    required: z.boolean(),
    /** Categories the item applies to; empty: every category. */
    categories: z.array(z.string().trim().min(1).max(60)).max(20),
    /** Networks the item applies to; empty: every network. */
    channels: z.array(z.enum(CHANNELS)).max(4),
  })
  .strict();

export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const DEFAULT_CHECKLIST: ChecklistItem[] = [
  { id: 'goal', text: 'Zielgruppe und Ziel sind klar.', required: true, categories: [], channels: [] },
  { id: 'audience', text: 'Der Inhalt passt zur Zielgruppe.', required: true, categories: [], channels: [] },
  {
    id: 'tone',
    text: 'Der Ton passt zum Thema; kein Humor in einer Krise.',
    required: true,
    categories: [],
    channels: [],
  },
  { id: 'facts', text: 'Die Fakten sind geprüft.', required: true, categories: [], channels: [] },
  {
    id: 'netiquette',
    text: 'Die Netiquette ist verlinkt, wo Kommentare erwartet werden.',
    required: false,
    categories: [],
    channels: [],
  },
  {
    id: 'thirdParties',
    text: 'Keine personenbezogenen Daten Dritter.',
    required: true,
    categories: [],
    channels: [],
  },
  {
    id: 'imageRights',
    text: 'Bildrechte und Einwilligungen sind geklärt.',
    required: true,
    categories: [],
    channels: [],
  },
  {
    id: 'moderation',
    text: 'Es ist geregelt, wer die Kommentare beantwortet.',
    required: false,
    categories: [],
    channels: [],
  },
];

/** The items that apply to a post of `category` planned for `channels`. */
export function applicableItems(
  items: readonly ChecklistItem[],
  category: string | null,
  channels: readonly Channel[],
): ChecklistItem[] {
  return items.filter(
    (item) =>
      (item.categories.length === 0 || (category !== null && item.categories.includes(category))) &&
      (item.channels.length === 0 || item.channels.some((channel) => channels.includes(channel))),
  );
}
