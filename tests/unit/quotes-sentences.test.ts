/**
 * Where a quotation's sentence ends decides which clause reports it: a full stop inside the
 * marks ends the sentence, so the next sentence names someone else; a sentence reporting a
 * claim hands the floor to the quotation after it. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../core/analyse/context.js';
import { findActors } from '../../core/analyse/actors.js';
import { findQuotes } from '../../core/analyse/quotes/index.js';
import { rawSource } from '../../bench/quality-quotes.js';

function speakerOf(text: string, fragment: string): { name: string | null; role: string | null } | undefined {
  const ctx = createContext([rawSource('t', text)], { summarySentences: 5 });
  return findQuotes(ctx, findActors(ctx)).find((q) => q.text.includes(fragment))?.speaker;
}

describe('a full stop inside the marks', () => {
  it('ends the quotation’s sentence: the next sentence’s subject did not say it', () => {
    const text = 'Councillor Nadia Brook told the inquiry: "The river rose in an hour." "Nobody warned the farms." '
      + 'Engineer Tomas Reid described a series of failures at the pumping station.';
    expect(speakerOf(text, 'Nobody warned')?.name).toBe('Nadia Brook');
  });

  it('still lets a short reporting sentence follow', () => {
    const text = 'The flood reached the square by noon.\n\n"We lost everything." Tomas Reid said.';
    expect(speakerOf(text, 'lost everything')?.name).toBe('Tomas Reid');
  });

  it('keeps a dash attribution after the stop', () => {
    const text = 'Readers wrote in.\n\n"The bridge should never have closed." ― Lena Ortiz';
    expect(speakerOf(text, 'bridge should')?.name).toBe('Lena Ortiz');
  });
});

describe('a sentence reporting a claim before a quotation', () => {
  it('names the speaker of the quotation after it', () => {
    const text = 'Liberal councillor Anna Berg told the hearing: "The plan is rushed." '
      + 'Prof Ivo Marsh, who led the review with a team of engineers, said he was alarmed by the findings. '
      + '"We expected some delay but nothing on this scale."';
    expect(speakerOf(text, 'nothing on this scale')).toEqual({ name: 'Ivo Marsh', role: 'Prof' });
  });

  it('does not when the sentence quoted someone itself', () => {
    const text = '"The vote was rigged," Senator Carl Voss, a committee member, said in an interview. "Everyone knows it."';
    expect(speakerOf(text, 'Everyone knows')?.name).toBe('Carl Voss');
  });
});

describe('a reporting clause with a name set between commas', () => {
  it('gives the name, not the speaker before', () => {
    const text = 'The writer Maria Lind defended the festival. "Art needs room," she said. '
      + '"I am shocked by the ban," the festival\'s director in Oslo, Petra Holm, told reporters. "It helps nobody."';
    expect(speakerOf(text, 'shocked by the ban')?.name).toBe('Petra Holm');
    expect(speakerOf(text, 'helps nobody')?.name).toBe('Petra Holm');
  });
});
