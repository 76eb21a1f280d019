/**
 * One timeline entry per event across sources: the same event on the same day reported by
 * several sources is one entry citing them all; a relative time folds only between sources
 * published the same day, and within one source only a near-repeat folds.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SourceDoc } from '../../core/model/briefing.js';
import { analyseSources } from '../../core/analyse/index.js';
import { createContext } from '../../core/analyse/context.js';
import { buildTimeline } from '../../core/analyse/timeline.js';
import { sourceFromText } from '../../core/ingest/index.js';
import { seedArticle } from '../helpers/paths.js';

let n = 0;
const source = (text: string, publishedAt: string | null = null): SourceDoc =>
  sourceFromText(text, { origin: `s${n++}`, kind: 'text', publishedAt });
const timelineOf = (...sources: SourceDoc[]) => buildTimeline(createContext(sources, { summarySentences: 3 }));
const vote = (when: string) => `The vote on the emergency budget is due to be taken ${when}.`;
const loose = (when: string) => `The emergency budget vote is expected ${when}.`;

describe('folding the timeline across sources', () => {
  it('folds the same event on the same date from two sources into the first entry, citing both', () => {
    const first = source('Rescue teams reached the collapsed school in Marrowport on 10 March 2026. The harbour reopened to ferries on 11 March 2026.');
    const again = source('Rescue teams reached the collapsed Marrowport school on 10 March 2026.');
    const alone = timelineOf(first);
    const out = timelineOf(first, again);
    expect(out.map((e) => e.id)).toEqual(alone.map((e) => e.id));
    expect(out[0]!.label).toBe('Rescue teams reached the collapsed school in Marrowport');
    expect(out[0]!.cites).toEqual([...alone[0]!.cites, ...timelineOf(again)[0]!.cites]);
  });

  it('keeps different events, different dates and loosely alike reports within one source apart', () => {
    const out = timelineOf(
      source('Rescue teams reached the collapsed school on 10 March 2026. Rescue teams searched the school on 10 March 2026.'),
      source('The ministry announced an inquiry into the ferry operator on 10 March 2026.'),
      source('Rescue teams reached the collapsed school on 12 March 2026.'),
    );
    expect(out).toHaveLength(4);
    // The same loose wording from another source is the same event.
    expect(timelineOf(source('Rescue teams reached the collapsed school on 10 March 2026.'), source('Rescue teams searched the school on 10 March 2026.'))).toHaveLength(1);
  });

  it('folds a relative time only between sources published the same day, and asks for closer wording', () => {
    expect(timelineOf(source(vote('on Tuesday')), source(vote('on Tuesday')))).toHaveLength(1);
    expect(timelineOf(source(vote('later this year'), '2026-03-10'), source(vote('later this year'), '2026-03-10'))).toHaveLength(1);
    expect(timelineOf(source(vote('later this year'), '2026-03-10'), source(vote('later this year'), '2026-03-17'))).toHaveLength(2);
    expect(timelineOf(source(vote('on Tuesday')), source(vote('on Friday')))).toHaveLength(2);
    // Loosely alike is enough on a resolved date, not on a bare weekday.
    expect(timelineOf(source(vote('on 12 March 2026')), source(loose('on 12 March 2026')))).toHaveLength(1);
    expect(timelineOf(source(vote('on Tuesday')), source(loose('on Tuesday')))).toHaveLength(2);
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
