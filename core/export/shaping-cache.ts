/**
 * Keeps shaped words across PDF exports. pdfkit shapes every word with fontkit (OpenType
 * substitution and kerning) and caches the result only for one document, and shaping is
 * most of an export's time: about a millisecond per new word. The app exports the same brief
 * over and over (PDF, again after an edit, print preview), so each font file keeps one word
 * cache for the life of the process.
 *
 * pdfkit exposes the per-document cache as `layoutCache` on each embedded font; pdfmake hands
 * out fonts through `PDFDocument.provideFont`. That method is wrapped once to swap in the
 * shared cache. A shaped word is only read for its glyph ids, advances and code points,
 * which depend on the font file alone, so sharing it between documents is safe. If either
 * library changes shape, the wrapper does nothing and exports are merely slower.
 */
import { createRequire } from 'node:module';

interface EmbeddedFontLike {
  layoutCache?: Record<string, unknown> | null;
}

interface PdfmakeDocument {
  fonts?: Record<string, Record<string, unknown>>;
  provideFont(family: string, bold: boolean, italics: boolean): EmbeddedFontLike;
}

/** Words per font before its cache starts afresh, bounding memory (a word costs ~1 KB). */
const MAX_WORDS = 40_000;

const caches = new Map<string, Record<string, unknown>>();
const shared = new WeakSet<object>();
let installed = false;

/** Called once per font per document (pdfmake asks for a font on every text run; later asks find it swapped). */
function sharedCache(file: string): Record<string, unknown> {
  let words = caches.get(file);
  if (!words || Object.keys(words).length > MAX_WORDS) {
    words = Object.create(null) as Record<string, unknown>;
    caches.set(file, words);
    shared.add(words);
  }
  return words;
}

/** Forgets every shaped word (the benchmark uses it to time an export that starts cold). */
export function resetShapingCache(): void {
  caches.clear();
}

export function installShapingCache(): void {
  if (installed) return;
  installed = true;
  let proto: PdfmakeDocument | undefined;
  try {
    const mod = createRequire(import.meta.url)('pdfmake/js/PDFDocument.js') as { default?: { prototype?: PdfmakeDocument } };
    proto = mod.default?.prototype;
  } catch {
    return;
  }
  if (!proto || typeof proto.provideFont !== 'function') return;
  const provideFont = proto.provideFont;
  proto.provideFont = function (this: PdfmakeDocument, family, bold, italics) {
    const font = provideFont.call(this, family, bold, italics);
    const type = bold && italics ? 'bolditalics' : bold ? 'bold' : italics ? 'italics' : 'normal';
    const file = this.fonts?.[family]?.[type];
    const own = font?.layoutCache;
    if (typeof own === 'object' && own !== null && !shared.has(own) && typeof file === 'string') {
      font.layoutCache = sharedCache(file);
    }
    return font;
  };
}
