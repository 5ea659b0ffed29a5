/** The German texts inside the publish package: the read-me for the person who posts, and the alt-text lists. */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { de } from 'date-fns/locale';
import { CHANNEL_NAMES, type Channel } from '../model/channels';
import type { PostFormat } from '../model/variant';

/** Windows line ends: the read-me is opened in Notepad on office PCs. */
const NL = '\r\n';

const FORMAT_NAMES: Record<PostFormat, string> = {
  feed: 'Beitrag',
  story: 'Story',
  reel: 'Reel',
  carousel: 'Karussell',
};

export interface ReadmePost {
  title: string;
  folder: string;
  scheduledAt: string | null;
  networks: { channel: Channel; format: PostFormat }[];
}

export interface AltTextEntry {
  file: string;
  altText: string;
  channels: Channel[];
}

function networkLabel({ channel, format: postFormat }: ReadmePost['networks'][number]): string {
  return postFormat === 'feed'
    ? CHANNEL_NAMES[channel]
    : `${CHANNEL_NAMES[channel]} (${FORMAT_NAMES[postFormat]})`;
}

function when(iso: string | null, timeZone: string): string {
  if (iso === null) return 'ohne Termin';
  return `${format(new TZDate(Date.parse(iso), timeZone), 'EEEEEE dd.MM.yyyy HH:mm', { locale: de })} Uhr`;
}

/**
 * `LIESMICH.txt`: what is in the package, how to post from it, and the list of posts. Part of the package format,
 * as `altTextsText` is: the verifier rebuilds it from the manifest, so a change to its wording needs a new
 * PUBLISH_PACKAGE_VERSION (and the old wording kept for the old version).
 */
export function readmeText(
  posts: readonly ReadmePost[],
  timeZone: string,
  now: Date,
  notes: readonly string[] = [],
): string {
  const created = format(new TZDate(now.getTime(), timeZone), "dd.MM.yyyy 'um' HH:mm", { locale: de });
  const lines = [
    'Veröffentlichungspaket aus Civic Desk',
    `Erstellt am ${created} Uhr (Zeitzone ${timeZone}).`,
    '',
    'Für jeden Beitrag gibt es einen Ordner (Datum, Uhrzeit, Titel). Darin finden Sie:',
    '- eine Textdatei je Netzwerk (z. B. instagram.txt): Text vollständig kopieren und unverändert einfügen;',
    '- die Bilder und Videos in Originalqualität (bild-1.jpg, video-1.mp4 …);',
    '- alt-texts.txt: den Alternativtext zu jedem Bild. Bitte tragen Sie ihn beim Hochladen immer ein, damit',
    '  auch Menschen mit Screenreader das Bild verstehen.',
    '',
    'Bitte veröffentlichen Sie jeden Beitrag zum angegebenen Zeitpunkt und ändern Sie Texte und Bilder nicht:',
    'Sie wurden genau so freigegeben. Muss etwas geändert werden, wenden Sie sich bitte an die Redaktion; der',
    'Beitrag braucht dann eine neue Freigabe.',
    '',
    'manifest.json enthält die Freigaben mit ihren Signaturen, den freigegebenen Inhalt jedes Beitrags und die',
    'Prüfsummen (SHA-256) aller Dateien. Damit lässt sich nachweisen, dass das Paket nicht verändert wurde',
    '(civic-desk verify-package). Der freigegebene Inhalt umfasst alle Netzwerke eines Beitrags, auch die, für die',
    'dieses Paket nicht erstellt wurde: Es sind freigegebene öffentliche Beiträge.',
    '',
    `Beiträge in diesem Paket (${posts.length}):`,
  ];
  for (const post of posts) {
    lines.push('');
    lines.push(
      `${when(post.scheduledAt, timeZone)} – ${post.title.trim() === '' ? '(ohne Titel)' : post.title}`,
    );
    lines.push(`  Ordner: ${post.folder}`);
    lines.push(`  Netzwerke: ${post.networks.map(networkLabel).join(', ')}`);
  }
  if (notes.length > 0) lines.push('', 'Hinweise:', ...notes.map((note) => `- ${note}`));
  return lines.join(NL) + NL;
}

/**
 * `alt-texts.txt` of one post: each image file with its alt text and the networks it is for. Part of the package
 * format: the verifier rebuilds this file from the approved alt texts and compares it byte for byte, so a change
 * to its wording needs a new PUBLISH_PACKAGE_VERSION (and the old wording kept for the old version).
 */
export function altTextsText(title: string, entries: readonly AltTextEntry[]): string {
  const lines = [`Bilder, Videos und Alternativtexte – ${title.trim() === '' ? '(ohne Titel)' : title}`];
  for (const entry of entries) {
    lines.push('');
    lines.push(entry.file);
    lines.push(
      `Alternativtext: ${entry.altText.trim() === '' ? '(fehlt)' : entry.altText.replace(/\r?\n/g, ' ')}`,
    );
    const networks = entry.channels.map((channel) => CHANNEL_NAMES[channel]).join(', ');
    lines.push(`Für: ${networks === '' ? '(in keiner Netzwerk-Variante verwendet)' : networks}`);
  }
  return lines.join(NL) + NL;
}
