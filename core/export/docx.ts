/**
 * DOCX export with the `docx` package: the PDF's sections in Word's own Heading styles (so
 * the navigation pane and a table of contents work), real tables with a repeating header
 * row, the marking in every page's header and footer, and "Page X of Y".
 */
import {
  AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, LevelFormat, Packer, PageNumber,
  Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType,
  type IParagraphOptions, type ParagraphChild,
} from 'docx';
import type { Briefing } from '../model/briefing.js';
import { briefLayout, citeLabel, unlistedSourcesLine, type LayoutItem, type LayoutSection } from './layout.js';
import { COLUMNS, THEME } from './theme.js';

/** Word measures fonts in half-points and colours without "#". */
const half = (pt: number): number => Math.round(pt * 2);
const hex = (colour: string): string => colour.replace('#', '');
/** Calibri rather than Roboto: Word substitutes a missing font, and Calibri is everywhere Word is. */
const FONT = 'Calibri';

const run = (text: string, options: { bold?: boolean; muted?: boolean; size?: number } = {}): TextRun =>
  new TextRun({ text, bold: options.bold, color: options.muted ? hex(THEME.muted) : undefined, size: options.size ? half(options.size) : undefined });

function citeRuns(numbers: number[]): TextRun[] {
  const label = citeLabel(numbers);
  return label ? [run(` ${label}`, { muted: true, size: THEME.size.small })] : [];
}

function noteParagraphs(note: string | null): Paragraph[] {
  return note
    ? [new Paragraph({ children: [run('Analyst note: ', { bold: true, muted: true, size: THEME.size.small }), run(note, { muted: true, size: THEME.size.small })], spacing: { after: 80 } })]
    : [];
}

function para(children: ParagraphChild[], options: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  return new Paragraph({ spacing: { after: 100 }, ...options, children });
}

const cited = (item: LayoutItem, extra: TextRun[] = []): ParagraphChild[] => [run(item.text), ...extra, ...citeRuns(item.cites)];

const RULE = { style: BorderStyle.SINGLE, size: 4, color: hex(THEME.rule) };
const STRONG = { style: BorderStyle.SINGLE, size: 8, color: hex(THEME.accent) };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function cell(children: Paragraph[], widthPct: number, header = false): TableCell {
  return new TableCell({
    children,
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: hex(THEME.fill) } : undefined,
    margins: { top: 60, bottom: 60, left: 90, right: 90 },
    borders: { top: header ? STRONG : NONE, bottom: header ? STRONG : RULE, left: NONE, right: NONE },
  });
}

const cellText = (text: string, options: { bold?: boolean; muted?: boolean } = {}): Paragraph =>
  new Paragraph({ children: [run(text, { ...options, size: THEME.size.table })] });

/** Column widths as percentages of the text width, in the PDF's proportions. */
const WIDTHS: Record<'figures' | 'quotes' | 'actors' | 'timeline', number[]> = {
  figures: [26, 40, 24, 10],
  quotes: [26, 64, 10],
  actors: [26, 14, 40, 10, 10],
  timeline: [24, 66, 10],
};

function table(kind: keyof typeof WIDTHS, head: readonly string[], rows: Paragraph[][][]): Table {
  const widths = WIDTHS[kind];
  const width = (i: number): number => widths[i] ?? 10;
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: head.map((h, i) => cell([cellText(h, { bold: true })], width(i), true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, width(i))) })),
    ],
  });
}

const sub = (text: string | null): Paragraph[] => (text ? [cellText(text, { muted: true })] : []);
const citeCell = (numbers: number[]): Paragraph[] => [cellText(citeLabel(numbers), { muted: true })];
const cellNote = (note: string | null): Paragraph[] => (note ? [cellText(`Analyst note: ${note}`, { muted: true })] : []);

function body(section: LayoutSection): (Paragraph | Table)[] {
  switch (section.kind) {
    case 'bottomLine':
      return [
        para(cited(section.item), {
          border: { top: STRONG, bottom: STRONG, right: STRONG, left: { ...STRONG, size: 24 } },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: hex(THEME.fill) },
          spacing: { before: 60, after: 120 },
          indent: { left: 120, right: 120 },
        }),
        ...noteParagraphs(section.item.note),
      ];
    case 'situation':
      return section.items.flatMap((i) => [para(cited(i)), ...noteParagraphs(i.note)]);
    case 'figures':
      return [table('figures', COLUMNS.figures, section.rows.map((r) => [
        [cellText(r.text, { bold: true }), ...cellNote(r.note)], [cellText(r.label)], [cellText(r.context ?? '—')], citeCell(r.cites),
      ]))];
    case 'quotes':
      return [table('quotes', COLUMNS.quotes, section.rows.map((r) => [
        [cellText(r.speaker, { bold: true }), ...sub(r.role)], [cellText(`“${r.text}”`), ...cellNote(r.note)], citeCell(r.cites),
      ]))];
    case 'claims':
      return section.items.flatMap((i) => [
        para(cited(i, i.attribution ? [run(` — ${i.attribution}`, { muted: true })] : []), { bullet: { level: 0 }, spacing: { after: 60 } }),
        ...noteParagraphs(i.note),
      ]);
    case 'actors':
      return [table('actors', COLUMNS.actors, section.rows.map((r) => [
        [cellText(r.text, { bold: true }), ...sub(r.aliases.length ? `also ${r.aliases.join(', ')}` : null), ...cellNote(r.note)],
        [cellText(r.kind)], [cellText(r.role ?? '—')],
        [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(String(r.mentions), { size: THEME.size.table })] })],
        citeCell(r.cites),
      ]))];
    case 'timeline':
      return [table('timeline', COLUMNS.timeline, section.rows.map((r) => [
        [cellText(r.when, { bold: true }), ...sub(r.date)], [cellText(r.text), ...cellNote(r.note)], citeCell(r.cites),
      ]))];
    case 'questions':
      return section.items.flatMap((i) => [
        para(cited(i), { numbering: { reference: 'questions', level: 0 }, spacing: { after: 60 } }),
        ...noteParagraphs(i.note),
      ]);
    case 'notes':
      return section.items.map((n) => para([run(n.text), run(`  (${n.written})`, { muted: true, size: THEME.size.small })], { bullet: { level: 0 }, spacing: { after: 60 } }));
    case 'sources':
      return [...section.items.map((s) => para([
        run(`[${s.number}] `, { muted: true }),
        run(s.title, { bold: true }),
        run(` — ${[s.origin, s.published ?? 'date not given', s.byline].filter(Boolean).join(' · ')}`, { muted: true, size: THEME.size.small }),
      ], { spacing: { after: 80 }, indent: { left: 400, hanging: 400 } })),
      ...(section.unlisted ? [para([run(unlistedSourcesLine(section.unlisted), { muted: true, size: THEME.size.small })], { spacing: { before: 80 } })] : [])];
  }
}

function markingParagraph(marking: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: marking, bold: true, size: half(THEME.size.marking) })] });
}

export async function briefToDocx(brief: Briefing): Promise<Uint8Array> {
  const layout = briefLayout(brief);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(layout.title)] }),
    ...layout.fields.map((f) => new Paragraph({
      spacing: { after: 20 },
      children: [run(`${f.label}: `, { muted: true, size: THEME.size.table }), run(f.value, { size: THEME.size.table + 0.5 })],
    })),
    new Paragraph({ border: { bottom: { ...STRONG, size: 8 } }, spacing: { after: 120 }, children: [] }),
  ];
  for (const section of layout.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.heading)] }), ...body(section));
  }
  const doc = new Document({
    creator: 'Sitbrief',
    title: layout.title,
    subject: layout.marking,
    styles: {
      default: { document: { run: { font: FONT, size: half(THEME.size.body), color: hex(THEME.ink) } } },
      paragraphStyles: [
        { id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: half(THEME.size.title), bold: true, color: hex(THEME.accent) }, paragraph: { spacing: { after: 120 } } },
        { id: 'Heading1', name: 'Heading 1', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: half(THEME.size.heading), bold: true, color: hex(THEME.accent) }, paragraph: { keepNext: true, keepLines: true, spacing: { before: 280, after: 100 } } },
      ],
    },
    numbering: {
      config: [{ reference: 'questions', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 400, hanging: 300 } } } }] }],
    },
    sections: [{
      properties: {
        page: {
          size: { width: 11906, height: 16838 }, // A4 in twentieths of a point
          margin: { top: 1400, bottom: 1400, left: 1240, right: 1240, header: 560, footer: 560 },
        },
      },
      headers: { default: new Header({ children: layout.marking ? [markingParagraph(layout.marking)] : [] }) },
      footers: {
        default: new Footer({
          children: [
            new Paragraph({
              alignment: AlignmentType.RIGHT,
              children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: half(THEME.size.small), color: hex(THEME.muted) })],
            }),
            ...(layout.marking ? [markingParagraph(layout.marking)] : []),
          ],
        }),
      },
      children,
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
