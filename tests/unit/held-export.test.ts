/**
 * A held-back finding (the draft length left it out) never reaches paper: not in the PDF as a
 * reader copies it, not in the DOCX body, not in the Markdown; the findings in the draft are.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { briefToDocx, briefToMarkdown, briefToPdf } from '../../core/export/index.js';
import type { Briefing } from '../../core/model/briefing.js';
import { pdfText } from '../helpers/pdf-text.js';
import { sampleBrief } from '../helpers/sample-brief.js';

const flat = (text: string): string => text.replace(/\s+/g, ' ');

describe('exports of a brief with held-back findings', () => {
  let brief: Briefing;
  let held: string[];
  let kept: string[];

  beforeAll(() => {
    brief = sampleBrief();
    const quotes = brief.quotes.filter((q) => q.status !== 'rejected');
    const timeline = brief.timeline.filter((t) => t.status !== 'rejected');
    expect(quotes.length).toBeGreaterThan(1);
    expect(timeline.length).toBeGreaterThan(1);
    const heldIds = new Set([quotes[0]!.id, timeline[0]!.id]);
    brief.quotes = brief.quotes.map((q) => (heldIds.has(q.id) ? { ...q, held: true } : q));
    brief.timeline = brief.timeline.map((t) => (heldIds.has(t.id) ? { ...t, held: true } : t));
    held = [quotes[0]!.text, timeline[0]!.label];
    kept = [quotes[1]!.text, timeline[1]!.label];
  });

  it('leaves them out of the PDF text', async () => {
    const text = flat((await pdfText(await briefToPdf(brief))).all);
    for (const words of held) expect(text).not.toContain(flat(words));
    for (const words of kept) expect(text).toContain(flat(words));
  });

  it('leaves them out of the DOCX and the Markdown', async () => {
    const docx = flat((await mammoth.extractRawText({ buffer: Buffer.from(await briefToDocx(brief)) })).value);
    const md = flat(briefToMarkdown(brief));
    for (const text of [docx, md]) {
      for (const words of held) expect(text).not.toContain(flat(words));
      for (const words of kept) expect(text).toContain(flat(words));
    }
  });
});
