/**
 * Ingest: any supported input becomes a SourceDoc with clean text and paragraph spans.
 * Every failure the user can act on is an IngestError with one plain sentence; the format
 * readers live beside this file (sniff, encoding, html, pdf, docx, markdown, url) and the
 * caps in limits.ts. The HTML, PDF and Word readers are loaded on first use: jsdom, pdfjs and
 * mammoth take seconds to load, which the CLI and app start should not pay for plain text.
 */
import { stat, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { SourceDoc, SourceKind } from '../model/briefing.js';
import { splitParagraphs } from '../analyse/text/sentences.js';
import { IngestError } from './errors.js';
import { MAX_SOURCE_BYTES, MAX_TEXT_CHARS, tooLargeMessage } from './limits.js';
import { isBinaryText, sniffFormat } from './sniff.js';
import { decodeText, htmlDeclaredCharset } from './encoding.js';
import { markdownToDoc } from './markdown.js';
import { repairMojibake } from './mojibake.js';
import { cleanByline, toIsoDate } from './meta-values.js';
import { unwrapHardWrapped } from './text-lines.js';
import { fetchSource, type FetchOptions } from './url.js';

export { IngestError };
export { MAX_SOURCE_BYTES, MAX_TEXT_CHARS } from './limits.js';
export type { FetchOptions } from './url.js';

export interface IngestMeta {
  /** Shown in the sources list; defaults to the first line of the text or the file name. */
  title?: string;
  origin: string;
  kind: SourceKind;
  publishedAt?: string | null;
  byline?: string | null;
}

/**
 * Normalises line breaks and whitespace so that offsets computed on the result are stable:
 * NFC (so "й" is one character whichever way the source composed it), one kind of line break,
 * no invisible characters (soft hyphens, zero-width spaces, BOMs, stray controls), single
 * spaces, no blank runs longer than one empty line.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/[\u00ad\u200b\u2060\ufeff\u0000-\u0008\u000e-\u001f\u007f]/g, '')
    .replace(/[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(/^ +| +$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function checkTextLength(length: number): void {
  if (length > MAX_TEXT_CHARS) {
    throw new IngestError(`its text is too long (${length.toLocaleString('en')} characters; the limit is ${MAX_TEXT_CHARS.toLocaleString('en')})`);
  }
}

/**
 * Every kind of source becomes a SourceDoc here, so this is where mis-decoded text
 * ("â€œ", "FranÃ§ois") is repaired: before normalising, so the spans cited later index the
 * repaired text.
 */
export function sourceFromText(raw: string, meta: IngestMeta): SourceDoc {
  checkTextLength(raw.length);
  const text = normaliseText(repairMojibake(raw));
  if (!text) throw new IngestError('it contains no text');
  const firstLine = text.split('\n', 1)[0]?.trim() ?? '';
  const title = meta.title && repairMojibake(meta.title).trim();
  return {
    id: `src-${randomUUID().slice(0, 8)}`,
    title: title || firstLine.slice(0, 120) || meta.origin,
    origin: meta.origin,
    kind: meta.kind,
    publishedAt: meta.publishedAt ?? null,
    byline: meta.byline != null ? repairMojibake(meta.byline) : null,
    text,
    paragraphs: splitParagraphs(text),
    addedAt: new Date().toISOString(),
    addedInVersion: 1,
  };
}

export function ingestText(text: string, title = ''): SourceDoc {
  return sourceFromText(text, { title, origin: 'pasted text', kind: 'paste' });
}

/** Titles that document metadata often carries but no reader wants ("Microsoft Word - draft3.docx"). */
function usableTitle(title: string | null): string | undefined {
  if (!title || /^(microsoft word - |untitled)|\.(docx?|pdf|indd|odt|rtf)$/i.test(title)) return undefined;
  return title;
}

interface ContentInfo {
  /** File name; its extension is a hint the content may overrule. */
  name: string;
  origin: string;
  /** Set for fetched sources, whose kind is `url` whatever the format. */
  url?: string;
  charset?: string | null;
}

/**
 * Runs a format reader. A library failing in a way no check foresaw (a stack overflow deep in
 * a parser, say) still reaches the user as one sentence about the file, never as a crash; the
 * library's error rides along as `cause`.
 */
async function guarded<T>(what: string, read: () => Promise<T> | T): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError(`${what} cannot be read`, { cause: error });
  }
}

async function ingestContent(bytes: Uint8Array, info: ContentInfo): Promise<SourceDoc> {
  if (bytes.byteLength === 0) throw new IngestError(info.url ? 'the server sent an empty document' : 'the file is empty');
  if (bytes.byteLength >= MAX_SOURCE_BYTES) throw new IngestError(tooLargeMessage(bytes.byteLength));
  const format = sniffFormat(bytes, info.name);
  const base = { origin: info.origin };
  const kindOr = (kind: SourceKind): SourceKind => (info.url ? 'url' : kind);
  if (format === 'pdf') {
    const { extractPdf } = await import('./pdf.js');
    const pdf = await guarded('the PDF', () => extractPdf(bytes));
    return sourceFromText(pdf.text, { ...base, kind: kindOr('pdf'), title: usableTitle(pdf.title), byline: pdf.author });
  }
  if (format === 'docx') {
    const { extractDocx } = await import('./docx.js');
    const docx = await guarded('the Word document', () => extractDocx(bytes));
    return sourceFromText(docx.text, { ...base, kind: kindOr('docx'), title: usableTitle(docx.title), byline: docx.author });
  }
  const declared = info.charset ?? (format === 'html' ? htmlDeclaredCharset(bytes) : null);
  // Repaired here as well as in sourceFromText: the readers below turn the no-break space in
  // "Â\u00a0" (a mis-decoded no-break space) into a plain one before sourceFromText sees it.
  const text = repairMojibake(decodeText(bytes, declared).text);
  if (isBinaryText(text)) throw new IngestError('it is not a text document (it looks like binary data)');
  checkTextLength(text.length);
  if (format === 'html') {
    const { extractHtml } = await import('./html.js');
    const page = await guarded('the web page', () => extractHtml(text, info.url));
    return sourceFromText(page.text, { ...base, kind: kindOr('html'), title: page.title ?? undefined, byline: page.byline, publishedAt: page.publishedAt });
  }
  if (format === 'markdown') {
    const doc = markdownToDoc(normaliseText(text));
    return sourceFromText(doc.text, { ...base, kind: kindOr('markdown'), title: doc.title ?? undefined, byline: cleanByline(doc.author), publishedAt: toIsoDate(doc.date) });
  }
  return sourceFromText(unwrapHardWrapped(normaliseText(text)), { ...base, kind: kindOr('text') });
}

/** Ingests file contents: the format comes from the content where it can, else from the name's extension. */
export async function ingestBytes(bytes: Uint8Array, name: string, origin = name): Promise<SourceDoc> {
  return ingestContent(bytes, { name, origin });
}

export async function ingestFile(path: string): Promise<SourceDoc> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new IngestError('it is not a file');
    // Refused from its size alone, before a byte is read.
    if (info.size >= MAX_SOURCE_BYTES) throw new IngestError(tooLargeMessage(info.size));
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof IngestError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new IngestError(code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : 'the file cannot be read');
  }
  return ingestBytes(bytes, basename(path), path);
}

/** Fetches an http(s) address (see url.ts for the limits) and ingests what it returns. */
export async function ingestUrl(url: string, options?: FetchOptions): Promise<SourceDoc> {
  const fetched = await fetchSource(url, options);
  return ingestContent(fetched.bytes, { name: fetched.name, origin: fetched.url, url: fetched.url, charset: fetched.charset });
}
