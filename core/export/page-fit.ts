/**
 * Whether a block may be kept whole on one page. pdfmake lays an unbreakable block (a row of
 * a table with `dontBreakRows`, an `unbreakable` stack) into a scratch page and keeps only
 * that page: whatever ran past it is silently dropped ("no support for multi-page
 * unbreakableBlocks", PageElementWriter.commitUnbreakableBlock). An analyst's long note in a
 * figure's narrow column reached that after some 150 words. Blocks that could come near a
 * page are therefore left breakable, and flow across the break instead of vanishing.
 *
 * The height is estimated before layout from the text's length, on the high side (a wider
 * average letter and a taller line than Roboto's), so a block that might not fit is treated
 * as one that does not.
 */

/** Average advance of a letter, in ems: Roboto's is about 0.5 for running text. */
const LETTER_EM = 0.56;
/** A line's height in ems: the document's lineHeight 1.25 × Roboto's line gap (~1.17), rounded up. */
const LINE_EM = 1.5;
/** Indent of list items and the room the cell padding takes. */
const LIST_INDENT = 16;

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

function margins(node: Node): number {
  const m = node.margin;
  if (typeof m === 'number') return 2 * m;
  if (Array.isArray(m)) return m.length === 4 ? Number(m[1]) + Number(m[3]) : m.length === 2 ? 2 * Number(m[1]) : 0;
  return 0;
}

/** The characters of a text node's words, inline runs included, and its explicit line breaks. */
function textOf(text: unknown): { chars: number; breaks: number } {
  if (typeof text === 'string') return { chars: text.length, breaks: (text.match(/\n/g) ?? []).length };
  if (Array.isArray(text)) {
    return text.reduce<{ chars: number; breaks: number }>((sum, part) => {
      const own = textOf(isNode(part) ? part.text : part);
      return { chars: sum.chars + own.chars, breaks: sum.breaks + own.breaks };
    }, { chars: 0, breaks: 0 });
  }
  return { chars: 0, breaks: 0 };
}

/** Estimated height in points of pdfmake content laid out `width` points wide. */
export function estimatedHeight(content: unknown, width: number, fontSize: number): number {
  if (typeof content === 'string') return estimatedHeight({ text: content }, width, fontSize);
  if (Array.isArray(content)) return content.reduce<number>((sum, part) => sum + estimatedHeight(part, width, fontSize), 0);
  if (!isNode(content)) return 0;
  const size = typeof content.fontSize === 'number' ? content.fontSize : fontSize;
  const own = margins(content);
  if ('stack' in content) return own + estimatedHeight(content.stack, width, size);
  if ('ul' in content) return own + estimatedHeight(content.ul, width - LIST_INDENT, size);
  if ('ol' in content) return own + estimatedHeight(content.ol, width - LIST_INDENT, size);
  if ('columns' in content && Array.isArray(content.columns)) {
    return own + Math.max(0, ...content.columns.map((column) => {
      const w = isNode(column) && typeof column.width === 'number' ? column.width : width;
      return estimatedHeight(column, w, size);
    }));
  }
  if ('table' in content && isNode(content.table) && Array.isArray(content.table.body)) {
    const widths = Array.isArray(content.table.widths) ? content.table.widths : [];
    return own + content.table.body.reduce<number>((sum, row) => sum + rowHeight(row, widths, width, size), 0);
  }
  if ('text' in content) {
    const { chars, breaks } = textOf(content.text);
    const perLine = Math.max(1, Math.floor(width / (size * LETTER_EM)));
    return own + (Math.ceil(chars / perLine) + breaks) * size * LINE_EM;
  }
  return own;
}

/** A table row's estimated height: its tallest cell in the width of the columns it spans. */
export function rowHeight(row: unknown, widths: readonly unknown[], fallbackWidth: number, fontSize: number): number {
  if (!Array.isArray(row)) return 0;
  return Math.max(0, ...row.map((cell, i) => {
    const span = isNode(cell) && typeof cell.colSpan === 'number' ? cell.colSpan : 1;
    const spanned = widths.slice(i, i + span);
    const width = spanned.length === span && spanned.every((w) => typeof w === 'number') ? (spanned as number[]).reduce((a, b) => a + b, 0) : fallbackWidth;
    return estimatedHeight(cell, width, fontSize);
  }));
}
