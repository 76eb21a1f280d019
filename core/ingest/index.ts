/**
 * Ingest: any supported input becomes a SourceDoc with clean text and paragraph spans.
 * OWNER: ingest helper C (issue 5) deepens the formats; the entry points below are the contract.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { SourceDoc, SourceKind } from '../model/briefing.js';
import { splitParagraphs } from '../analyse/text/sentences.js';
import { IngestError } from './errors.js';

export { IngestError };

export interface IngestMeta {
  /** Shown in the sources list; defaults to the first line of the text or the file name. */
  title?: string;
  origin: string;
  kind: SourceKind;
  publishedAt?: string | null;
  byline?: string | null;
}

/** Normalises line breaks and whitespace so that offsets computed on the result are stable. */
export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

export function sourceFromText(raw: string, meta: IngestMeta): SourceDoc {
  const text = normaliseText(raw);
  if (!text) throw new IngestError('it contains no text');
  const firstLine = text.split('\n', 1)[0]?.trim() ?? '';
  return {
    id: `src-${randomUUID().slice(0, 8)}`,
    title: meta.title?.trim() || firstLine.slice(0, 120) || meta.origin,
    origin: meta.origin,
    kind: meta.kind,
    publishedAt: meta.publishedAt ?? null,
    byline: meta.byline ?? null,
    text,
    paragraphs: splitParagraphs(text),
    addedAt: new Date().toISOString(),
    addedInVersion: 1,
  };
}

export function ingestText(text: string, title = ''): SourceDoc {
  return sourceFromText(text, { title, origin: 'pasted text', kind: 'paste' });
}

/** Ingests file contents by the file name's extension. */
export async function ingestBytes(bytes: Uint8Array, name: string, origin = name): Promise<SourceDoc> {
  const ext = extname(name).toLowerCase();
  if (bytes.byteLength === 0) throw new IngestError('the file is empty');
  if (ext === '.txt' || ext === '.md' || ext === '.markdown' || ext === '') {
    const text = new TextDecoder('utf-8').decode(bytes);
    return sourceFromText(text, { origin, kind: ext === '.txt' || ext === '' ? 'text' : 'markdown', title: '' });
  }
  throw new IngestError(`${ext} files are not supported`);
}

export async function ingestFile(path: string): Promise<SourceDoc> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new IngestError('it is not a file');
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof IngestError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new IngestError(code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : 'the file cannot be read');
  }
  return ingestBytes(bytes, basename(path), path);
}

export async function ingestUrl(url: string): Promise<SourceDoc> {
  throw new IngestError(`fetching URLs is not supported yet (${url})`);
}
