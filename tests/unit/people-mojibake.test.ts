/**
 * Names in text that went through a wrong decoding (UTF-8 read as Latin-1 or Windows-1252) or
 * came decomposed (letter plus combining mark) stay one word, so speaker names stay whole.
 * Offsets must match the raw text, so the engine reads such words as written.
 */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../core/analyse/context.js';
import { findActors } from '../../core/analyse/actors.js';
import { findQuotes } from '../../core/analyse/quotes/index.js';
import { tokenize } from '../../core/analyse/people/tokens.js';
import { rawSource } from '../../bench/quality-quotes.js';

function speakerOf(text: string): { name: string | null; role: string | null } | undefined {
  const ctx = createContext([rawSource('t', text)], { summarySentences: 5 });
  return findQuotes(ctx, findActors(ctx))[0]?.speaker;
}

// "Amélie" and "Gaëtan" as a wrong decoding writes them, once and twice over.
const ONCE = 'Am\u00c3\u00a9lie';
const TWICE = 'Ga\u00c3\u0083\u00c2\u00abtan';
// The same twice-decoded name with Ã and Â written as A plus a combining mark.
const DECOMPOSED = 'Ga\u0041\u0303\u0083\u0041\u0302\u00abtan';

describe('mojibake in names', () => {
  it('keeps a once and a twice mis-decoded letter inside its word', () => {
    expect(tokenize(`${ONCE} Roche and ${TWICE} Morel`).map((t) => t.text)).toEqual([ONCE, 'Roche', 'and', TWICE, 'Morel']);
  });

  it('keeps combining marks and decomposed mojibake inside the word', () => {
    expect(tokenize(`Ine\u0301s Varga met ${DECOMPOSED} Morel`).map((t) => t.text)).toEqual(['Ine\u0301s', 'Varga', 'met', DECOMPOSED, 'Morel']);
  });

  it('gives the whole name and role as the speaker', () => {
    const text = `The ministers met in Lyon.\n\n“The border stays open,” Belgian Prime Minister ${DECOMPOSED} Morel said on Friday.`;
    expect(speakerOf(text)).toEqual({ name: `${DECOMPOSED} Morel`, role: 'Belgian Prime Minister' });
  });

  it('does not swallow a no-break space after Ã', () => {
    expect(tokenize('IRM\u00c3\u00a0Santos').map((t) => t.text)).toEqual(['IRM\u00c3', 'Santos']);
  });
});
