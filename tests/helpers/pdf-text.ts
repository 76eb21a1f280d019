/**
 * Reads a PDF back the way a reader's copy-paste would: the text of each page, in order,
 * with pdf.js (legacy build, which runs in Node without a DOM).
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  /** Each page's text with its line breaks. */
  pages: string[];
  /** Each page's text with all whitespace, line breaks included, collapsed to single spaces. */
  flat: string[];
  /** All pages joined by form feeds, for order checks across page breaks. */
  all: string;
}

export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  // pdf.js takes ownership of the buffer it is given, so hand it a copy.
  const doc = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
      page.cleanup();
    }
    return { pages, flat: pages.map((p) => p.replace(/\s+/g, ' ').trim()), all: pages.join('\f') };
  } finally {
    await doc.destroy();
  }
}

export async function pdfPageCount(bytes: Uint8Array): Promise<number> {
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    return doc.numPages;
  } finally {
    await doc.destroy();
  }
}
