/**
 * Keeps each font file's parsed font and shaped words across PDF exports. pdfkit opens and
 * parses the font file again for every document, and shapes every word with fontkit
 * (OpenType substitution and kerning), caching the result only for that document; shaping is
 * the largest single cost of an export that meets new words. The app exports the same brief
 * over and over (PDF, again after an edit, print preview), so each font file keeps one parsed
 * font (its decoded tables and glyphs) and one word cache for the life of the process.
 *
 * pdfkit exposes the per-document pieces on each embedded font: `font` (the fontkit font),
 * `subset` (the glyphs this document embeds) and `layoutCache`; pdfmake hands out fonts
 * through `PDFDocument.provideFont`. That method is wrapped once to swap in the shared font
 * (with a fresh subset of its own for the document) and the shared cache. A shaped word is
 * only read for its glyph ids, advances and code points, which depend on the font file alone,
 * and a fontkit font is only read by layout and subsetting, so sharing them between documents
 * is safe. If either library changes shape, the wrapper does nothing and exports are merely
 * slower.
 */
import { pdfmakeModule } from './pdfmake-module.js';

interface FontkitFontLike {
  postscriptName?: string;
  createSubset(): unknown;
}

interface EmbeddedFontLike {
  font?: FontkitFontLike;
  subset?: unknown;
  layoutCache?: Record<string, unknown> | null;
}

interface PdfmakeDocument {
  fonts?: Record<string, Record<string, unknown>>;
  provideFont(family: string, bold: boolean, italics: boolean): EmbeddedFontLike;
}

/** Words per font before its cache starts afresh, bounding memory (a word costs ~1 KB). */
const MAX_WORDS = 40_000;

const caches = new Map<string, Record<string, unknown>>();
/** The first parsed font of each file; later documents embed from it. */
const parsed = new Map<string, FontkitFontLike>();
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

/** Points a freshly opened font at the file's first parsed font, with an empty subset of its own. */
function reuseParsedFont(file: string, font: EmbeddedFontLike): void {
  const own = font.font;
  if (!own || typeof own.createSubset !== 'function' || font.subset === undefined) return;
  const known = parsed.get(file);
  if (!known) {
    parsed.set(file, own);
  } else if (known !== own && known.postscriptName === own.postscriptName) {
    font.font = known;
    font.subset = known.createSubset();
  }
}

/** Forgets every shaped word (the benchmark uses it to time an export that starts cold). */
export function resetShapingCache(): void {
  caches.clear();
}

export function installShapingCache(): void {
  if (installed) return;
  installed = true;
  const proto = pdfmakeModule<{ prototype?: PdfmakeDocument }>('pdfmake/js/PDFDocument.js')?.prototype;
  if (!proto || typeof proto.provideFont !== 'function') return;
  const provideFont = proto.provideFont;
  proto.provideFont = function (this: PdfmakeDocument, family, bold, italics) {
    const font = provideFont.call(this, family, bold, italics);
    const type = bold && italics ? 'bolditalics' : bold ? 'bold' : italics ? 'italics' : 'normal';
    const file = this.fonts?.[family]?.[type];
    const own = font?.layoutCache;
    if (typeof own === 'object' && own !== null && !shared.has(own) && typeof file === 'string') {
      // First ask for this font in this document: pdfkit has just opened it.
      font.layoutCache = sharedCache(file);
      reuseParsedFont(file, font);
    }
    return font;
  };
}
