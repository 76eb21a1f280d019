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
    expect(labelOf('April 13').label).toMatch(/^Ballistic missile strike in Sumy killed 35/);
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
    expect(eventLabel(s, at, at + 'Monday'.length)).toBe('Council approved the new flood defences');
  });
});
