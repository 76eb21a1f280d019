/**
 * A table that runs onto the next page repeats its heading there as "Key quotes (continued)"
 * above its column titles; where the table starts, the heading reads plainly. Read back from
 * the PDF with pdf.js, page by page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { briefToPdf } from '../../core/export/pdf.js';
import { SECTION_HEADINGS } from '../../core/export/layout.js';
import { COLUMNS } from '../../core/export/theme.js';
import { pdfText, type PdfText } from '../helpers/pdf-text.js';
import { sampleBrief } from '../helpers/sample-brief.js';

const TABLES = [
  [SECTION_HEADINGS.figures, COLUMNS.figures],
  [SECTION_HEADINGS.quotes, COLUMNS.quotes],
  [SECTION_HEADINGS.actors, COLUMNS.actors],
  [SECTION_HEADINGS.timeline, COLUMNS.timeline],
] as const;

/** Pages (0-based) whose text holds the heading and column titles in this exact form. */
const pagesWith = (pdf: PdfText, heading: string, cols: readonly string[]): number[] =>
  pdf.flat.flatMap((page, i) => (page.includes(`${heading} ${cols.join(' ')}`) ? [i] : []));

describe('tables continued onto another page', () => {
  let long: PdfText;

  beforeAll(async () => {
    long = await pdfText(await briefToPdf(sampleBrief({ repeat: 5 })));
  });

  it('mark the repeated heading "(continued)" on every later page and only there', () => {
    let continuedTables = 0;
    for (const [heading, cols] of TABLES) {
      const starts = pagesWith(long, heading, cols);
      const continued = pagesWith(long, `${heading} (continued)`, cols);
      expect(starts, heading).toHaveLength(1);
      const start = starts[0]!;
      // Continued pages follow the start page one after another, with nothing skipped.
      expect(continued, heading).toEqual(continued.map((_, i) => start + 1 + i));
      if (continued.length) continuedTables++;
    }
    expect(continuedTables).toBeGreaterThan(0);
  });

  it('put the continued table\'s rows under the marked heading, in order', () => {
    const quotes = sampleBrief({ repeat: 5 }).quotes.filter((q) => q.status !== 'rejected' && !q.held);
    const all = long.flat.join(' ');
    let at = all.indexOf(`${SECTION_HEADINGS.quotes} ${COLUMNS.quotes.join(' ')}`);
    for (const q of quotes) {
      const next = all.indexOf(q.text.slice(0, 40), at);
      expect(next, q.text).toBeGreaterThan(at);
      at = next;
    }
    expect(all).toContain(`${SECTION_HEADINGS.quotes} (continued)`);
  });

  it('start with at least two rows under the heading, never one alone at a page\'s foot', async () => {
    // Longer situations slide the tables down the page; with one row kept, these left the
    // quotes (0, 17 more paragraphs) or the figures (22) with a single row at the foot.
    for (const extra of [0, 17, 22]) {
      const brief = sampleBrief();
      const kept = brief.summary.filter((s) => s.status !== 'rejected');
      for (let i = 0; i < extra; i++) brief.summary.push({ ...kept[1 + (i % 3)]!, id: `more-${i}` });
      const pdf = await pdfText(await briefToPdf(brief));
      const quotes = brief.quotes.filter((q) => q.status !== 'rejected');
      const figures = brief.figures.filter((f) => f.status !== 'rejected');
      const quotesAt = pagesWith(pdf, SECTION_HEADINGS.quotes, COLUMNS.quotes)[0]!;
      const figuresAt = pagesWith(pdf, SECTION_HEADINGS.figures, COLUMNS.figures)[0]!;
      expect(pdf.flat[quotesAt], `${extra}: quotes`).toContain(quotes[1]!.text.slice(0, 30));
      expect(pdf.flat[figuresAt], `${extra}: figures`).toContain(figures[1]!.text);
    }
  });

  it('leave a brief whose tables fit on their page without any mark', async () => {
    const brief = sampleBrief();
    for (const key of ['figures', 'quotes', 'actors', 'timeline', 'claims', 'questions'] as const) brief[key].splice(2);
    const short = await pdfText(await briefToPdf(brief));
    expect(short.pages.length).toBeLessThanOrEqual(2);
    for (const page of short.flat) expect(page).not.toContain('(continued)');
    for (const [heading, cols] of TABLES) expect(pagesWith(short, heading, cols), heading).toHaveLength(1);
  });

  it('hook into pdfmake where the header snapshot is taken (a pdfmake upgrade that moves it fails here)', async () => {
    const { installContinuedHeadings } = await import('../../core/export/continued-headings.js');
    expect(installContinuedHeadings()).toBe(true);
    const writer = (createRequire(import.meta.url)('pdfmake/js/PageElementWriter.js') as { default: { prototype: Record<string, unknown> } }).default;
    expect(typeof writer.prototype.currentBlockToRepeatable).toBe('function');
  });
});
