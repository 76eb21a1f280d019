/** Speaker attribution patterns news text uses, each on sentences written for the test. */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../core/analyse/context.js';
import { findActors } from '../../core/analyse/actors.js';
import { findQuotes } from '../../core/analyse/quotes/index.js';
import type { Quote } from '../../core/model/briefing.js';
import { rawSource } from '../../bench/quality-quotes.js';

function quotesOf(text: string): Quote[] {
  const ctx = createContext([rawSource('t', text)], { summarySentences: 5 });
  return findQuotes(ctx, findActors(ctx));
}

function speakerName(text: string, fragment: string): string | null | undefined {
  const quote = quotesOf(text).find((q) => q.text.includes(fragment));
  return quote ? quote.speaker.name : undefined;
}

describe('pronoun speakers', () => {
  it('take the subject of the nearest sentence, not a speaker it mentions', () => {
    const text = [
      '“We will not back down,” said Mark Olsen, the union leader.',
      'Peter Haines, a factory manager, disagreed with Olsen about the timetable.',
      '“The plant cannot close in June,” he said.',
    ].join('\n\n');
    expect(speakerName(text, 'cannot close')).toBe('Peter Haines');
  });

  it('follow a pronoun chain past names the chain only mentions', () => {
    const text = [
      '“The talks are over,” said Daniel Reeve, the mediator.',
      'That, he argued, left both sides angry at Carl Moss and Victor Hale.',
      '“Nobody wants another strike,” he said.',
    ].join('\n\n');
    expect(speakerName(text, 'another strike')).toBe('Daniel Reeve');
  });

  it('skip a leading subordinate clause and prefer a name introduced with its role', () => {
    const text = [
      'Governor Paul Dent spoke at the opening on Monday.',
      'While Dent promised new funding, the money never reached Samuel Ortiz, director of the city shelter.',
      '“We are still waiting for a single cheque,” he said.',
    ].join('\n\n');
    expect(speakerName(text, 'still waiting')).toBe('Samuel Ortiz');
  });

  it('read the person after an organisation and a lower-case title', () => {
    const text = [
      '“The audit is complete,” said Harold Kemp, the treasurer.',
      'Kemp campaign communications director Ellen Marsh said the figures were wrong. “We have every receipt,” she said.',
    ].join('\n\n');
    expect(speakerName(text, 'every receipt')).toBe('Ellen Marsh');
  });

  it('never resolve to a nationality written as a group', () => {
    const text = [
      'Attorney General Ruth Calder spoke about the case on Tuesday.',
      'She has called the treatment of Nigerian Americans in the city a disgrace.',
      '“People rarely say those things to my face,” she said.',
    ].join('\n\n');
    expect(speakerName(text, 'rarely say')).toBe('Ruth Calder');
  });
});
