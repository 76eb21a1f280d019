/** One entry for every export format: bytes out, the caller writes the file. */
import type { Briefing } from '../model/briefing.js';
import type { ExportFormat } from '../ipc/contract.js';
import { briefToPdf, type PdfOptions } from './pdf.js';
import { briefToDocx } from './docx.js';
import { briefToMarkdown } from './markdown.js';

export { briefToPdf, briefToDocx, briefToMarkdown };
export { briefToPrintHtml } from './print-html.js';
/** Only the PDF takes options (where its fonts are); the other formats need none. */
export type ExportOptions = PdfOptions;

export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = { pdf: 'pdf', docx: 'docx', md: 'md' };

export async function exportBrief(brief: Briefing, format: ExportFormat, options: ExportOptions = {}): Promise<Uint8Array> {
  switch (format) {
    case 'pdf': return briefToPdf(brief, options);
    case 'docx': return briefToDocx(brief);
    case 'md': return new TextEncoder().encode(briefToMarkdown(brief));
  }
}

/** A file name from the brief title: safe on every OS, never empty. */
export function exportFileName(brief: Briefing, format: ExportFormat): string {
  const stem = brief.title.normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'brief';
  return `${stem}.${EXPORT_EXTENSIONS[format]}`;
}
