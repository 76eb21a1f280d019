/**
 * The brief as a pdfmake document definition: A4 memo, marking centred at the top and the
 * bottom of every page, "Page X of Y", headings that never sit alone at a page's foot and
 * tables that repeat their heading, marked "(continued)", and column titles when they run
 * onto the next page.
 */
import type { Content, ContentText, CustomTableLayout, Style, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { citeLabel, unlistedSourcesLine, type BriefLayout, type LayoutItem, type LayoutSection } from './layout.js';
import { COLUMNS, THEME } from './theme.js';
import { CONTINUED_MARK } from './continued-headings.js';
import { estimatedHeight, rowHeight } from './page-fit.js';

export interface PdfDefinitionOptions {
  /**
   * Mark a table's heading "(continued)" where the table runs onto another page. Only when
   * the pdfmake patch that shows the mark there alone is installed (continued-headings.ts):
   * without it the mark would print where the table starts too.
   */
  continuedHeadings?: boolean;
}

const MARGIN_X = 62;
const MARGIN_TOP = 70;
const MARGIN_BOTTOM = 74;
const CONTENT_WIDTH = 595.28 - 2 * MARGIN_X; // A4
const CELL_PADDING = 10;
const PAGE_HEIGHT = 841.89 - MARGIN_TOP - MARGIN_BOTTOM;
/**
 * Blocks estimated up to this tall are kept whole on a page; a taller one (a long analyst
 * note) may break across pages, because pdfmake drops what an unbreakable block loses past
 * its page (page-fit.ts).
 */
const KEEP_WHOLE_UP_TO = 0.6 * PAGE_HEIGHT;

const fitsWhole = (content: Content | Content[]): boolean => estimatedHeight(content, CONTENT_WIDTH, THEME.size.body) <= KEEP_WHOLE_UP_TO;

/**
 * The document's styles, spread into the nodes that use them rather than named in pdfmake's
 * `styles`: pdfmake looks a named style up again for every property of every word it
 * measures (a fifth of a long brief's layout time), a node's own properties at once.
 */
const S = {
  title: { fontSize: THEME.size.title, bold: true, color: THEME.accent, lineHeight: 1.1 },
  fieldLabel: { fontSize: THEME.size.table, color: THEME.muted },
  fieldValue: { fontSize: THEME.size.table + 0.5 },
  h1: { fontSize: THEME.size.heading, bold: true, color: THEME.accent, margin: [0, 16, 0, 6] },
  bottomLine: { fontSize: THEME.size.body + 1, lineHeight: 1.3 },
  para: { margin: [0, 0, 0, 6] },
  listItem: { margin: [0, 0, 0, 1.5] },
  table: { fontSize: THEME.size.table, margin: [0, 0, 0, 4] },
  th: { bold: true, color: THEME.accent },
  cite: { color: THEME.muted, fontSize: THEME.size.small },
  citeCell: { color: THEME.muted },
  // Upright, not italic: every extra font face costs each export its own parse and shaping.
  role: { color: THEME.muted, fontSize: THEME.size.small },
  continued: { color: THEME.muted, bold: false },
  note: { color: THEME.muted, fontSize: THEME.size.small, margin: [0, 2, 0, 2] },
  source: { margin: [0, 0, 0, 5] },
  sourceNumber: { color: THEME.muted },
  footer: { fontSize: THEME.size.small - 0.5, color: THEME.muted },
  // No letter-spacing: spaced letters copy out of the PDF as "O F F I C I A L".
  marking: { fontSize: THEME.size.marking, bold: true, alignment: 'center', color: THEME.ink },
} satisfies Record<string, Style>;

/** Marks a row that holds the note of the row above it: no rule between the two. */
const NOTE_ROW = 'sitbriefNoteRow';

const isNoteRow = (row: unknown): boolean => Array.isArray(row) && (row[0] as Record<string, unknown> | undefined)?.[NOTE_ROW] === true;

/** Thin rules between rows, a heavier rule under the header, no vertical lines. */
const DATA_TABLE: CustomTableLayout = {
  // Row 0 is the section heading (no lines, no fill), row 1 the column titles.
  hLineWidth: (i, node) => (i === 0 || isNoteRow(node.table.body[i]) ? 0 : i === 1 || i === 2 || i === node.table.body.length ? 0.8 : 0.35),
  vLineWidth: () => 0,
  hLineColor: (i) => (i <= 2 ? THEME.accent : THEME.rule),
  paddingLeft: () => CELL_PADDING / 2,
  paddingRight: () => CELL_PADDING / 2,
  paddingTop: () => 3.5,
  paddingBottom: () => 3.5,
  fillColor: (row) => (row === 1 ? THEME.fill : null),
};

const BOX: CustomTableLayout = {
  hLineWidth: () => 0.8,
  vLineWidth: (i) => (i === 0 ? 3 : 0.8),
  hLineColor: () => THEME.accent,
  vLineColor: () => THEME.accent,
  paddingLeft: () => 10,
  paddingRight: () => 10,
  paddingTop: () => 8,
  paddingBottom: () => 8,
  fillColor: () => THEME.fill,
};

/** The item's words followed by its citation, e.g. "… for repairs. [1, 2]". */
function cited(item: LayoutItem, extra: ContentText[] = []): ContentText {
  const label = citeLabel(item.cites);
  return { text: [item.text, ...extra, ...(label ? [{ text: ` ${label}`, ...S.cite }] : [])] };
}

function note(text: string | null): Content[] {
  return text ? [{ text: [{ text: 'Analyst note: ', bold: true }, text], ...S.note }] : [];
}

/** An item and its note as one block, so the note never drifts onto the next page alone. */
function withNote(item: LayoutItem, main: ContentText): Content {
  if (!item.note) return main;
  const stack = [main, ...note(item.note)];
  return { stack, unbreakable: fitsWhole(stack) };
}

/** Blocks one above the other; a lone block stands as it is (each nesting level costs layout time). */
function stacked(blocks: Content[]): Content {
  return blocks.length === 1 ? blocks[0]! : { stack: blocks };
}

function citeCell(cites: number[]): TableCell {
  return { text: citeLabel(cites), ...S.citeCell };
}

/**
 * A section's body: a table, or a flow of blocks (one per item). How it is kept with its
 * heading differs: see `sectionContent`.
 */
type Body =
  | { kind: 'table'; widths: (number | '*')[]; head: readonly string[]; rows: BodyRow[]; rightAligned?: number[] }
  | { kind: 'flow'; blocks: Content[] };

const flow = (blocks: Content[]): Body => ({ kind: 'flow', blocks });

/** A table row: each cell's blocks, and the item's note with the cell it belongs under. */
interface BodyRow {
  cells: (Content[] | TableCell)[];
  note: string | null;
  noteAt: number;
}

const bodyRow = (cells: (Content[] | TableCell)[], note: string | null, noteAt: number): BodyRow => ({ cells, note, noteAt });

function sectionBody(section: LayoutSection): Body {
  switch (section.kind) {
    case 'bottomLine':
      return flow([{
        table: { widths: ['*'], body: [[withNote(section.item, { ...cited(section.item), ...S.bottomLine })]] },
        layout: BOX,
      }]);
    case 'situation':
      return flow(section.items.map((item) => {
        if (!item.note) return { ...cited(item), ...S.para };
        const stack = [cited(item), ...note(item.note)];
        return { stack, ...S.para, unbreakable: fitsWhole(stack) };
      }));
    case 'figures':
      return { kind: 'table', widths: [118, '*', 110, THEME.cols.cite], head: COLUMNS.figures, rows: section.rows.map((row) => bodyRow([
        [{ text: row.text, bold: true }],
        row.label,
        row.context ?? '—',
        citeCell(row.cites),
      ], row.note, 0)) };
    case 'quotes':
      return { kind: 'table', widths: [120, '*', THEME.cols.cite], head: COLUMNS.quotes, rows: section.rows.map((row) => bodyRow([
        [{ text: row.speaker, bold: true }, ...(row.role ? [{ text: row.role, ...S.role }] : [])],
        [`“${row.text}”`],
        citeCell(row.cites),
      ], row.note, 1)) };
    case 'claims':
      return flow(section.items.map((item) => ({
        ul: [withNote(item, cited(item, item.attribution ? [{ text: ` — ${item.attribution}`, color: THEME.muted }] : []))],
        ...S.listItem,
      })));
    case 'actors':
      return { kind: 'table', widths: [120, 66, '*', 44, THEME.cols.cite], head: COLUMNS.actors, rightAligned: [3], rows: section.rows.map((row) => bodyRow([
        [{ text: row.text, bold: true }, ...(row.aliases.length ? [{ text: `also ${row.aliases.join(', ')}`, ...S.role }] : [])],
        row.kind,
        row.role ?? '—',
        { text: String(row.mentions), alignment: 'right' },
        citeCell(row.cites),
      ], row.note, 0)) };
    case 'timeline':
      return { kind: 'table', widths: [112, '*', THEME.cols.cite], head: COLUMNS.timeline, rows: section.rows.map((row) => bodyRow([
        [{ text: row.when, bold: true }, ...(row.date ? [{ text: row.date, ...S.role }] : [])],
        [row.text],
        citeCell(row.cites),
      ], row.note, 1)) };
    case 'questions':
      // One list per item so the first can sit with the heading; `start` keeps the numbering running.
      return flow(section.items.map((item, i) => ({ ol: [withNote(item, cited(item))], start: i + 1, ...S.listItem })));
    case 'notes':
      return flow(section.items.map((n) => {
        const stack = [{ text: n.text }, { text: n.written, ...S.role }];
        return { ul: [{ stack }], ...S.listItem, unbreakable: fitsWhole(stack) };
      }));
    case 'sources':
      return flow([...section.items.map((s) => ({
        columns: [
          { width: 26, text: `[${s.number}]`, ...S.sourceNumber },
          {
            width: '*',
            stack: [
              { text: s.title, bold: true },
              { text: [s.origin, s.published ?? 'date not given', s.byline].filter(Boolean).join(' · '), ...S.role },
            ],
          },
        ],
        ...S.source,
      })), ...(section.unlisted ? [{ text: unlistedSourcesLine(section.unlisted), ...S.role, margin: [0, 4, 0, 0] as [number, number, number, number] }] : [])]);
  }
}

/**
 * A heading never ends a page, without pdfmake's pageBreakBefore (each break it finds costs a
 * full second layout of the document). A flow section's heading and first block form one
 * unbreakable stack. A table carries its heading as its first header row, so pdfmake keeps
 * heading, column titles and the first two rows together and repeats both header rows on
 * every continued page, the heading there marked "(continued)" (`continued`).
 */
function sectionContent(heading: string, body: Body, continued: boolean): Content[] {
  const title: ContentText = { text: heading, ...S.h1, headlineLevel: 1 };
  if (body.kind === 'flow') {
    const [first, ...rest] = body.blocks;
    const lead = first ? [title, first] : [title];
    return [{ stack: lead, unbreakable: fitsWhole(lead) }, ...rest];
  }
  const span = body.head.length;
  // Shown only on the pages the table continues onto (continued-headings.ts).
  const mark = { text: ' (continued)', ...S.continued, [CONTINUED_MARK]: true } as ContentText;
  const headingRow: TableCell[] = [
    // Same space around it as a heading outside a table (h1's margin, less the cell padding).
    { ...title, ...(continued ? { text: [heading, mark] } : {}), colSpan: span, margin: [-CELL_PADDING / 2, 12, 0, 2] },
    ...Array.from({ length: span - 1 }, () => ({ text: '' })),
  ];
  const widths = fitWidths(body.widths);
  const height = (row: TableCell[]): number => rowHeight(row, widths, CONTENT_WIDTH, THEME.size.table);
  const fits = (row: TableCell[]): boolean => height(row) <= KEEP_WHOLE_UP_TO;
  const rows = body.rows.flatMap((row) => tableRows(row, span, fits));
  // Rows are kept whole, and the first with the heading, unless one could outgrow a page. A
  // note on a row of its own must start on its item's page, so then no row is kept whole.
  const whole = rows.map((row) => !isNoteRow(row) && fits(row));
  // The heading takes two rows along where it can, so no page ends on a heading over one row.
  const firstTwo = rows.length >= 2 && whole[0] && whole[1] && height(rows[0]!) + height(rows[1]!) <= KEEP_WHOLE_UP_TO;
  const kept = firstTwo ? 2 : whole[0] ? 1 : 0;
  return [{
    table: {
      widths, headerRows: 2, keepWithHeaderRows: kept, dontBreakRows: whole.every(Boolean),
      body: [headingRow, header(body.head, body.rightAligned), ...rows],
    },
    layout: DATA_TABLE,
    ...S.table,
  }];
}

const cell = (blocks: Content[] | TableCell): TableCell => (Array.isArray(blocks) ? stacked(blocks) as TableCell : blocks);

/**
 * The row as printed: the note under the item's words in its cell, or, when that would make
 * the row too tall to keep on one page (in a narrow column a long note runs to a page), on a
 * row of its own across the table's full width, straight under the item's row.
 */
function tableRows(row: BodyRow, span: number, fits: (row: TableCell[]) => boolean): TableCell[][] {
  const plain = row.cells.map(cell);
  if (!row.note) return [plain];
  const noted = row.cells.map((blocks, i) => (i === row.noteAt && Array.isArray(blocks) ? cell([...blocks, ...note(row.note)]) : cell(blocks)));
  if (fits(noted)) return [noted];
  const noteRow: TableCell[] = [
    { stack: note(row.note), colSpan: span, [NOTE_ROW]: true } as TableCell,
    ...Array.from({ length: span - 1 }, () => ({ text: '' })),
  ];
  return [plain, noteRow];
}

/**
 * Every column gets a fixed width, the '*' column the rest: pdfmake widens a '*' column to
 * fit its longest word, which pushed tables off the page; a fixed column breaks the word instead.
 */
function fitWidths(widths: (number | '*')[]): number[] {
  const fixed = widths.reduce<number>((sum, w) => sum + (w === '*' ? 0 : w), 0);
  const star = CONTENT_WIDTH - fixed - widths.length * CELL_PADDING - 1;
  return widths.map((w) => (w === '*' ? star : w));
}

/** Column titles; a numeric column's title is right-aligned over its numbers. */
function header(cells: readonly string[], rightAligned: number[] = []): TableCell[] {
  return cells.map((text, i) => ({ text, ...S.th, alignment: rightAligned.includes(i) ? 'right' : 'left' }));
}

function titleBlock(layout: BriefLayout): Content[] {
  return [
    { text: layout.title, ...S.title },
    {
      table: {
        widths: [78, '*'],
        body: layout.fields.map((f) => [{ text: f.label, ...S.fieldLabel }, { text: f.value, ...S.fieldValue }]),
      },
      layout: 'noBorders',
      margin: [0, 6, 0, 0],
    },
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 1, lineColor: THEME.accent }], margin: [0, 10, 0, 4] },
  ];
}

export function pdfDefinition(layout: BriefLayout, options: PdfDefinitionOptions = {}): TDocumentDefinitions {
  const content: Content[] = [...titleBlock(layout)];
  for (const section of layout.sections) {
    content.push(...sectionContent(section.heading, sectionBody(section), options.continuedHeadings ?? false));
  }
  const marking = (margin: [number, number, number, number]): Content => ({ text: layout.marking, ...S.marking, margin });
  return {
    pageSize: 'A4',
    pageMargins: [MARGIN_X, MARGIN_TOP, MARGIN_X, MARGIN_BOTTOM],
    info: { title: layout.title, subject: layout.marking, creator: 'Sitbrief', producer: 'Sitbrief' },
    header: () => (layout.marking ? marking([MARGIN_X, 30, MARGIN_X, 0]) : null),
    footer: (page, pages) => ({
      stack: [
        {
          columns: [
            { text: layout.title, ...S.footer, width: '*' },
            { text: `Page ${page} of ${pages}`, ...S.footer, alignment: 'right', width: 'auto' },
          ],
          columnGap: 12,
          margin: [MARGIN_X, 18, MARGIN_X, 0],
        },
        ...(layout.marking ? [marking([MARGIN_X, 8, MARGIN_X, 0])] : []),
      ],
    }),
    content,
    defaultStyle: { font: THEME.font, fontSize: THEME.size.body, color: THEME.ink, lineHeight: 1.25 },
  };
}
