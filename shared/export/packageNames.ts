/**
 * File and folder names inside the publish package: ASCII only, no separators, no dots at the start, so no name
 * can leave its folder (no path traversal) or trip up Windows, macOS or a USB stick's FAT file system.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { ExportPost } from './types';

const GERMAN_LETTERS: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  ß: 'ss',
};
const SLUG_MAX_LENGTH = 50;
const UNSCHEDULED_PREFIX = 'ohne-termin';

/** `Bürgerfest: Grüße!` → `buergerfest-gruesse`; German letters transliterated, other accents dropped. */
export function slugify(text: string, fallback = 'beitrag'): string {
  const slug = text
    .replace(/[äöüÄÖÜß]/g, (char) => GERMAN_LETTERS[char] ?? char)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/g, '');
  return slug === '' ? fallback : slug;
}

/** `2026-11-26_1000` (date and time in the organisation's zone), or `ohne-termin`: how a post folder starts. */
export function folderTimePrefix(scheduledAt: string | null, timeZone: string): string {
  if (scheduledAt === null) return UNSCHEDULED_PREFIX;
  const instant = Date.parse(scheduledAt);
  if (Number.isNaN(instant)) return UNSCHEDULED_PREFIX;
  return format(new TZDate(instant, timeZone), 'yyyy-MM-dd_HHmm');
}

/** `2026-11-26_1000_buergerfest` (date and time in the organisation's zone), or `ohne-termin_<slug>`. */
export function postFolderBase(post: ExportPost, timeZone: string): string {
  return `${folderTimePrefix(post.scheduledAt, timeZone)}_${slugify(post.title)}`;
}

/** Hands out names, adding `-2`, `-3` … to a name already taken (compared case-insensitively). */
export function uniqueNamer(): (base: string) => string {
  const taken = new Set<string>();
  return (base) => {
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base}-${n}`;
    taken.add(name.toLowerCase());
    return name;
  };
}

const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
  'video/webm': 'webm',
};

/** The file extension for a MIME type (`bin` for one not known). */
export function extensionFor(mimeType: string): string {
  return Object.hasOwn(EXTENSIONS, mimeType) ? (EXTENSIONS[mimeType] ?? 'bin') : 'bin';
}

/** `bild-1.jpg`, `video-2.mp4`: numbered by the medium's place in the post. */
export function mediaFileName(mimeType: string, position: number): string {
  const stem = mimeType.startsWith('video/') ? 'video' : 'bild';
  return `${stem}-${position}.${extensionFor(mimeType)}`;
}
