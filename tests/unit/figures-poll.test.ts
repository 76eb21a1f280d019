/** A share in a race says whom it backs; poll samples keep their -ed adjectives. */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../core/analyse/context.js';
import { findFigures } from '../../core/analyse/figures.js';
import { rawSource } from '../../bench/quality-quotes.js';

function labels(text: string): Record<number, string> {
  const figures = findFigures(createContext([rawSource('t', text)], { summarySentences: 5 }));
  return Object.fromEntries(figures.filter((f) => f.value !== null).map((f) => [f.value!, f.label]));
}

describe('shares in a race name the side they back', () => {
  it('reads "A leads B by x percent to y percent" and "A is leading B x percent to y percent"', () => {
    expect(labels('The new survey shows Moreno leads Castell by 51 percent to 39 percent.')).toEqual({ 51: 'support for Moreno', 39: 'support for Castell' });
    expect(labels('A second survey shows Castell is leading Moreno 48.5 percent to 44.2 percent.')).toEqual({ 48.5: 'support for Castell', 44.2: 'support for Moreno' });
  });

  it('reads "x percent would choose A", "A was supported by x percent" and "A received x percent support"', () => {
    expect(labels('Among likely voters, 41 percent would choose Moreno and 3 percent prefer Green nominee Ada Vos.')).toEqual({ 41: 'support for Moreno', 3: 'support for Ada Vos' });
    expect(labels('Moreno was supported by 47 percent of those asked, while Castell received 36 percent support.')).toEqual({ 47: 'support for Moreno', 36: 'support for Castell' });
  });

  it('takes no name from a pronoun', () => {
    expect(labels('She leads Castell by 51 percent to 39 percent.')).toEqual({});
  });

  it('keeps an -ed adjective before the counted plural', () => {
    expect(labels('Only 38 percent of registered voters approved of the deal.')).toEqual({ 38: 'share of registered voters' });
  });
});
