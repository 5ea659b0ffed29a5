/**
 * The text of each page of a PDF as Chromium (Skia) writes it: pages with a content stream each (FlateDecode),
 * Type0 fonts with Identity-H encoding and a ToUnicode map, text shown with `<hex> Tj`. Enough to read back what
 * `page.pdf()` printed (running headers, page numbers, the plan's words); not a general PDF reader.
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dictionary: string;
  stream: Buffer | null;
}

function objectsOf(bytes: Buffer): Map<number, PdfObject> {
  const text = bytes.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\s*/g;
  for (let match = header.exec(text); match !== null; match = header.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endobj', start);
    if (end < 0) break;
    const body = text.slice(start, end);
    const streamAt = body.search(/stream\r?\n/);
    let stream: Buffer | null = null;
    if (streamAt >= 0) {
      const dataStart = start + streamAt + (body[streamAt + 6] === '\r' ? 8 : 7);
      const dataEnd = text.lastIndexOf('endstream', end);
      const raw = bytes.subarray(dataStart, dataEnd);
      stream = body.slice(0, streamAt).includes('/FlateDecode') ? inflateSync(raw) : raw;
    }
    objects.set(Number(match[1]), { dictionary: streamAt >= 0 ? body.slice(0, streamAt) : body, stream });
    header.lastIndex = end;
  }
  return objects;
}

function hexToCodes(hex: string, width: number): number[] {
  const codes: number[] = [];
  for (let index = 0; index + width <= hex.length; index += width) {
    codes.push(Number.parseInt(hex.slice(index, index + width), 16));
  }
  return codes;
}

function utf16(hex: string): string {
  return String.fromCharCode(...hexToCodes(hex, 4));
}

/** A ToUnicode CMap: glyph code → text (bfchar and bfrange entries). */
function parseCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const entry of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      map.set(Number.parseInt(entry[1] ?? '0', 16), utf16(entry[2] ?? ''));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const entry of (block[1] ?? '').matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g,
    )) {
      const low = Number.parseInt(entry[1] ?? '0', 16);
      const high = Number.parseInt(entry[2] ?? '0', 16);
      const first = Number.parseInt(entry[3] ?? '0', 16);
      for (let code = low; code <= high; code += 1) map.set(code, String.fromCharCode(first + code - low));
    }
  }
  return map;
}

/** The text of every page, in page order; the pieces of text of a page joined without separators. */
export function pdfPageTexts(bytes: Buffer): string[] {
  const objects = objectsOf(bytes);
  const cmapOf = (ref: number): Map<number, string> => {
    const font = objects.get(ref)?.dictionary ?? '';
    const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(font)?.[1];
    const stream = toUnicode === undefined ? null : (objects.get(Number(toUnicode))?.stream ?? null);
    return stream === null ? new Map<number, string>() : parseCMap(stream.toString('latin1'));
  };
  const pagesRoot = [...objects.values()].find((object) => /\/Type\s*\/Pages\b/.test(object.dictionary));
  const kids = [
    ...(/\/Kids\s*\[([^\]]*)\]/.exec(pagesRoot?.dictionary ?? '')?.[1] ?? '').matchAll(/(\d+) 0 R/g),
  ];
  return kids.map((kid) => {
    const page = objects.get(Number(kid[1]))?.dictionary ?? '';
    const fonts = new Map<string, Map<number, string>>();
    const fontBlock = /\/Font\s*<<([^>]*)>>/.exec(page)?.[1] ?? '';
    for (const entry of fontBlock.matchAll(/\/(\w+) (\d+) 0 R/g))
      fonts.set(entry[1] ?? '', cmapOf(Number(entry[2])));
    const contents = /\/Contents (\d+) 0 R/.exec(page)?.[1];
    const content =
      contents === undefined ? '' : (objects.get(Number(contents))?.stream?.toString('latin1') ?? '');
    let font = new Map<number, string>();
    let text = '';
    for (const token of content.matchAll(/\/(\w+) [\d.]+ Tf|<([0-9a-fA-F]*)> Tj|\[([^\]]*)\] TJ/g)) {
      if (token[1] !== undefined) font = fonts.get(token[1]) ?? new Map<number, string>();
      const hex =
        token[2] ?? [...(token[3] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map((part) => part[1]).join('');
      text += hexToCodes(hex, 4)
        .map((code) => font.get(code) ?? '')
        .join('');
    }
    return text;
  });
}
