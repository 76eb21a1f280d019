/** The timeline on the seed article (published Thursday 24 April 2025) and on fictional text. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../core/analyse/context.js';
import { buildTimeline } from '../../core/analyse/timeline.js';
import { findDates } from '../../core/analyse/dates/find.js';
import { eventLabel } from '../../core/analyse/dates/label.js';
import { sourceFromText } from '../../core/ingest/index.js';

const repoRoot = join(import.meta.dirname, '..', '..');
const dataDir = join(repoRoot, '..', 'shared', 'data', 'dev');
const seedText = readFileSync(join(dataDir, 'kyiv-strike.txt'), 'utf8');
const gold = JSON.parse(readFileSync(join(dataDir, 'kyiv-strike.gold.json'), 'utf8')) as { timeline: { when: string; what: string }[] };

function timelineOf(text: string, publishedAt: string | null) {
  const source = sourceFromText(text, { origin: 'seed', kind: 'text', publishedAt });
  return { source, timeline: buildTimeline(createContext([source], { summarySentences: 5 })) };
}

describe('buildTimeline on the seed article', () => {
  const { source, timeline } = timelineOf(seedText, '2025-04-24');

  it('has every gold entry, worded as the source says it', () => {
    for (const entry of gold.timeline) expect(timeline.map((t) => t.when)).toContain(entry.when);
  });

  it('resolves relative dates against the publication date (a Thursday)', () => {
    const dateOf = (when: string) => timeline.find((t) => t.when === when)?.date;
    expect(dateOf('late Wednesday night')).toBe('2025-04-23');
    expect(dateOf('Thursday')).toBe('2025-04-24');
    expect(dateOf('April 13')).toBe('2025-04-13');
    // A week-level expression is dated from the publication day, never from the week's Sunday.
    expect(dateOf('this week')).toBe('2025-04-24');
  });

  it('orders resolved entries chronologically', () => {
    const dates = timeline.map((t) => t.date).filter((d): d is string => d !== null);
    expect(dates).toEqual([...dates].sort());
    expect(timeline[0]?.when).toBe('April 13');
  });

  it('labels each entry with a short clause saying what happened, citing its sentence', () => {
    const labelOf = (when: string) => timeline.find((t) => t.when === when)!;
    expect(labelOf('late Wednesday night').label).toMatch(/Kyiv strike/);
    expect(labelOf('April 13').label).toMatch(/^A ballistic missile strike in Sumy killed 35/);
    expect(labelOf('this week').label).toMatch(/Witkoff.*Moscow/);
    expect(labelOf('Thursday').label).toMatch(/social media/);
    for (const entry of timeline) {
      const cited = source.text.slice(entry.cites[0]!.start, entry.cites[0]!.end);
      expect(cited).toContain(entry.when);
      expect(entry.label.length).toBeLessThan(cited.length);
      expect(entry.label).not.toContain(entry.when);
    }
  });

  it('does not read "now" as a date', () => {
    expect(timeline.some((t) => /^now$/i.test(t.when))).toBe(false);
  });
});

describe('buildTimeline without a publication date', () => {
  it('keeps relative expressions as written with no date, in source order', () => {
    const { timeline } = timelineOf(seedText, null);
    expect(timeline.find((t) => t.when === 'Thursday')?.date).toBeNull();
    expect(timeline.find((t) => t.when === 'April 13')?.date).toBeNull();
    expect(timeline.map((t) => t.when)).toEqual(['late Wednesday night', 'Thursday', 'this week', 'April 13']);
  });

  it('still resolves a fully stated date', () => {
    const { timeline } = timelineOf('The treaty was signed in Lisbon on 13 December 2007 after long talks.', null);
    expect(timeline[0]?.date).toBe('2007-12-13');
  });
});

describe('findDates', () => {
  it('places a bare weekday in the past or future by the sentence tense', () => {
    // Published on a Thursday: "Saturday" is two days later if expected, five days earlier if it happened.
    expect(findDates('The summit is expected to open on Saturday.', '2025-04-24')[0]?.date).toBe('2025-04-26');
    expect(findDates('Protesters gathered outside parliament on Saturday.', '2025-04-24')[0]?.date).toBe('2025-04-19');
  });

  it('skips durations, which are not moments on a timeline', () => {
    expect(findDates('Profits accumulated over the past 50 years were seized.', '2025-04-24')).toEqual([]);
  });
});

describe('eventLabel', () => {
  it('takes the main clause when the date sits in an opening phrase', () => {
    const s = 'On Monday, the council approved the new flood defences, officials said.';
    const at = s.indexOf('Monday');
    expect(eventLabel(s, at, at + 'Monday'.length)).toBe('The council approved the new flood defences');
  });

  const labelAt = (s: string, when: string, previous: string | null = null) => {
    const at = s.indexOf(when);
    return eventLabel(s, at, at + when.length, { previous });
  };

  it('turns a possessive date into "the" and keeps the preposition before it', () => {
    expect(labelAt('Farmers protested outside the ministry before Tuesday\u2019s vote on the subsidy cut.', 'Tuesday'))
      .toBe('Farmers protested outside the ministry before the vote on the subsidy cut');
  });

  it('finds the subject of a verb phrase cut off by an aside', () => {
    expect(labelAt('The mayor, speaking on Thursday, announced a curfew.', 'Thursday')).toBe('The mayor announced a curfew');
  });

  it('names what a leading "it" stands for from the earlier clause', () => {
    expect(labelAt('The regional court rejected the appeal in May 2019, and in June 2020 it upheld the ban.', 'June 2020'))
      .toBe('The regional court upheld the ban');
    expect(labelAt('In March it raised the levy to 4%.', 'March', 'The port authority introduced a levy on cargo last year.'))
      .toBe('The port authority raised the levy to 4%');
  });

  it('names a leading "he" by the role that opened the sentence before', () => {
    expect(labelAt('He resigned from the board on Friday.', 'Friday', 'The former harbour commissioner is a keen sailor.'))
      .toBe('The former harbour commissioner resigned from the board');
    expect(labelAt('He resigned from the board on Friday.', 'Friday', 'The weather was poor all week.')).toBe('He resigned from the board');
  });

  it('cuts a run-on clause at a clause boundary rather than mid-phrase', () => {
    const s = 'Harbour pilots, who had warned of the danger for months, staged a walkout on 2 March 2024, halting all traffic in and out of the port for the first time since the strike of 1998.';
    const label = labelAt(s, '2 March 2024')!;
    expect(label).toMatch(/^Harbour pilots staged a walkout\b/);
    expect(label).not.toMatch(/\u2026$|\b(the|of|for|in|and)$/);
    expect(label.split(' ').length).toBeLessThanOrEqual(16);
  });

  it('keeps a list of names whole and leaves other dates as written', () => {
    expect(labelAt('The treaty will cover England, Wales and Northern Ireland from next year.', 'next year'))
      .toBe('The treaty will cover England, Wales and Northern Ireland');
    expect(labelAt('The airline also reported on Friday that passenger numbers rose 8% in January.', 'January'))
      .toBe('The airline also reported on Friday that passenger numbers rose 8%');
  });

  it('ends a long clause before a phrase rather than leaving a verb without its particle', () => {
    const s = 'On Tuesday the dockers\u2019 union called on the port authority to withdraw the notice of closure issued to the northern terminal operators.';
    const label = labelAt(s, 'Tuesday')!;
    expect(label).not.toMatch(/called$/);
    expect(label).toMatch(/^The dockers\u2019 union called on the port authority/);
  });

  it('takes names joined by "and" after a comma for the subject, not a list', () => {
    expect(labelAt('On 3 May 2021, after a long night of talks in the harbour office, Ms. Oduya and Mr. Lind signed the truce.', '3 May 2021'))
      .toBe('Ms. Oduya and Mr. Lind signed the truce');
  });

  it('gives no label when no clause says what happened', () => {
    expect(labelAt('In the small hours of Sunday, in the rain.', 'Sunday')).toBeNull();
  });
});

describe('what the timeline leaves out', () => {
  const whens = (text: string) => timelineOf(text, '2025-04-25').timeline.map((t) => t.when);

  it('skips dates that name a thing, spans, period ends, births and states of affairs', () => {
    expect(whens('This year\u2019s harvest is the smallest on record.')).toEqual([]);
    expect(whens('So far this year 40 ships have been seized.')).toEqual([]);
    expect(whens('Profits rose 8% in the three months to 31 March 2024.')).toEqual([]);
    expect(whens('The minister, who was born on 4 May 1961, resigned on Tuesday.')).toEqual(['Tuesday']);
    expect(whens('Today the plant is owned by a cooperative.')).toEqual([]);
  });

  it('does not read a lower-case "sat" as Saturday', () => {
    expect(whens('The committee sat for three hours behind closed doors.')).toEqual([]);
  });

  it('leaves out the reporter\u2019s own doings', () => {
    expect(whens('Last week I spoke to three of the dock workers about the strike.')).toEqual([]);
  });
});

describe('findDates weekday and month readings', () => {
  it('dates a weekday of the publication day to that day, whatever the hour', () => {
    // Published on a Friday.
    expect(findDates('Dock workers walked out on Friday evening after talks collapsed.', '2025-04-25')[0]?.date).toBe('2025-04-25');
  });

  it('reads a weekday in reported speech about the future as the coming one', () => {
    expect(findDates('The agency said the river would peak on Sunday.', '2025-04-25')[0]?.date).toBe('2025-04-27');
  });

  it('keeps "last" with a month and joins "March of next year"', () => {
    expect(findDates('The advice went to ministers last December.', '2025-04-25')[0]).toMatchObject({ when: 'last December', date: '2024-12-01' });
    expect(findDates('Leaders agreed to draft a plan by March of next year.', '2025-04-25')[0]).toMatchObject({ when: 'March of next year', date: '2026-03-01' });
  });

  it('resolves nothing relative without a publication date', () => {
    expect(findDates('The response is expected next week.', null)[0]?.date).toBeNull();
  });
});

describe('timeline entries from quoted words, conditions and year guesses', () => {
  const entries = (text: string, date = '2025-04-25') => timelineOf(text, date).timeline.map((t) => ({ when: t.when, date: t.date, label: t.label }));

  it('labels a quotation with its speaker instead of taking the quoted words for an event', () => {
    const [entry] = entries('\u201cThe harbour will reopen soon,\u201d the port director said on Tuesday.');
    expect(entry?.label).toBe('The port director said: \u201cThe harbour will reopen soon.\u201d');
    expect(entries('The director said: \u201cWe expect the cranes back on Monday.\u201d')).toEqual([]);
  });

  it('skips conditions, which say what would happen, not what did', () => {
    expect(entries('If the strike goes ahead on Monday, the port will close.')).toEqual([]);
  });

  it('reads a month without a year as the one gone by when the sentence tells the past', () => {
    // Published in April 2025: October told in the past tense is October 2024.
    expect(entries('The ministry raised the levy in October.')[0]?.date).toBe('2024-10-01');
    // A few months ahead and told as a possibility, it is the coming one.
    expect(entries('The ruling could come in July.')[0]?.date).toBe('2025-07-01');
  });
});

describe('timeline odds and ends', () => {
  const entries = (text: string) => timelineOf(text, '2025-04-25').timeline.map((t) => ({ when: t.when, label: t.label }));

  it('keeps a particle that looks like a preposition and drops a dateline', () => {
    expect(entries('The new harbour master is to take over on 1 June.')[0]?.label).toBe('The new harbour master is to take over');
    expect(entries('PORTSMOUTH \u2015 The ferry operator cancelled all crossings on Tuesday.')[0]?.label).toBe('The ferry operator cancelled all crossings');
  });

  it('skips spans, births told at length and the reporter on the scene', () => {
    expect(entries('The city lifted the curfew after several days of unrest.')).toEqual([]);
    expect(entries('Born in a fishing village near the border on 5 April 1931, she became the first woman to captain a trawler.')).toEqual([]);
    expect(entries('This reporter was at the harbour gates on Tuesday as the strikers arrived.')).toEqual([]);
  });
});

describe('the same wire copy in several sources', () => {
  it('is one entry citing each source where the words stand', () => {
    const text = 'Coastguard crews rescued eleven sailors from a burning ferry on Tuesday.';
    const a = sourceFromText(`Ferry fire\n\n${text}`, { origin: 'a', kind: 'text', publishedAt: '2025-04-25' });
    const b = sourceFromText(`Rescue at sea\n\nMore follows.\n\n${text}`, { origin: 'b', kind: 'text', publishedAt: '2025-04-25' });
    const timeline = buildTimeline(createContext([a, b], { summarySentences: 5 }));
    expect(timeline).toHaveLength(1);
    expect(timeline[0]!.cites.map((c) => c.source)).toEqual([a.id, b.id]);
    for (const cite of timeline[0]!.cites) {
      const source = cite.source === a.id ? a : b;
      expect(source.text.slice(cite.start, cite.end)).toBe(text);
    }
  });
});
