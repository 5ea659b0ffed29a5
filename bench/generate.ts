/**
 * Seeded data for the benchmark: posts spread over three years on the four networks with realistic text lengths,
 * and small generated PNG images. The same seed gives the same data, in Node and in the browser.
 */
import { zlibSync } from 'fflate';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { CHANNELS, type Channel } from '../shared/model/channels';
import type { MediaMeta } from '../shared/model/media';
import { POST_STATUSES, type Post, type PostStatus } from '../shared/model/post';
import { newDraftPost } from '../shared/model/postInput';
import { isoToUtc, zonedDateTimeToIso } from '../shared/time/zoned';

/** mulberry32: a small, fast, well-mixed 32-bit PRNG; enough for test data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'Bürgeramt Termin Stadt Verwaltung Information heute morgen Woche Veranstaltung Sprechstunde Bibliothek ' +
  'Feuerwehr Polizei Sicherheit Verkehr Baustelle Umleitung Schule Kita Anmeldung Formular online Service ' +
  'Wahl Bürgerinnen Bürger Rathaus Sitzung Beschluss Haushalt Förderung Klima Radweg Park Sommerfest ' +
  'Ausbildung Stelle Bewerbung Team Kolleginnen Kollegen Einladung Frist Antrag Unterlagen Öffnungszeiten ' +
  'geschlossen geöffnet neu wichtig bitte beachten finden Sie hier mehr erfahren unsere Ihre die der das und ' +
  'mit für von zum zur im am auf in bei nach über wir laden ein informieren freuen uns Einwohnerversammlung'
).split(' ');

const HASHTAGS = [
  '#Rathaus',
  '#Bürgerservice',
  '#Ausbildung',
  '#Verkehr',
  '#Sicherheit',
  '#Klima',
  '#Ehrenamt',
];

/** Characters of a network's text: typical ranges of public-sector posts (X within its 280). */
const TEXT_LENGTH: Record<Channel, [number, number]> = {
  linkedin: [500, 1300],
  facebook: [200, 900],
  instagram: [400, 2200],
  x: [120, 270],
};

const CATEGORIES = ['Service', 'Karriere', 'Veranstaltung', 'Verkehr', 'Krise', null] as const;

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

/** German-looking sentences of about `length` characters (never more). */
export function germanText(random: () => number, length: number): string {
  let text = '';
  while (text.length < length) {
    const words = Array.from({ length: 6 + Math.floor(random() * 12) }, () => pick(random, WORDS));
    const first = words[0] ?? 'Heute';
    words[0] = first.charAt(0).toUpperCase() + first.slice(1);
    const sentence = `${words.join(' ')}${random() < 0.15 ? '?' : '.'}`;
    text += (text === '' ? '' : ' ') + sentence;
  }
  if (random() < 0.5) text = `${text.slice(0, length - 20)} ${pick(random, HASHTAGS)}`;
  return text.slice(0, length).trimEnd();
}

export interface PostSetOptions {
  seed: number;
  count: number;
  /** First day `YYYY-MM-DD` (organisation time); posts are spread evenly over `days` days from there. */
  from: string;
  days: number;
  timeZone: string;
  /** Media ids to attach (each post gets 0–2 of them, at random). */
  mediaIds?: readonly string[];
  /** Every post gets this status (default: a mix, mostly drafts and approved). */
  status?: PostStatus;
  actorId?: string;
  /** Creation time of every post (default 2026-01-01). */
  now?: Date;
}

const STATUS_WEIGHTS: [PostStatus, number][] = [
  ['draft', 0.35],
  ['in_review', 0.1],
  ['approved', 0.2],
  ['exported', 0.1],
  ['published', 0.2],
  ['archived', 0.05],
];

function weightedStatus(random: () => number): PostStatus {
  let roll = random();
  for (const [status, weight] of STATUS_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return status;
  }
  return 'draft';
}

function addDays(date: string, days: number): string {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** `count` posts between `from` and `from + days`, with 1–4 networks each and a text per network. */
export function generatePosts(options: PostSetOptions): Post[] {
  const random = seededRandom(options.seed);
  const actorId = options.actorId ?? 'ada';
  const now = options.now ?? new Date('2026-01-01T08:00:00Z');
  const posts: Post[] = [];
  for (let index = 0; index < options.count; index += 1) {
    const channels = CHANNELS.filter(() => random() < 0.55);
    if (channels.length === 0) channels.push(pick(random, CHANNELS));
    const variants = channels.map((channel) => {
      const [min, max] = TEXT_LENGTH[channel];
      return {
        channel,
        format: 'feed' as const,
        text: germanText(random, min + Math.floor(random() * (max - min))),
        mediaIds: [] as string[],
      };
    });
    const mediaIds = options.mediaIds ?? [];
    const media =
      mediaIds.length === 0
        ? []
        : Array.from({ length: Math.floor(random() * 3) }, () => ({
            mediaId: pick(random, mediaIds),
            altText: germanText(random, 80),
          })).filter(
            (item, position, all) => all.findIndex((other) => other.mediaId === item.mediaId) === position,
          );
    for (const variant of variants) variant.mediaIds = media.map((item) => item.mediaId);
    const date = addDays(options.from, Math.floor((index * options.days) / options.count));
    const time = `${String(7 + Math.floor(random() * 12)).padStart(2, '0')}:${pick(random, ['00', '15', '30', '45'])}`;
    const scheduledAt = zonedDateTimeToIso(date, time, options.timeZone);
    const id = `bench-${options.seed}-${String(index).padStart(6, '0')}`;
    const post = newDraftPost(
      {
        title: germanText(random, 20 + Math.floor(random() * 40)),
        channels,
        text: variants[0]?.text ?? '',
        variants,
        variantsLinked: false,
        media,
        campaignId: null,
        category: pick(random, CATEGORIES),
        template: null,
        scheduledAt,
        scheduledAtUtc: isoToUtc(scheduledAt),
      },
      { id, actorId, now },
    );
    const status = options.status ?? weightedStatus(random);
    posts.push({ ...post, status: POST_STATUSES.includes(status) ? status : 'draft' });
  }
  return posts;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i += 1) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A small RGB PNG (`width` × `height`) of coloured blocks. */
export function generatePng(random: () => number, width = 96, height = 64): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8);
  const colours = Array.from({ length: 6 }, () =>
    [random() * 255, random() * 255, random() * 255].map(Math.floor),
  );
  const raw = new Uint8Array(height * (1 + width * 3));
  for (let y = 0; y < height; y += 1) {
    const row = y * (1 + width * 3);
    for (let x = 0; x < width; x += 1) {
      const colour = colours[(Math.floor(x / 16) + Math.floor(y / 16)) % colours.length] ?? [0, 0, 0];
      raw.set(colour, row + 1 + x * 3);
    }
  }
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlibSync(raw)),
    chunk('IEND', new Uint8Array(0)),
  ];
  const png = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    png.set(part, offset);
    offset += part.length;
  }
  return png;
}

export interface GeneratedImage {
  meta: MediaMeta;
  bytes: Uint8Array;
}

/** `count` distinct small PNGs with their metadata (id = SHA-256 of the bytes, as the app stores media). */
export function generateImages(seed: number, count: number): GeneratedImage[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => {
    const bytes = generatePng(random);
    const id = bytesToHex(sha256(bytes));
    const meta: MediaMeta = {
      id,
      kind: 'image',
      mimeType: 'image/png',
      byteLength: bytes.length,
      width: 96,
      height: 64,
      durationSeconds: null,
      fileName: `bild-${index + 1}.png`,
      hasSubtitles: false,
      showsPeople: false,
      consentIds: [],
      createdAt: '2026-01-01T08:00:00.000Z',
    };
    return { meta, bytes };
  });
}

/** A caption of exactly `length` characters for the check engine's figure. */
export function benchCaption(seed: number, length = 2200): string {
  const random = seededRandom(seed);
  let text = germanText(random, length + 200);
  while (text.length < length) text += ` ${germanText(random, length)}`;
  return text.slice(0, length);
}
