/** PDF export: the brief laid out by pdfmake 0.3 in Node, returned as bytes. */
import * as pdfmakeModule from 'pdfmake';
import type { Briefing } from '../model/briefing.js';
import { briefLayout } from './layout.js';
import { pdfDefinition } from './pdf-document.js';
import { pdfFonts } from './fonts.js';
import { installShapingCache } from './shaping-cache.js';
import { installTextRuns } from './text-runs.js';
import { installStyleLookup } from './style-lookup.js';
import { installContinuedHeadings } from './continued-headings.js';

export interface PdfOptions {
  /** Folder holding the Roboto TTFs; defaults to `assets/fonts`. */
  fontDir?: string;
}

type PdfMake = typeof pdfmakeModule;

/** pdfmake is CommonJS exporting one instance: Node's ESM loader puts it on `default`, bundlers on the namespace. */
function pdfmake(): PdfMake {
  const candidate = (pdfmakeModule as PdfMake & { default?: PdfMake }).default;
  return candidate && typeof candidate.createPdf === 'function' ? candidate : pdfmakeModule;
}

export async function briefToPdf(brief: Briefing, options: PdfOptions = {}): Promise<Uint8Array> {
  const maker = pdfmake();
  installShapingCache();
  installTextRuns();
  installStyleLookup();
  const continuedHeadings = installContinuedHeadings();
  const { fonts, files } = pdfFonts(options.fontDir);
  // pdfmake keeps fonts and policies on one shared instance, so set them for every document.
  maker.setUrlAccessPolicy(() => false);
  maker.setLocalAccessPolicy((path) => files.has(path));
  // pdfmake rewrites the descriptors it is given; hand it a copy so the cached set stays intact.
  maker.setFonts(structuredClone(fonts));
  const buffer = await maker.createPdf(pdfDefinition(briefLayout(brief), { continuedHeadings })).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
