/**
 * Hostile input must finish and give sane output: long runs of quotation marks, dots and
 * digits, unbalanced quotes, one huge sentence. Time is printed by the benchmark, not asserted.
 */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../core/analyse/context.js';
import { findActors } from '../../core/analyse/actors.js';
import { findQuotes } from '../../core/analyse/quotes/index.js';
import { findClaims } from '../../core/analyse/claims.js';
import { findFigures } from '../../core/analyse/figures.js';
import { rawSource } from '../../bench/quality-quotes.js';

function analyse(text: string) {
  const source = rawSource('adversarial', text);
  const ctx = createContext([source], { summarySentences: 5 });
  const actors = findActors(ctx);
  return { source, actors, quotes: findQuotes(ctx, actors), claims: findClaims(ctx, actors), figures: findFigures(ctx) };
}

const cases: [string, string][] = [
  ['100k straight quotation marks', '"'.repeat(100_000)],
  ['100k opening curly marks', '“'.repeat(100_000)],
  ['100k single marks', "'".repeat(100_000)],
  ['mixed marks', '“‘"\'”’'.repeat(20_000)],
  ['100k dots', '.'.repeat(100_000)],
  ['100k-character sentence', 'word '.repeat(20_000)],
  ['100k digits', '9'.repeat(100_000)],
  ['unbalanced quotes over many paragraphs', 'He said “this never closes\n'.repeat(5_000)],
];

describe('engine safety', () => {
  for (const [label, text] of cases) {
    it(`finishes on ${label} with cites inside the text`, () => {
      const { source, quotes, claims, figures } = analyse(text);
      for (const item of [...quotes, ...claims, ...figures]) {
        for (const c of item.cites) {
          expect(c.start).toBeGreaterThanOrEqual(0);
          expect(c.end).toBeLessThanOrEqual(source.text.length);
          expect(c.end).toBeGreaterThanOrEqual(c.start);
        }
      }
    }, 30_000);
  }

  it('finds nothing in empty or blank text', () => {
    for (const text of ['', '   \n\n  ']) {
      const { actors, quotes, claims, figures } = analyse(text);
      expect([actors, quotes, claims, figures].every((list) => list.length === 0)).toBe(true);
    }
  });

  it('treats unclosed quotes per paragraph, not as one quote swallowing the text', () => {
    const { quotes } = analyse('He said “this never closes but runs on\n'.repeat(3));
    expect(quotes.every((q) => !q.text.includes('He said'))).toBe(true);
  });
});
