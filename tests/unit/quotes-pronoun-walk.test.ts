/** How far back a pronoun speaker is looked for, on text written for the test. */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../core/analyse/context.js';
import { findActors } from '../../core/analyse/actors.js';
import { findQuotes } from '../../core/analyse/quotes/index.js';
import { rawSource } from '../../bench/quality-quotes.js';

function speakerName(text: string, fragment: string): string | null | undefined {
  const ctx = createContext([rawSource('t', text)], { summarySentences: 5 });
  return findQuotes(ctx, findActors(ctx)).find((q) => q.text.includes(fragment))?.speaker.name;
}

describe('a pronoun speaker several sentences on', () => {
  it('stays with the latest speaker past a cast list far back', () => {
    const text = [
      'Ruth Adler, the novelist who wrote Harbour Lights, died on Monday.',
      '"I never plan a book," Ms Adler said in 1990.',
      'Her first novel was filmed in 1975, starring Paul Dorn and Vera Sandt as the lovers.',
      'It ran for months. Critics loved it. Sales doubled. The sequel failed.',
      '"I am never satisfied," she once said.',
    ].join('\n\n');
    expect(speakerName(text, 'never satisfied')).toBe('Ruth Adler');
  });

  it('follows sentences using the same pronoun back to the person they are about', () => {
    const text = [
      '"Rates will rise," said Maria Kessler, the bank governor.',
      'Lena Voss ran the bakery for thirty years. She was tired. She was broke. She baked at four. Still, she opened every day. Then she hired two apprentices.',
      '"I will not close," she said.',
    ].join('\n\n');
    expect(speakerName(text, 'not close')).toBe('Lena Voss');
  });
});

describe('a long run of pronoun quotes in one paragraph', () => {
  it('keeps the speaker through the whole run (the walk is bounded, the latest speaker carries on)', () => {
    const text = 'Mayor Tom Reed spoke at length. ' + Array.from({ length: 400 }, (_, i) => `“We will build pier ${i} soon,” he said.`).join(' ');
    expect(speakerName(text, 'pier 399 soon')).toBe('Tom Reed');
    expect(speakerName(text, 'pier 7 soon')).toBe('Tom Reed');
  });
});
