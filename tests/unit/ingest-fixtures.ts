/**
 * Fixtures for the ingest tests, generated at run time (no binaries in the repo): PDFs with
 * pdfmake and its Roboto fonts, Word documents with `docx`, PNGs and ZIPs by hand (including
 * ZIP bombs whose deflate streams repeat one fully flushed block, so a gigabyte costs a few KB).
 */
import { deflateRawSync, constants, crc32, deflateSync } from 'node:zlib';
import { join } from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { repoRoot } from '../helpers/paths.js';

const fontDir = join(repoRoot, 'node_modules', 'pdfmake', 'fonts', 'Roboto');
pdfmake.addFonts({
  Roboto: {
    normal: join(fontDir, 'Roboto-Regular.ttf'),
    bold: join(fontDir, 'Roboto-Medium.ttf'),
    italics: join(fontDir, 'Roboto-Italic.ttf'),
    bolditalics: join(fontDir, 'Roboto-MediumItalic.ttf'),
  },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontDir));

export async function pdfBytes(definition: TDocumentDefinitions): Promise<Uint8Array> {
  return new Uint8Array(await pdfmake.createPdf(definition).getBuffer());
}

/** A PDF with one paragraph per line of `lines`, justified and wrapped like a report. */
export function pdfOfParagraphs(lines: string[], extra: Partial<TDocumentDefinitions> = {}): Promise<Uint8Array> {
  const content: Content[] = lines.map((text) => ({ text, margin: [0, 0, 0, 8] as [number, number, number, number] }));
  return pdfBytes({ content, info: { title: lines[0] ?? '' }, ...extra });
}

export async function docxOfParagraphs(lines: string[], title?: string): Promise<Uint8Array> {
  const doc = new Document({
    ...(title ? { title } : {}),
    creator: 'Test Writer',
    sections: [{ children: lines.map((text, i) => new Paragraph(i === 0 ? { text, heading: HeadingLevel.HEADING_1 } : { children: [new TextRun(text)] })) }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A real (decodable) grey PNG, for "an image renamed .txt" and image-only PDFs. */
export function pngBytes(size = 16): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.alloc((size + 1) * size, 0x80);
  for (let y = 0; y < size; y++) rows[y * (size + 1)] = 0;
  return new Uint8Array(Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', new Uint8Array(0)),
  ]));
}

export interface ZipFixtureEntry {
  name: string;
  /** Stored (method 0) when `deflated` is not given. */
  data?: Uint8Array;
  deflated?: Uint8Array;
  /** The size the directory declares; defaults to the data's true size. */
  declaredSize?: number;
}

/** A ZIP archive from entries, with local headers, central directory and end record. */
export function zipBytes(entries: ZipFixtureEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const payload = Buffer.from(entry.deflated ?? entry.data ?? new Uint8Array(0));
    const size = entry.declaredSize ?? entry.data?.length ?? payload.length;
    const crc = entry.data ? crc32(entry.data) : 0;
    const method = entry.deflated ? 8 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(payload.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(payload.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, payload);
    centrals.push(central, name);
    offset += local.length + name.length + payload.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/**
 * A raw deflate stream that inflates to `megabytes` MB of zeros: one MB of zeros deflated and
 * fully flushed is a self-contained run of blocks, so it can be repeated, then closed by an
 * empty final block.
 */
export function zeroBomb(megabytes: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_FULL_FLUSH });
  const final = Buffer.from([0x03, 0x00]); // an empty fixed-Huffman block with BFINAL set
  return new Uint8Array(Buffer.concat([...Array.from({ length: megabytes }, () => block), final]));
}

/** The parts a ZIP needs for our reader to take it for a Word document. */
export const DOCX_SKELETON: ZipFixtureEntry[] = [
  { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
  { name: '_rels/.rels', data: Buffer.from('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>') },
];
