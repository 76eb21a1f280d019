/** A figure's place comes only from a place its own clause words as a location. */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../core/analyse/context.js';
import { findFigures } from '../../core/analyse/figures.js';
import { rawSource } from '../../bench/quality-quotes.js';

function only(text: string, value: number) {
  const found = findFigures(createContext([rawSource('t', text)], { summarySentences: 5 })).filter((f) => f.value === value);
  expect(found, `${value} in: ${text}`).toHaveLength(1);
  return found[0]!;
}

describe('place only where the words make it a location', () => {
  it('takes no place from a place that acts or describes a noun', () => {
    expect(only('Moscow fired 40 drones overnight.', 40).place).toBeNull();
    expect(only('Prosecutors charged two Leeds developers with defrauding investors from at least 30 countries.', 30).place).toBeNull();
    expect(only('The levy covers $3 billion in goods carried on Kenyan ferries.', 3_000_000_000).place).toBeNull();
    expect(only('The donor pledged $2 million to the Lagos businessman.', 2_000_000).place).toBeNull();
  });

  it('takes no place from an organisation named with a preposition, nor from the credit after the figure', () => {
    expect(only('About 4,000 teachers marched with the Alliance to Save Lisbon Schools.', 4000).place).toBeNull();
    expect(only('More than 4,000 teachers marched at 90 schools, according to organisers in Leeds.', 90).place).toBeNull();
    expect(only('The firm would owe $6 billion in taxes if the money came back to Ireland.', 6_000_000_000).place).toBeNull();
    expect(only('Pyongyang fired two missiles into the sea while leaders met in Beijing.', 2).place).toBeNull();
  });

  it('takes no place from a leading clause of time span or contrast for counts that are not casualties', () => {
    expect(only('Since the floods in Dhaka, the charity has hired 300 workers.', 300).place).toBeNull();
  });

  it('reads a place past a determiner and describing words, and keeps "from" and "to" in the label', () => {
    expect(only('Thirty people were injured in a crowded Lagos market.', 30).place).toBe('Lagos');
    expect(only('Officials said 60 people attended the meeting in Geneva.', 60).place).toBe('Geneva');
    expect(only('About 2,000 refugees from Eritrea reached the camp.', 2000)).toMatchObject({ place: 'Eritrea', label: 'refugees from Eritrea' });
    expect(only('Cholera spread to Haiti, killing 900.', 900).label).toBe('people killed in Haiti');
  });

  it('reads "the province of X" as where, and a "from X" before the figure as another noun\'s origin', () => {
    expect(only('At least 30 people were injured after storms swept through the eastern region of Kharkiv on Monday.', 30).place).toBe("Kharkiv");
    expect(only('The bank lent $4 million to the city of Kharkiv.', 4_000_000)).toMatchObject({ place: 'Kharkiv', label: 'loan to Kharkiv' });
    expect(only('Rescue teams from Norway sent 300 soldiers to the coast.', 300).place).toBeNull();
  });

  it('reads a headline\'s present tense as a casualty count', () => {
    expect(only('Floods kill 40 in Kharkiv', 40)).toMatchObject({ category: 'killed', place: "Kharkiv" });
  });

  it('takes no place from a main clause whose relative clause is about another noun', () => {
    expect(only('The raid on Kharkiv was the latest of many attacks that have killed 900 people this year.', 900).place).toBeNull();
    expect(only('The strike on Kharkiv, which killed 9 people, drew protests.', 9).place).toBe('Kharkiv');
  });
});
