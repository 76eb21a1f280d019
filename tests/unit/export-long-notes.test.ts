/**
 * An analyst's note longer than a page prints in full. pdfmake drops whatever an unbreakable
 * block (a kept-whole table row, an item kept with its note) loses past its page, so such
 * blocks must be left breakable; before, a note of some 150 words in a figure's narrow
 * column vanished from the PDF without a word.
 */
import { describe, expect, it } from 'vitest';
import { briefToPdf } from '../../core/export/pdf.js';
import { estimatedHeight } from '../../core/export/page-fit.js';
import { pdfText } from '../helpers/pdf-text.js';
import { sampleBrief } from '../helpers/sample-brief.js';

/** About 900 words, numbered so a dropped stretch shows, ending in a word of its own. */
function longNote(place: string): string {
  const sentences = Array.from({ length: 90 }, (_, i) => `Sentence ${i + 1} of the ${place} note weighs the evidence again.`);
  return `${sentences.join(' ')} Endof${place}note.`;
}

const PLACES = ['bottomline', 'situation', 'figure', 'quote', 'question', 'brief'] as const;

describe('long analyst notes in the PDF', () => {
  it('print every word, wherever the note sits', async () => {
    const brief = sampleBrief();
    const kept = <T extends { status: string }>(items: T[]): T[] => items.filter((i) => i.status !== 'rejected');
    kept(brief.summary)[0]!.note = longNote('bottomline');
    kept(brief.summary)[1]!.note = longNote('situation');
    kept(brief.figures)[0]!.note = longNote('figure');
    kept(brief.quotes)[0]!.note = longNote('quote');
    kept(brief.questions)[0]!.note = longNote('question');
    brief.notes[0]!.text = longNote('brief');
    const all = (await pdfText(await briefToPdf(brief))).flat.join(' ');
    for (const place of PLACES) {
      expect(all, place).toContain(`Endof${place}note.`);
      expect(all, place).toContain(`Sentence 45 of the ${place} note`);
    }
  });

  it('estimate a block\'s height on the high side of its laid-out height', () => {
    // 100 lines of text at 10 pt (Roboto's laid-out line is about 14.6 pt).
    const line = 'x'.repeat(80);
    const height = estimatedHeight({ text: Array.from({ length: 100 }, () => line).join('\n') }, 471, 10);
    expect(height).toBeGreaterThan(100 * 14.6);
    // A narrow column wraps the same words onto more lines.
    expect(estimatedHeight({ text: line }, 118, 10)).toBeGreaterThan(estimatedHeight({ text: line }, 471, 10));
    expect(estimatedHeight({ stack: [{ text: line }, { text: line, margin: [0, 5, 0, 5] }] }, 471, 10)).toBeCloseTo(2 * estimatedHeight({ text: line }, 471, 10) + 10);
  });
});
