/** The situation summary on the seed article and on two sources that share wire copy. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../core/analyse/context.js';
import { summarise } from '../../core/analyse/summary.js';
import { isSummarisable } from '../../core/analyse/summary/candidates.js';
import { sourceFromText } from '../../core/ingest/index.js';
import { splitSentences } from '../../core/analyse/text/sentences.js';
import { wholeSentences } from '../../core/analyse/text/whole-sentences.js';

const repoRoot = join(import.meta.dirname, '..', '..');
const seedText = readFileSync(join(repoRoot, '..', 'shared', 'data', 'dev', 'kyiv-strike.txt'), 'utf8');
const fixtures = join(repoRoot, 'tests', 'fixtures', 'disagreeing-sources');
const seed = sourceFromText(seedText, { origin: 'kyiv-strike.txt', kind: 'text', publishedAt: '2025-04-24' });

function summaryOf(sentences: number, sources = [seed]) {
  return summarise(createContext(sources, { summarySentences: sentences }));
}

describe('summarise', () => {
  it.each([3, 5, 8])('gives exactly %i sentences when asked for %i', (n) => {
    expect(summaryOf(n)).toHaveLength(n);
  });

  it('never gives more items than asked for, even when asked for more than there are', () => {
    const tiny = sourceFromText('Headline here\n\nThe council approved the new budget on Monday after a long debate.', { origin: 't', kind: 'text' });
    expect(summaryOf(5, [tiny])).toHaveLength(1);
    expect(summaryOf(0)).toHaveLength(0);
  });

  it('opens with the bottom line: the strike on Kyiv', () => {
    const [first] = summaryOf(5);
    expect(first?.text).toMatch(/Kyiv/);
    expect(first?.text).toMatch(/strike|assault|attack/i);
  });

  it('cites the exact span of every sentence it uses', () => {
    for (const item of summaryOf(8)) {
      const [cite] = item.cites;
      expect(cite?.source).toBe(seed.id);
      expect(seed.text.slice(cite!.start, cite!.end)).toBe(item.text);
    }
  });

  it('skips headlines and section headings', () => {
    const texts = summaryOf(8).map((s) => s.text);
    expect(texts).not.toContain('Background: The Deadliest Kyiv Strike in Months');
    expect(texts.every((t) => /[.!?]["'\u201d\u2019)]*$/u.test(t))).toBe(true);
    expect(isSummarisable('Ceasefire Talks and Political Tension')).toBe(false);
    expect(isSummarisable('The talks resumed in Geneva on Friday after a pause.')).toBe(true);
  });

  it('keeps a quotation whole instead of ending a line inside it', () => {
    const text = 'On Friday the mayor said, \u201cWe are ready. The roads are clear.\u201d Crews worked all night.';
    const whole = wholeSentences(text, splitSentences(text));
    expect(whole.map((s) => s.text)).toEqual([
      'On Friday the mayor said, \u201cWe are ready. The roads are clear.\u201d',
      'Crews worked all night.',
    ]);
    const withQuote = summaryOf(8).find((s) => s.text.includes('I am not happy'));
    expect(withQuote?.text).toMatch(/STOP!\u201d$/);
  });

  it('cites every source that carries the same sentence, and prefers what several sources confirm', () => {
    const a = sourceFromText(readFileSync(join(fixtures, 'harbour-gazette.txt'), 'utf8'), { origin: 'a', kind: 'text' });
    const b = sourceFromText(readFileSync(join(fixtures, 'coastal-courier.txt'), 'utf8'), { origin: 'b', kind: 'text' });
    const summary = summaryOf(3, [a, b]);
    const shared = summary.find((s) => s.text.startsWith('Rescue crews pulled 40 survivors'));
    expect(shared).toBeDefined();
    expect(new Set(shared!.cites.map((c) => c.source))).toEqual(new Set([a.id, b.id]));
    for (const cite of shared!.cites) {
      const source = cite.source === a.id ? a : b;
      expect(source.text.slice(cite.start, cite.end)).toBe(shared!.text);
    }
  });
});
