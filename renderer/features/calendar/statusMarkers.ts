/**
 * Each post status as a symbol with a colour of its own, so the calendar shows the status at a glance and not by
 * colour alone (WCAG 1.4.1): a different shape per status, the status in words beside it, and the same symbols in
 * the status filter as the legend. Symbols that the fonts of a bare Windows or Linux desktop have (Segoe UI Symbol,
 * DejaVu Sans): no emoji. Colours reach 4.5:1 on white (calendar.css).
 */
import type { PostStatus } from '../../../shared/model/post';

export const STATUS_SYMBOLS: Record<PostStatus, string> = {
  draft: '✎',
  in_review: '◐',
  changes_requested: '↺',
  approved: '✔',
  exported: '⇥',
  published: '◉',
  archived: '▭',
  withdrawn: '⊘',
  expired: '◷',
  on_hold: '‖',
};
