/** Figures: counts with what they count, their qualifier, category, place and date. */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../core/analyse/context.js';
import { findFigures } from '../../core/analyse/figures.js';
import { rawSource, runSeed } from '../../bench/quality-quotes.js';

function figuresOf(text: string) {
  return findFigures(createContext([rawSource('t', text)], { summarySentences: 5 }));
}

describe('seed article figures', () => {
  it('finds the 5 gold figures with qualifier, category and place', async () => {
    const run = await runSeed();
    const pick = (value: number) => run.figures.find((f) => f.value === value);
    expect(pick(12)).toMatchObject({ category: 'killed', qualifier: 'at least', place: 'Kyiv' });
    expect(pick(90)).toMatchObject({ category: 'injured', place: 'Kyiv' });
    expect(pick(70)).toMatchObject({ category: 'weapons', qualifier: 'over' });
    expect(pick(70)!.label).toContain('missiles');
    expect(pick(145)).toMatchObject({ category: 'weapons' });
    expect(pick(145)!.label).toContain('drones');
    expect(pick(35)).toMatchObject({ category: 'killed', place: 'Sumy', when: 'April 13' });
  });

  it('does not read the date "April 13" as a count', async () => {
    const run = await runSeed();
    expect(run.figures.find((f) => f.value === 13)).toBeUndefined();
  });

  it('cites the figure as worded', async () => {
    const run = await runSeed();
    for (const f of run.figures) {
      expect(run.source.text.slice(f.cites[0]!.start, f.cites[0]!.end)).toBe(f.text);
    }
  });
});

describe('number forms', () => {
  it('reads spelled-out, vague and money amounts', () => {
    const figures = figuresOf('Twelve soldiers were wounded near Bakhmut. Dozens of civilians were displaced. The fund pledged $1.5 billion. About 40% of homes lost power.');
    expect(figures.find((f) => f.value === 12)).toMatchObject({ category: 'injured' });
    expect(figures.find((f) => f.text.startsWith('Dozens'))).toMatchObject({ value: null, category: 'displaced' });
    expect(figures.find((f) => f.value === 1_500_000_000)).toMatchObject({ category: 'money' });
    expect(figures.find((f) => f.value === 40)).toMatchObject({ category: 'percentage', qualifier: 'about' });
  });

  it('skips years, times and ordinals', () => {
    const figures = figuresOf('In 2022, at 5 a.m., the 3rd brigade moved.');
    expect(figures).toEqual([]);
  });
});
