/**
 * Word (.docx) to text with mammoth. The archive is judged first, from its ZIP directory:
 * something other than a Word document (a workbook, an e-book, any ZIP) and a document that
 * would unpack to more than MAX_DOCX_EXPANDED_BYTES (a ZIP bomb) are refused before mammoth,
 * which unpacks in memory, ever sees them.
 */
import { Buffer } from 'node:buffer';
import mammoth from 'mammoth';
import { IngestError } from './errors.js';
import { MAX_DOCX_EXPANDED_BYTES, MAX_DOCX_XML_BYTES, describeBytes } from './limits.js';
import { listZip, readZipEntry, type ZipEntry } from './zip.js';

export interface DocxText {
  text: string;
  title: string | null;
  author: string | null;
}

/** What a ZIP that is not a Word document is, by the parts it holds. */
function otherKind(names: Set<string>, list: string[]): string {
  if (list.some((n) => n.startsWith('xl/'))) return 'an Excel workbook';
  if (list.some((n) => n.startsWith('ppt/'))) return 'a PowerPoint presentation';
  if (names.has('mimetype') && names.has('content.xml')) return 'an OpenDocument file (save it as .docx)';
  if (names.has('META-INF/container.xml')) return 'an e-book';
  return 'a ZIP archive';
}

function checkArchive(entries: ZipEntry[]): void {
  const list = entries.map((e) => e.name);
  const names = new Set(list);
  if (!names.has('[Content_Types].xml') || !list.some((n) => /^word\/[^/]+\.xml$/.test(n))) {
    throw new IngestError(`it is ${otherKind(names, list)}, not a Word (.docx) document`);
  }
  const xml = entries.filter((e) => /\.(xml|rels)$/i.test(e.name)).reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (xml > MAX_DOCX_XML_BYTES) {
    throw new IngestError(`the Word document's text would unpack to ${describeBytes(xml)} (the limit is ${describeBytes(MAX_DOCX_XML_BYTES)})`);
  }
  const expanded = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (expanded > MAX_DOCX_EXPANDED_BYTES) {
    throw new IngestError(`the Word document would unpack to ${describeBytes(expanded)} (the limit is ${describeBytes(MAX_DOCX_EXPANDED_BYTES)}); it may be a ZIP bomb`);
  }
}

/** Inflates every XML part within its declared size: a directory that understates sizes is a bomb too. */
function checkDeclaredSizes(bytes: Uint8Array, entries: ZipEntry[]): Map<string, Buffer> {
  const parts = new Map<string, Buffer>();
  for (const entry of entries) {
    if (!/\.(xml|rels)$/i.test(entry.name)) continue;
    const data = readZipEntry(bytes, entry);
    if (!data) throw new IngestError('the Word document unpacks to more than its ZIP directory declares; it may be a ZIP bomb');
    parts.set(entry.name, data);
  }
  return parts;
}

function coreProperty(xml: string | undefined, tag: string): string | null {
  const match = xml && new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
  const value = match?.[1]
    ?.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
    .trim();
  return value || null;
}

export async function extractDocx(bytes: Uint8Array): Promise<DocxText> {
  const entries = listZip(bytes);
  checkArchive(entries);
  const parts = checkDeclaredSizes(bytes, entries);
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch {
    throw new IngestError('the Word document is damaged and cannot be read');
  }
  const text = raw.split(/\n+/).map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
  const core = parts.get('docProps/core.xml')?.toString('utf8');
  return { text, title: coreProperty(core, 'dc:title'), author: coreProperty(core, 'dc:creator') };
}
