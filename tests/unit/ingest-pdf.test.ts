/**
 * PDF paragraphs rebuilt from lines: broken words mended, real hyphens kept, a paragraph that
 * runs over a page break kept whole, page numbers dropped, two columns read column by column.
 */
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../core/ingest/index.js';
import { pdfBytes } from './ingest-fixtures.js';

const lines = async (definition: Parameters<typeof pdfBytes>[0]): Promise<string[]> =>
  (await ingestBytes(await pdfBytes(definition), 'report.pdf')).text.split('\n');

describe('PDF paragraphs', () => {
  it('mends words broken at a line end and keeps hyphens that belong to the word', async () => {
    const narrow = (text: string): { columns: { width: number; text: string }[]; margin: [number, number, number, number] } => ({
      columns: [{ width: 200, text }],
      margin: [0, 0, 0, 12],
    });
    expect(await lines({
      content: [
        narrow('The strike damaged the infra-\nstructure of three districts,\nofficials said on Thursday.'),
        narrow('Officials said the Russia-\nUkraine talks would resume\nin Geneva next week.'),
      ],
    })).toEqual([
      'The strike damaged the infrastructure of three districts, officials said on Thursday.',
      'Officials said the Russia-Ukraine talks would resume in Geneva next week.',
    ]);
  });

  it('keeps a paragraph whole across a page break and drops page numbers', async () => {
    const long = `The convoy left at dawn${', and the convoy moved on through the villages north of the river'.repeat(120)}.`;
    const text = await lines({
      content: [{ text: 'Field report', fontSize: 16, margin: [0, 0, 0, 10] }, long, { text: 'A closing paragraph.', margin: [0, 10, 0, 0] }],
      footer: (page: number) => ({ text: String(page), alignment: 'center' }),
    });
    expect(text).toEqual(['Field report', long, 'A closing paragraph.']);
  });

  it('reads two columns one after the other', async () => {
    const left = ['Left column first paragraph, which is long enough to wrap over several lines of the narrow column.', 'Left column second paragraph, also long enough to wrap over a few lines of text.'];
    const right = ['Right column first paragraph, which wraps over several lines of the narrow column too.', 'Right column second paragraph ends the page.'];
    const stack = (paragraphs: string[]): { stack: { text: string; margin: [number, number, number, number] }[] } => ({ stack: paragraphs.map((t) => ({ text: t, margin: [0, 0, 0, 10] })) });
    expect(await lines({ content: [{ columns: [stack(left), stack(right)], columnGap: 24 }] })).toEqual([...left, ...right]);
  });
});
