/**
 * PDF to text with pdfjs-dist's legacy build (the one meant for Node). The worker code runs on
 * this thread (handed to pdfjs via `globalThis.pdfjsWorker`, so nothing is fetched or spawned),
 * `isEvalSupported: false` keeps font programs from being compiled with eval, and fonts are
 * never loaded into any page: we only read the text layer.
 */
/// <reference path="./pdfjs-worker.d.ts" />
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { IngestError } from './errors.js';
import { MAX_TEXT_CHARS } from './limits.js';
import { documentText, type PositionedText } from './pdf-layout.js';

export interface PdfText {
  text: string;
  title: string | null;
  author: string | null;
}

let workerReady: Promise<void> | null = null;

function useMainThreadWorker(): Promise<void> {
  workerReady ??= import('pdfjs-dist/legacy/build/pdf.worker.mjs').then((worker) => {
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = { WorkerMessageHandler: worker.WorkerMessageHandler };
  });
  return workerReady;
}

/** pdfjs's own font and CMap data, read from disk, for PDFs that use the standard 14 fonts or CJK encodings. */
function pdfjsDataDir(): string {
  return dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
}

function errorMessage(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return 'the PDF is password-protected; remove the password (print or save it without one) and add it again';
  if (name === 'InvalidPDFException') return 'the PDF is damaged or incomplete and cannot be read';
  return 'the PDF cannot be read (it may be damaged or incomplete)';
}

function infoString(info: unknown, key: string): string | null {
  const value = info && typeof info === 'object' ? (info as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function positioned(item: TextItem): PositionedText {
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
  return { str: item.str, x, y, width: item.width, size: Math.hypot(c, d) || Math.hypot(a, b) || item.height };
}

export async function extractPdf(bytes: Uint8Array): Promise<PdfText> {
  await useMainThreadWorker();
  const dataDir = pdfjsDataDir();
  const task = getDocument({
    // pdfjs takes ownership of (detaches) the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: true,
    verbosity: 0,
    standardFontDataUrl: join(dataDir, 'standard_fonts') + '/',
    cMapUrl: join(dataDir, 'cmaps') + '/',
    cMapPacked: true,
  });
  try {
    const doc = await task.promise;
    const pages: PositionedText[][] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items = content.items.filter((item): item is TextItem => 'str' in item).map(positioned);
      page.cleanup();
      // Stop reading a huge document as soon as it is over the cap, not after the last page.
      chars += items.reduce((sum, item) => sum + item.str.length, 0);
      if (chars > MAX_TEXT_CHARS) throw new IngestError(`its text is too long (more than ${MAX_TEXT_CHARS.toLocaleString('en')} characters by page ${n} of ${doc.numPages})`);
      pages.push(items);
    }
    const { info } = await doc.getMetadata().catch(() => ({ info: null }));
    const text = documentText(pages);
    if (!text.replace(/\s/g, '')) {
      throw new IngestError('the PDF has no text layer (it looks scanned or made of images); run it through OCR first');
    }
    return { text, title: infoString(info, 'Title'), author: infoString(info, 'Author') };
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError(errorMessage(error));
  } finally {
    await task.destroy();
  }
}
