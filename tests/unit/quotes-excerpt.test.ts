/**
 * A passage reprinted from another publication, in straight marks over several paragraphs, with
 * its own quotations in curly marks: the quotations are attributed by their own reporting
 * clauses inside the passage, not to the passage's author. Text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../core/analyse/context.js';
import { findActors } from '../../core/analyse/actors.js';
import { findQuotes } from '../../core/analyse/quotes/index.js';
import { findQuoteSpans } from '../../core/analyse/quotes/marks.js';
import { splitParagraphs } from '../../core/analyse/text/sentences.js';
import type { Quote } from '../../core/model/briefing.js';
import { rawSource } from '../../bench/quality-quotes.js';

const EXCERPT = [
  'The Herald profiled a retired nurse last week. Its reporter Dana Whitfield writes:',
  '"The first winter after the mill closed, Gretchen Holt kept the stove going with old ledgers. Her neighbours called it a “small rebellion,” and she liked that.',
  '"Gretchen Holt thought the town had been forgotten. She was tired, sure. Angry, certainly. But not finished, and certainly not leaving.',
  '“Nobody is coming to save us,” she said one evening, and the reason for her calm was a letter from her son, who wrote about the new clinic and the jobs it would bring."',
  'The profile ends at her kitchen table:',
  '“Put the kettle on,” she said. “We have work to do.”',
].join('\n\n');

function quotesOf(text: string): Quote[] {
  const ctx = createContext([rawSource('t', text)], { summarySentences: 5 });
  return findQuotes(ctx, findActors(ctx));
}

describe('a reprinted passage', () => {
  it('is one quotation over its paragraphs, holding the quotations in it', () => {
    const spans = findQuoteSpans(EXCERPT, splitParagraphs(EXCERPT));
    const passage = spans.find((s) => s.lastParagraph === 3);
    expect(passage?.firstParagraph).toBe(1);
    expect(passage?.inner?.map((q) => EXCERPT.slice(q.pieces[0]!.start, q.pieces[0]!.end))).toEqual(['small rebellion,', 'Nobody is coming to save us,']);
  });

  it('gives its quotations the speaker its own reporting clauses name, listed before the passage', () => {
    const quotes = quotesOf(EXCERPT);
    const inner = quotes.findIndex((q) => q.text.startsWith('Nobody is coming'));
    const passage = quotes.findIndex((q) => q.text.startsWith('The first winter'));
    expect(quotes[inner]?.speaker.name).toBe('Gretchen Holt');
    expect(quotes[passage]?.speaker.name).toBe('Dana Whitfield');
    expect(inner).toBeLessThan(passage);
  });

  it('lets a pronoun after it point to the person it is about', () => {
    expect(quotesOf(EXCERPT).find((q) => q.text.startsWith('Put the kettle'))?.speaker.name).toBe('Gretchen Holt');
  });

  it('is not split out of one remark that quotes a question', () => {
    const text = 'Pollster Ivo Brandt said: "I will read you the question: “Do you trust the council with the budget?” Forty per cent said yes, and that is low."';
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker.name).toBe('Ivo Brandt');
  });
});

describe('a quotation inside a reprinted passage without a reporting clause of its own', () => {
  it('is not credited to the passage\'s author as a quote of its own', () => {
    const text = [
      'The Courier ran a long column on the harbour. Its editor Jo Ames wrote:',
      '"The quay was quiet that spring, and the boats stayed tied up for weeks.',
      '“Nothing here will ever change for the fishing families,” was all we heard at the market."',
    ].join('\n\n');
    const quotes = quotesOf(text);
    expect(quotes.some((q) => q.text.startsWith('The quay was quiet') && q.speaker.name === 'Jo Ames')).toBe(true);
    expect(quotes.filter((q) => q.text.startsWith('Nothing here will ever change'))).toEqual([]);
  });
});
