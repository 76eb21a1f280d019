/** A figure's day comes only from its own clause. */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../core/analyse/context.js';
import { findFigures } from '../../core/analyse/figures.js';
import { rawSource } from '../../bench/quality-quotes.js';

function only(text: string, value: number) {
  const found = findFigures(createContext([rawSource('t', text)], { summarySentences: 5 })).filter((f) => f.value === value);
  expect(found, `${value} in: ${text}`).toHaveLength(1);
  return found[0]!;
}

describe('the day of a figure', () => {
  it('takes no day across the comma that closes a leading "though" clause, nor across a "―" or " -- " dash', () => {
    expect(only('Though the fund has raised more than $8 million, it signed a pact with the party in March.', 8_000_000).when).toBeNull();
    expect(only('Last week the chief blamed junior staff ― 700 employees were fired for it.', 700).when).toBeNull();
    expect(only('Last week the chief blamed junior staff -- 700 employees were fired for it.', 700).when).toBeNull();
  });

  it('keeps the day a "since" clause gives a running count', () => {
    expect(only('Since the floods of March 2019, the agency has rebuilt 400 bridges.', 400).when).toBe('March 2019');
  });
});
