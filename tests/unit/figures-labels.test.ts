/** Figure labels say what is counted; personal details are no figures of the situation. */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../core/analyse/context.js';
import { findFigures } from '../../core/analyse/figures.js';
import { rawSource } from '../../bench/quality-quotes.js';

function figuresOf(text: string) {
  return findFigures(createContext([rawSource('t', text)], { summarySentences: 5 }));
}

function only(text: string, value: number) {
  const found = figuresOf(text).filter((f) => f.value === value);
  expect(found, `${value} in: ${text}`).toHaveLength(1);
  return found[0]!;
}

describe('an empty noun takes the verb that says what was counted', () => {
  it('reads the verb, its particle or preposition and its object', () => {
    const sitIn = only('More than 40,000 people took part in a nationwide “sit-in” at 900 farms.', 40_000);
    expect(sitIn.label).toBe('people took part in a nationwide sit-in');
    expect(sitIn.text).toBe('More than 40,000 people took part in a nationwide “sit-in”');
    expect(only('About 300 people gathered outside the town hall on Friday.', 300).label).toBe('people gathered outside the town hall');
    expect(only('Some 80 people have signed the petition, organisers said.', 80).label).toBe('people signed the petition');
    expect(only('The debate was watched by 9.5 million people on Monday.', 9_500_000).label).toBe('people who watched');
  });

  it('leaves a noun that says who alone, and takes no saying verb', () => {
    expect(only('About 300 farmers gathered outside the town hall.', 300).label).toBe('farmers');
    expect(only('About 300 people said they would vote for the plan.', 300).label).toBe('people');
  });

  it('says what members belong to', () => {
    expect(only('The union speaks for 40,000 members of an ancient guild.', 40_000).label).toBe('members of an ancient guild');
  });
});

describe('a change names what changed', () => {
  it('reads the subject past an auxiliary and a "for" phrase', () => {
    expect(only('Grain exports were up 6% in May.', 6).label).toBe('rise in grain exports');
    expect(only('Demand for diesel has risen 9% this year.', 9).label).toBe('rise in demand for diesel');
    expect(only('Shares closed higher, with Brasco rising 7% by noon.', 7).label).toBe('rise for Brasco');
    expect(only('Rents rose 4% in March.', 4).label).toBe('rise in rents');
  });
});

describe('personal details are no figures of the situation', () => {
  it('drops someone\'s family, but not a family killed', () => {
    expect(figuresOf('"We need the funds," said Dana Roe, who has three children.')).toEqual([]);
    expect(figuresOf('He lived with two of his seven grandchildren in the valley.')).toEqual([]);
    expect(only('The shelling killed two of his children.', 2).category).toBe('killed');
  });

  it('drops a known group named by its size and a handful of people named one by one', () => {
    expect(figuresOf('The two women spoke for an hour.')).toEqual([]);
    expect(figuresOf('The mood was captured by two voters, Ann Lee and Bo Park, at the rally.')).toEqual([]);
    expect(only('Two women were arrested at the rally.', 2).label).toBe('women arrested');
  });

  it('reads no count in a ratio', () => {
    expect(figuresOf('The board backed the deal by a 4 to 1 margin.')).toEqual([]);
  });
});
