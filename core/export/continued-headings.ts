/**
 * "Key quotes (continued)" at the top of a table that ran onto the next page, and plain "Key
 * quotes" where it starts. pdfmake repeats a table's header rows by copying the rows it drew
 * the first time, and offers no way to change the copy (bpampuch/pdfmake#531, open since 2016).
 *
 * So the heading row is laid out once with the continued mark already in it, as words marked
 * `CONTINUED_MARK`. When pdfmake snapshots the header rows for repeating
 * (`PageElementWriter.currentBlockToRepeatable`, used only for table headers), the snapshot
 * keeps the marked words and the rows drawn where the table starts lose them. The mark comes
 * last on its line and the line is left-aligned, so dropping it moves nothing else.
 *
 * The method is wrapped once. If pdfmake changes shape, `installContinuedHeadings` returns
 * false and the document is built without the mark: repeated headings then read as before.
 */
import { pdfmakeModule } from './pdfmake-module.js';

/** The property a text node sets to be shown only in a repeated header. */
export const CONTINUED_MARK = 'sitbriefContinued';

interface LineLike {
  inlines: Record<string, unknown>[];
  clone(): LineLike;
}

interface PageItem {
  type: string;
  item: unknown;
}

interface Repeatable {
  items: PageItem[];
}

interface WriterLike {
  context(): { pages: { items: PageItem[] }[] };
}

interface PageElementWriterClass {
  prototype: { currentBlockToRepeatable?: (this: WriterLike) => Repeatable };
}

let installed: boolean | null = null;

function isLine(value: unknown): value is LineLike {
  return typeof value === 'object' && value !== null && Array.isArray((value as LineLike).inlines) && typeof (value as LineLike).clone === 'function';
}

const marked = (line: LineLike): boolean => line.inlines.some((inline) => inline[CONTINUED_MARK] === true);

/** The line without its marked words, as a copy: the snapshot keeps the original. */
function withoutMark(line: LineLike): LineLike {
  const copy = line.clone();
  copy.inlines = line.inlines.filter((inline) => inline[CONTINUED_MARK] !== true);
  return copy;
}

export function installContinuedHeadings(): boolean {
  if (installed !== null) return installed;
  const cls = pdfmakeModule<PageElementWriterClass>('pdfmake/js/PageElementWriter.js');
  const original = cls?.prototype.currentBlockToRepeatable;
  if (!cls || typeof original !== 'function') return (installed = false);
  cls.prototype.currentBlockToRepeatable = function (this: WriterLike) {
    const rep = original.call(this);
    // The snapshot shares its item entries with the block still being written: give the
    // snapshot entries of its own, then strip the mark from the block's (the first drawing).
    rep.items = rep.items.map((entry) => (entry.type === 'line' && isLine(entry.item) && marked(entry.item) ? { ...entry } : entry));
    for (const page of this.context().pages) {
      for (const entry of page.items) {
        if (entry.type === 'line' && isLine(entry.item) && marked(entry.item)) entry.item = withoutMark(entry.item);
      }
    }
    return rep;
  };
  return (installed = true);
}
