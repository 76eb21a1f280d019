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
    expect(pick(145)!.when).toBe(pick(70)!.when);
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

  it('leaves out numbers inside quotations', () => {
    const figures = figuresOf('The mayor said: "We lost 12 homes and 4 bridges." Officials later counted 9 dead. "Another 30 families left," she added.');
    expect(figures.map((f) => f.value)).toEqual([9]);
  });

  it('skips years, times and ordinals', () => {
    const figures = figuresOf('In 2022, at 5 a.m., the 3rd brigade moved.');
    expect(figures).toEqual([]);
  });
});

/** The one figure whose value is `value`; fails the test when there is none. */
function only(text: string, value: number) {
  const found = figuresOf(text).filter((f) => f.value === value);
  expect(found, `${value} in: ${text}`).toHaveLength(1);
  return found[0]!;
}

describe('death tolls worded around the number', () => {
  it('reads "puts the death toll at", "the toll rose to", "the number of dead", "toll stands at" as the dead', () => {
    expect(only('The provincial governor now puts the death toll at 9.', 9)).toMatchObject({ category: 'killed', label: 'people killed', text: 'death toll at 9' });
    expect(only('By evening the toll had risen to 14, rescuers said.', 14)).toMatchObject({ category: 'killed' });
    expect(only('The number of dead rose to 31 after two more bodies were recovered.', 31)).toMatchObject({ category: 'killed' });
    expect(only('The toll stands at 8 with dozens still unaccounted for.', 8)).toMatchObject({ category: 'killed' });
    expect(only('The number of injured reached 60 by nightfall.', 60)).toMatchObject({ category: 'injured' });
  });

  it('reads the outcome past a clause in commas, "perished", "lost their lives" and "were left homeless"', () => {
    expect(only('Some 300 villagers, most of them farmers, perished in the mudslide.', 300)).toMatchObject({ category: 'killed', label: 'villagers killed', qualifier: 'some' });
    expect(only('At least 40 passengers lost their lives when the ferry capsized.', 40)).toMatchObject({ category: 'killed', qualifier: 'at least' });
    expect(only('Around 2,000 families were left homeless by the floods.', 2000)).toMatchObject({ category: 'displaced', label: 'families displaced' });
  });

  it('keeps a casualty noun that says it all and does not read "death row" as a death', () => {
    expect(only('The camp now shelters 11,200 Sudanese refugees.', 11200)).toMatchObject({ category: 'displaced', label: 'Sudanese refugees' });
    expect(figuresOf('The governor commuted the sentence of one death row inmate.').filter((f) => f.category === 'killed')).toEqual([]);
  });
});

describe('labels read as short noun phrases', () => {
  it('stops at the verb after the counted noun', () => {
    expect(only('Around 900 trucks use the border crossing every day.', 900).label).toBe('trucks');
    expect(only('About 35 ministers attended the summit.', 35).label).toBe('ministers');
    const vague = figuresOf('Thousands of farmers blocked the motorway.').find((f) => f.value === null);
    expect(vague?.label).toBe('farmers');
  });

  it('names what happened to the counted things: "people arrested", "homes destroyed", "drones launched"', () => {
    expect(only('Police arrested 57 protesters near the parliament.', 57).label).toBe('protesters arrested');
    expect(only('Officials said 220 homes were destroyed.', 220).label).toBe('homes destroyed');
    expect(only('Border guards shut down 12 crossings.', 12).label).toBe('crossings shut down');
    expect(only('The army launched 96 drones overnight.', 96)).toMatchObject({ category: 'weapons', label: 'drones launched' });
    expect(only('Of the 96 drones launched overnight, most were shot down.', 96).label).toBe('drones launched');
    expect(only('More than 40 tankers were told to wait offshore.', 40).label).toBe('tankers');
  });

  it('says what a measure measures and keeps adjectives in -ly and -ing', () => {
    expect(only('The fire destroyed 12,000 hectares of farmland.', 12000).label).toBe('hectares of farmland destroyed');
    expect(only('The port holds 4,000 tons of wheat.', 4000).label).toBe('tons of wheat');
    expect(only('The ship carried 4,000 tons of wheat.', 4000).label).toBe('tons of wheat carried');
    expect(only('Police detained 30 striking workers.', 30).label).toBe('striking workers detained');
    expect(only('About 46 percent of likely voters backed the mayor.', 46).label).toBe('share of likely voters');
  });

  it('does not repeat the place the label already names', () => {
    const figure = only('Shelling killed 7 people in Odesa on Tuesday.', 7);
    expect(figure.label).toBe('people killed in Odesa');
    expect(figure.label.match(/Odesa/g)).toHaveLength(1);
  });
});

describe('sums and shares say what they measure', () => {
  it('labels money by its noun, what it is spent in, the noun it is "of", or the verb that moved it', () => {
    expect(only('Donors pledged $2 billion in reconstruction aid.', 2_000_000_000).label).toBe('reconstruction aid');
    expect(only('The regulator fined the bank $40 million.', 40_000_000).label).toBe('fine');
    expect(only('The ministry reported a budget deficit of $3 billion.', 3_000_000_000).label).toBe('budget deficit');
    expect(only('The council approved a £250,000 grant for the harbour.', 250_000).label).toBe('grant');
    expect(only('The campaign raised $12 million in the quarter.', 12_000_000).label).toBe('amount raised');
  });

  it('labels shares by what they are a share of, the change they measure, or the level reached', () => {
    expect(only('About 30 percent of voters backed the plan.', 30)).toMatchObject({ label: 'share of voters', qualifier: 'about' });
    expect(only('Fuel prices rose 12% in March.', 12).label).toBe('rise in fuel prices');
    expect(only('The country imposed a 25 percent tariff on steel.', 25).label).toBe('tariff');
    expect(only('Inflation in the region slowed to 4.5% last month.', 4.5).label).toBe('inflation in the region');
    expect(only('Oil output fell to 2% of the total.', 2).label).toBe('oil output');
    expect(only('Insurers raised premiums for tankers by about 20 percent.', 20)).toMatchObject({ label: 'increase in premiums', qualifier: 'about' });
  });

  it('takes the noun a sum is "of" without the verb before it, and prefers it to a word after', () => {
    expect(only('The latest data suggests annual growth of just 0.3%.', 0.3)).toMatchObject({ label: 'annual growth', qualifier: 'just' });
    expect(only('Households with gross incomes of more than $2 million pay more.', 2_000_000).label).toBe('gross incomes');
  });

  it('leaves out sums and shares nothing names, and the starting value of a change', () => {
    expect(figuresOf('Only 42% of them agreed. The war could cost hundreds of billions of dollars.')).toEqual([]);
    expect(figuresOf('It was $12. That is 40%.')).toEqual([]);
    const fares = figuresOf('The fare went from £6 to £10 a trip.');
    expect(fares.find((f) => f.value === 6)).toBeUndefined();
  });
});

describe('numbers that are not counts a brief lists', () => {
  it('skips day-month dates, ages, durations, distances and measures', () => {
    expect(figuresOf('The talks resume on 14 March.')).toEqual([]);
    expect(figuresOf('The envoy, aged 61, arrived.')).toEqual([]);
    expect(figuresOf('Anna Berg, 45, told the panel she had waited.')).toEqual([]);
    expect(figuresOf('The ceasefire held for 10 days and the convoy stopped 80 kilometres north of the city.')).toEqual([]);
    expect(figuresOf('The runner cleared 4.9 metres in 12.5 seconds.')).toEqual([]);
  });

  it('skips page, model and channel numbers, phone numbers, ratios and numbers modifying a noun', () => {
    expect(figuresOf('The report is on page 14.')).toEqual([]);
    expect(figuresOf('The interview aired on the Channel 4 programme and the new Galaxy 9 phones sold out.')).toEqual([]);
    expect(figuresOf('Call 0800 555 0199 for details.')).toEqual([]);
    expect(figuresOf('One in every 5 voters stayed home; eight of 10 shops were closed.')).toEqual([]);
    expect(figuresOf('A 911 caller reported the fire.')).toEqual([]);
    expect(figuresOf('The 2024 elections were held under the 1996 constitution.')).toEqual([]);
  });
});

describe('the date a figure refers to', () => {
  it('takes the event date nearest the figure, not the day the figures were reported', () => {
    expect(only('Officials said on Friday that 14 people were killed late Wednesday.', 14).when).toBe('late Wednesday');
    expect(only('Officials said on Friday that 14 people were killed.', 14).when).toBeNull();
    expect(only('On Monday, 5 soldiers were wounded near the border.', 5).when).toBe('Monday');
    expect(only('On Sunday, the city gazette reported that 9 homes were destroyed.', 9).when).toBeNull();
  });

  it('does not take a date that belongs to another number or names a thing', () => {
    expect(only('Exports fell 9% in May, and imports rose 4%.', 4).when).toBeNull();
    const listed = figuresOf('The barrage began late Monday night, with 40 missiles and 90 drones fired at the port.');
    expect(listed.map((f) => f.when)).toEqual(['late Monday night', 'late Monday night']);
    expect(only('The 8 finalists for this year\'s prize were named.', 8).when).toBeNull();
  });

  it('does not take a date word that is part of a name', () => {
    expect(only('The Sunday Herald counted 6 deaths.', 6).when).toBeNull();
  });
});

describe('the place a figure is about', () => {
  it('takes a casualty count\'s place from the sentence before, or from the count that sentence gave', () => {
    expect(only('Drones struck Kharkiv overnight. The attack killed 4 people.', 4).place).toBe('Kharkiv');
    expect(only('Officials in Odesa reported 3 dead. Local media reported 5 dead.', 5).place).toBe('Odesa');
  });

  it('takes no place from a clause about something else, nor from another sentence for other counts', () => {
    expect(only('A patient died in hospital in Lviv, where the toll now stands at 6.', 6).place).toBe('Lviv');
    expect(only('The governor puts the toll at 6, after a patient died in hospital in Lviv.', 6).place).toBeNull();
    expect(only('Crowds gathered in Lviv. About 300 volunteers signed up.', 300).place).toBeNull();
    expect(only('The convoy stopped off Mariupol, where 40 trucks were unloaded.', 40)).toMatchObject({ place: 'Mariupol', label: 'trucks unloaded in Mariupol' });
  });
});
