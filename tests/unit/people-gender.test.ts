/** Pronoun agreement from common given names, on sentences written for the test. */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../core/analyse/context.js';
import { findActors } from '../../core/analyse/actors.js';
import { findQuotes } from '../../core/analyse/quotes/index.js';
import { rawSource } from '../../bench/quality-quotes.js';

function speakerName(text: string, fragment: string): string | null | undefined {
  const ctx = createContext([rawSource('t', text)], { summarySentences: 5 });
  return findQuotes(ctx, findActors(ctx)).find((q) => q.text.includes(fragment))?.speaker.name;
}

describe('given names', () => {
  it('let "she" pass over a man who opens the sentence', () => {
    const text = 'Owen Pratt met the inspector on Friday, and Melanie Corder showed him the ledgers.\n\n"The books were never balanced," she said.';
    expect(speakerName(text, 'never balanced')).toBe('Melanie Corder');
  });

  it('let "he" pass over a woman who opens the sentence', () => {
    const text = 'Ruth Okafor chaired the meeting while Graham Steele presented the budget.\n\n"We cannot borrow more," he said.';
    expect(speakerName(text, 'borrow more')).toBe('Graham Steele');
  });
});
