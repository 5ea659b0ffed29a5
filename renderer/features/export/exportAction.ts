/**
 * The export itself: build the file of the chosen format, save it through the platform (a save dialog in
 * Electron, a download in the browser), then mark the posts exported with the file's name and SHA-256. Only a
 * `saved` answer marks anything: a cancelled save or one the desktop refused (a nearly full drive, a failed write)
 * marks nothing.
 */
import { buildExportFile, type ExportFileFormat } from '../../../shared/export/exportFiles';
import { signPublishPackage } from '../../../shared/export/packageSignature';
import { sha256Hex } from '../../../shared/export/publishPackage';
import type { DateOrder } from '../../../shared/export/schedulerCsv';
import { postsWithRows } from '../../../shared/export/schedulerRules';
import type { SaveFailure } from '../../../shared/ipc/contract';
import type { ExportPost } from '../../../shared/export/types';
import { loadPackageMedia, markExported } from '../../data/export/exportRepository';
import { loadPackageSigner } from '../../data/export/packageSigner';
import { getPlatform } from '../../platform/platform';

export interface ExportRequest {
  posts: readonly ExportPost[];
  format: ExportFileFormat;
  timeZone: string;
  fromDate: string;
  toDate: string;
  dateOrder: DateOrder;
  bom: boolean;
  formulaProtection: boolean;
  calendarName: string;
}

export type ExportOutcome =
  | { kind: 'saved'; count: number; fileName: string; sha256: string; missingMedia: number }
  | { kind: 'cancelled' }
  /** The desktop did not save the file (nothing written, nothing marked). */
  | { kind: 'failed'; failure: SaveFailure }
  /** `reason`: an i18n key. */
  | { kind: 'refused'; reason: string };

export type PrintOutcome =
  | { kind: 'saved'; fileName: string }
  | { kind: 'cancelled' }
  | { kind: 'printed' }
  | { kind: 'failed'; failure: SaveFailure };

/**
 * Prints the week plan through the platform: in Electron a PDF (A4 landscape) saved where the person chooses, in
 * the browser the print dialog (`printed`: whether a PDF was made is unknown).
 */
export async function printWeekPlan(suggestedName: string): Promise<PrintOutcome> {
  const result = await getPlatform().printToPdf({ suggestedName });
  if (result.status === 'saved') return { kind: 'saved', fileName: result.fileName };
  if (result.status === 'failed') return { kind: 'failed', failure: result };
  return { kind: result.status };
}

export async function exportAndMark(
  request: ExportRequest,
  actor: { actorId: string; now: Date },
): Promise<ExportOutcome> {
  const mediaIds = request.posts.flatMap((post) => post.media.map((attachment) => attachment.mediaId));
  // The publish package is signed whole by the exporting profile's confirmed key (shared/export/packageSignature.ts).
  const signing = request.format === 'zip' ? await loadPackageSigner(actor.actorId, actor.now) : null;
  if (signing !== null && !signing.ok) return { kind: 'refused', reason: signing.reason };
  const media = request.format === 'zip' ? await loadPackageMedia(mediaIds) : {};
  const built = buildExportFile(request.posts, {
    format: request.format,
    timeZone: request.timeZone,
    now: actor.now,
    fromDate: request.fromDate,
    toDate: request.toDate,
    dateOrder: request.dateOrder,
    bom: request.bom,
    formulaProtection: request.formulaProtection,
    media,
    calendarName: request.calendarName,
    ...(signing === null ? {} : { exporter: signing.exporter }),
  });
  const file =
    signing === null || built.package === undefined
      ? built
      : { ...built, bytes: await signPublishPackage(built.package, signing.signer) };
  const saved = await getPlatform().saveFile({
    suggestedName: file.name,
    // A copy on a plain ArrayBuffer, as the bridge's contract asks.
    bytes: new Uint8Array(file.bytes),
    filters: [file.filter],
  });
  if (saved.status === 'cancelled') return { kind: 'cancelled' };
  if (saved.status === 'failed') return { kind: 'failed', failure: saved };
  const sha256 = sha256Hex(file.bytes);
  // A post none of whose rows a scheduler CSV could take was not exported (the page listed why).
  const marked = await markExported(
    postsWithRows(request.posts, file.leftOut ?? []).map((post) => post.id),
    { fileName: saved.fileName, sha256 },
    actor,
  );
  if (!marked.ok) return { kind: 'refused', reason: marked.reason };
  return {
    kind: 'saved',
    count: marked.posts.length,
    fileName: saved.fileName,
    sha256,
    missingMedia: file.missingMedia.length,
  };
}
