/**
 * Timeline labels a reader can take on their own: whole clauses rather than phrases cut off
 * mid-way, and a name where the sentence had a pronoun. All text here is made up.
 */
import { describe, expect, it } from 'vitest';
import { createContext } from '../../core/analyse/context.js';
import { buildTimeline } from '../../core/analyse/timeline.js';
import { findDates } from '../../core/analyse/dates/find.js';
import { eventLabel } from '../../core/analyse/dates/label.js';
import { sourceFromText } from '../../core/ingest/index.js';

function labelAt(sentence: string, when: string): string | null {
  const mentions = findDates(sentence, '2025-04-25');
  const mention = mentions.find((m) => m.when === when);
  if (!mention) throw new Error(`no date "${when}" found in: ${sentence}`);
  return eventLabel(sentence, mention.start, mention.end, { others: mentions.filter((m) => m !== mention) });
}

function labels(text: string): string[] {
  const source = sourceFromText(text, { origin: 'made-up', kind: 'text', publishedAt: '2025-04-25' });
  return buildTimeline(createContext([source], { summarySentences: 5 })).map((t) => t.label);
}

describe('cutting a long label', () => {
  it('drops a relative clause that opens with its verb instead of stopping mid-phrase', () => {
    expect(labelAt('The council wanted a clause inserted in the harbour bylaw that would have forced the ferry operators to publish their timetables by 1 March 2024.', '1 March 2024'))
      .toBe('The council wanted a clause inserted in the harbour bylaw');
  });

  it('ends before a second clause joined by "but" or "and then"', () => {
    expect(labelAt('The museum managed to raise four million pounds from its patrons to buy the old tapestry in March 2023 but the owner refused to sell it to them.', 'March 2023'))
      .toBe('The museum managed to raise four million pounds from its patrons to buy the old tapestry');
    expect(labelAt('The runner won at the same indoor venue in June 2022 and then claimed the title race would be between himself and two rivals from the northern clubs.', 'June 2022'))
      .toBe('The runner won at the same indoor venue');
  });

  it('does not cut between a verb\'s object and what it is taken "as", but does before a clause or "by"', () => {
    expect(labelAt('The northern berths will close for the winter on Friday in what will be seen as a victory for the fishing guild.', 'Friday'))
      .toBe('The northern berths will close for the winter in what will be seen as a victory for the fishing guild');
    expect(labelAt('Thirty crew members were hurt on Friday in the crowded engine room of the ferry by a blast that the harbour master described as deliberate.', 'Friday'))
      .toBe('Thirty crew members were hurt in the crowded engine room of the ferry');
    expect(labelAt('The council met just three days after the guild condemned the new harbour levy as port workers marched through the old town on Monday.', 'Monday'))
      .toBe('The council met just three days after the guild condemned the new harbour levy');
  });

  it('keeps what was told after "that": a clause a little over the limit stays whole', () => {
    expect(labelAt('In Lisbon last week, the envoy told a meeting of harbour masters that few cities understood the stakes of rising seas.', 'last week'))
      .toBe('The envoy told a meeting of harbour masters that few cities understood the stakes of rising seas');
  });

  it('cuts a clause longer than the limit before a phrase, without an ellipsis', () => {
    expect(labelAt('A harbour official said on Friday that smugglers have targeted the customs systems of more than twenty ports along the coast in recent months.', 'Friday'))
      .toBe('A harbour official said that smugglers have targeted the customs systems of more than twenty ports along the coast');
  });

  it('gives no label when no cut leaves a clause with a verb', () => {
    // "long-awaited" is no verb: cut before "arrived", nothing has happened.
    expect(labelAt('The ferry company\u2019s long-awaited answer to the regulator\u2019s demand for a complete overhaul of safety drills on every vessel sailing between the three islands arrived on Friday.', 'Friday'))
      .toBeNull();
  });
});

describe('clauses with no subject of their own', () => {
  it('gives no label for a participle phrase, a bare verb or a clause hanging from the one before', () => {
    expect(labelAt('Powered by $2m in donations from the port guilds in March 2023.', 'March 2023')).toBeNull();
    expect(labelAt('Known as the Harbour Act was passed by the assembly on 3 May 2021.', '3 May 2021')).toBeNull();
    expect(labelAt('Not only was the vote delayed in June 2022.', 'June 2022')).toBeNull();
    expect(labelAt('Which tracks the daily catch showed a fall in March 2023.', 'March 2023')).toBeNull();
  });

  it('drops "on a" with the date rather than leaving the article behind', () => {
    expect(labelAt('The choir used to sing on a Friday night in the old chapel.', 'Friday night')).toBe('The choir used to sing in the old chapel');
  });
});

describe('a clause that is not the news by itself', () => {
  it('joins an attribution to what was told, or gives no label when that does not fit', () => {
    expect(labelAt('Three berths will close for dredging, the harbour board told fishermen at a meeting in Portree on Friday.', 'Friday'))
      .toBe('Three berths will close for dredging, the harbour board told fishermen at a meeting in Portree');
    expect(labelAt('The dredging will cost far more than the council planned and will take at least three years to finish, the engineer told reporters in Oban on Friday.', 'Friday'))
      .toBeNull();
  });

  it('never ends on a word that points on to what was cut ("that those")', () => {
    expect(labelAt('The harbour mayor echoed claims by the regional governor last week that those who question the dredging budget harm the whole city and its workers.', 'last week'))
      .toBe('The harbour mayor echoed claims by the regional governor');
  });

  it('gives no label when the dated event was a relative clause left with nothing but its verb', () => {
    // The footage is not what happened on Tuesday afternoon; the collision was.
    expect(labelAt('The footage does not show the collision itself, which occurred on Tuesday afternoon.', 'Tuesday afternoon')).toBeNull();
  });

  it('takes a pair of dates out together', () => {
    expect(labelAt('Delegates will meet for the harbour summit in Bergen on Friday and Saturday.', 'Friday')).toBe('Delegates will meet for the harbour summit in Bergen');
    expect(labelAt('Delegates will meet for the harbour summit in Bergen on Friday and Saturday.', 'Saturday')).toBe('Delegates will meet for the harbour summit in Bergen');
  });

  it('does not cut after a verb that needs what follows, or inside a "that" clause before its verb', () => {
    const study = labelAt('A detailed study being released on Tuesday by a group of harbour economists shows in detail how the smaller ports have managed to hide their losses for years.', 'Tuesday');
    expect(study ?? '').not.toMatch(/\bshows$/);
    const said = labelAt('In a March 2024 meeting with the board of the Harbour Gazette the minister said that the port authority in Oban may need to be wound up within two years.', 'March 2024');
    expect(said ?? '').not.toMatch(/that the port authority$/);
  });
});

describe('a noun and its relative clause', () => {
  it('makes the noun the subject of a relative set off by commas', () => {
    expect(labelAt('Ida Holm, who will join the ferry board in March 2026, spoke at length about the dredging.', 'March 2026')).toBe('Ida Holm will join the ferry board');
  });

  it('gives no label when the sentence\'s own verb was never reached', () => {
    expect(labelAt('It was a harrowing look at the case of Ola Berg, a 30-year-old deckhand who drowned in June 2021 after being left on the pier for three hours without any help from the crew.', 'June 2021')).toBeNull();
  });

  it('keeps "the one who …" whole', () => {
    expect(labelAt('On Friday the harbour master claimed that the ferry operator was the one who started the rumour about the berths.', 'Friday'))
      .toBe('The harbour master claimed that the ferry operator was the one who started the rumour about the berths');
  });
});

describe('labels that stop where the news begins', () => {
  it('drops a condition cut off from its consequence and a clause that stops at its verb', () => {
    expect(labelAt('The harbour board said on Friday that if the dredging were to go ahead, fees would rise.', 'Friday')).toBeNull();
    expect(labelAt('The veteran skipper told the local radio station on Friday how surprised she is that safety at the harbour has been at the bottom of the agenda for years.', 'Friday')).toBeNull();
  });

  it('reads "that" before a noun as pointing at it, not as an unfinished clause', () => {
    expect(labelAt('The port judge rejected that argument in a ruling released on Friday.', 'Friday')).toBe('The port judge rejected that argument in a ruling');
  });

  it('leaves out a pasted social-media post', () => {
    expect(labelAt('Watch the ferry arrive on Friday https://t.co/abc pic.twitter.com/xyz @PortNews', 'Friday')).toBeNull();
  });
});

describe('the clause the date belongs to', () => {
  it('takes a subordinate clause with a verb of its own rather than the main clause', () => {
    expect(labelAt('While Friday\u2019s ferry sailing will be the first of the season, the harbour has hosted three cruise ships already.', 'Friday'))
      .toBe('The ferry sailing will be the first of the season');
    expect(labelAt('When the strike began on Monday, officials fled the port.', 'Monday')).toBe('The strike began');
  });

  it('drops a participle that only placed a thing in time, not a verb after its subject', () => {
    expect(labelAt('The port judge rejected the claim in a ruling released on Thursday.', 'Thursday')).toBe('The port judge rejected the claim in a ruling');
    expect(labelAt('A harbour survey released Friday shows that fares rose by a tenth.', 'Friday')).toBe('A harbour survey shows that fares rose by a tenth');
    expect(labelAt('Fares will rise by a tenth, a spokesman announced on Monday.', 'Monday')).toBe('Fares will rise by a tenth, a spokesman announced');
  });

  it('gives no label for who spoke while something else went on', () => {
    expect(labelAt('Ida Holm said as she and other dockers marched through the port early on Sunday.', 'early on Sunday')).toBeNull();
  });
});

describe('dates that are no event\'s', () => {
  it('skips the date of a figure compared against', () => {
    expect(labels('Freight volumes grew 9%, down from 14% in February, and fares rose 3%.')).toEqual([]);
    expect(labels('Fares rose 3% in March 2024, compared with 5% in March 2023.').length).toBe(1);
  });
});

describe('naming a leading pronoun from the document', () => {
  it('names "she" by the subject a few sentences back', () => {
    expect(labels('Ana Ortiz, the mayor, announced a curfew on the docks.\n\nThe measure angered traders.\n\nOn Friday she visited the harbour.'))
      .toEqual(['Ana Ortiz visited the harbour']);
  });

  it('names a possessive and spells out a contraction', () => {
    expect(labels('Tom Reyes, the harbour master, was sacked. Traders cheered. His deputy resigned on Monday.')).toEqual(['Tom Reyes\u2019s deputy resigned']);
    expect(labels('Sara Lund, the union leader, called the strike. The dockers backed the call. She\u2019ll meet the owners on Friday.')).toEqual(['Sara Lund will meet the owners']);
  });

  it('drops an entry whose pronoun names no one, or stands for nothing', () => {
    expect(labels('The weather was poor all week.\n\nHe resigned from the board on Friday.')).toEqual([]);
    expect(labels('It is unclear whether the ferry will sail on Friday.')).toEqual([]);
    expect(labels('The fleet grew. That lead was seven boats by Friday.')).toEqual([]);
  });

  it('does not give "it" a name mentioned only in passing', () => {
    // The resolver would fall back on the island, which is no subject of anything here.
    expect(labels('Officials on Vell Island spoke to the press about the storm. Crews worked all night. On Monday it reopened the port.')).toEqual([]);
  });
});

describe('a credited claim', () => {
  it('keeps the credit when the label is shortened, so a claim does not read as a fact', () => {
    const label = labelAt('The new harbour toll announced on Tuesday is an insult to every fishing family that has worked the northern quays for generations, guild leaders said.', 'Tuesday');
    expect(label).not.toBeNull();
    expect(label).toMatch(/, guild leaders said$/);
    expect(label).toMatch(/^The new harbour toll/);
  });

  it('names a pronoun credit, and drops the entry when nobody can be named', () => {
    expect(labelAt('The toll approved on Tuesday will ruin the northern quays, he said.', 'Tuesday')).toBeNull();
    const sentence = 'The toll approved on Tuesday will ruin the northern quays, she said.';
    const m = findDates(sentence, '2025-04-25')[0]!;
    expect(eventLabel(sentence, m.start, m.end, { previous: 'Mayor Ana Ruiz spoke at the quay.' })).toBe('The toll approved will ruin the northern quays, Mayor Ana Ruiz said');
  });
});
