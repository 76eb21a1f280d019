/**
 * One timeline entry per event across sources: the same event on the same day reported by
 * several sources is one entry citing them all; a relative time folds only between sources
 * published the same day, and nothing folds within one source.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../core/model/briefing.js';
import { foldTimeline } from '../../core/analyse/fold/timeline-fold.js';
import { analyseSources } from '../../core/analyse/index.js';
import { sourceFromText } from '../../core/ingest/index.js';
import { seedArticle } from '../helpers/paths.js';

let n = 0;
const entry = (source: string, label: string, date: string | null, when = date ?? 'on Tuesday'): TimelineEntry => ({
  id: `t${n++}`, cites: [{ source, start: n, end: n + 10 }], status: 'draft', origin: 'engine', edited: false, note: null,
  addedInVersion: 1, when, date, label,
});
const undated = new Map<string, string | null>([['a', null], ['b', null], ['c', null]]);

describe('foldTimeline', () => {
  it('folds the same event on the same date from two sources into the first entry, citing both', () => {
    const first = entry('a', 'Rescue teams reached the collapsed school in Marrowport', '2026-03-10');
    const other = entry('a', 'The harbour reopened to ferries', '2026-03-11');
    const again = entry('b', 'Rescue teams reached the collapsed Marrowport school', '2026-03-10');
    const out = foldTimeline([first, other, again], undated);
    expect(out.map((e) => e.id)).toEqual([first.id, other.id]);
    expect(out[0]!.label).toBe(first.label);
    expect(out[0]!.cites).toEqual([...first.cites, ...again.cites]);
  });

  it('keeps different events, different dates and repeats within one source apart', () => {
    const items = [
      entry('a', 'Rescue teams reached the collapsed school', '2026-03-10'),
      entry('b', 'The ministry announced an inquiry into the ferry operator', '2026-03-10'),
      entry('c', 'Rescue teams reached the collapsed school', '2026-03-12'),
      entry('a', 'Rescue teams reached the collapsed school', '2026-03-10'),
    ];
    expect(foldTimeline(items, undated)).toHaveLength(4);
  });

  it('folds a relative time only between sources published the same day, and asks for closer wording', () => {
    const label = 'The vote on the emergency budget is due to be taken';
    expect(foldTimeline([entry('a', label, null), entry('b', label, null)], undated)).toHaveLength(1);
    const published = new Map<string, string | null>([['a', '2026-03-10'], ['b', '2026-03-17']]);
    expect(foldTimeline([entry('a', label, null), entry('b', label, null)], published)).toHaveLength(2);
    expect(foldTimeline([entry('a', label, null), entry('b', label, null, 'on Friday')], undated)).toHaveLength(2);
    // Loosely alike is enough on a resolved date, not on a bare weekday.
    const loose = 'The emergency budget vote is expected';
    expect(foldTimeline([entry('a', label, '2026-03-12'), entry('b', loose, '2026-03-12')], undated)).toHaveLength(1);
    expect(foldTimeline([entry('a', label, null), entry('b', loose, null)], undated)).toHaveLength(2);
  });
});

describe('the engine timeline over syndicated copy', () => {
  it('gives the same article carried by two outlets one timeline, every entry citing both', () => {
    const text = readFileSync(seedArticle, 'utf8');
    const one = sourceFromText(text, { origin: 'wire.txt', kind: 'text', publishedAt: null });
    const two = sourceFromText(text, { origin: 'reprint.txt', kind: 'text', publishedAt: null });
    const alone = analyseSources([one], { summarySentences: 3 }).timeline;
    const both = analyseSources([one, two], { summarySentences: 3 }).timeline;
    expect(alone.length).toBeGreaterThan(2);
    expect(both.map((e) => e.label)).toEqual(alone.map((e) => e.label));
    for (const e of both) expect(new Set(e.cites.map((c) => c.source))).toEqual(new Set([one.id, two.id]));
  });
});
