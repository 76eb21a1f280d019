/**
 * Adding a source to an existing brief: every analyst edit survives exactly where it was,
 * untouched engine items are refreshed, and what is new is marked with the new version.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Briefing, SummaryItem } from '../../core/model/briefing.js';
import { BriefingSchema } from '../../core/model/briefing.js';
import { analyseSources } from '../../core/analyse/index.js';
import { newBriefing } from '../../core/brief/create.js';
import { applyAnalysis } from '../../core/brief/update.js';
import { sourceFromText } from '../../core/ingest/index.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'disagreeing-sources');
const read = (name: string) =>
  sourceFromText(readFileSync(join(fixtures, name), 'utf8'), { origin: name, kind: 'text', publishedAt: '2026-03-10' });
const gazette = read('harbour-gazette.txt');
const courier = read('coastal-courier.txt');

function firstVersion(): Briefing {
  const empty = newBriefing({ title: 'Marrowport ferry', summarySentences: 4 });
  const brief = { ...empty, sources: [gazette] };
  return applyAnalysis(brief, analyseSources(brief.sources, { summarySentences: brief.summarySentences }));
}

function addCourier(brief: Briefing): Briefing {
  const withSource = { ...brief, sources: [...brief.sources, courier] };
  return applyAnalysis(withSource, analyseSources(withSource.sources, { summarySentences: withSource.summarySentences }));
}

describe('applyAnalysis', () => {
  it('builds version 1 from an empty brief, marking every item and source as version 1', () => {
    const v1 = firstVersion();
    expect(v1.version).toBe(1);
    expect(v1.summary).toHaveLength(4);
    expect(v1.sources[0]!.addedInVersion).toBe(1);
    expect(v1.timeline.every((t) => t.addedInVersion === 1)).toBe(true);
    expect(() => BriefingSchema.parse(v1)).not.toThrow();
  });

  it('keeps edited, rejected, accepted, reordered and hand-written items exactly where they were', () => {
    const v1 = firstVersion();
    const [s0, s1, s2, s3] = v1.summary as [SummaryItem, SummaryItem, SummaryItem, SummaryItem];
    const edited = { ...s2, text: 'Analyst wording of the rescue.', edited: true };
    const rejected = { ...s1, status: 'rejected' as const };
    const accepted = { ...s3, status: 'accepted' as const };
    // The analyst moved the accepted item to the top and wrote a line of their own.
    const handWritten: SummaryItem = {
      id: 'summary-analyst-1', text: 'Our assessment: the toll is likely to rise.', cites: [], status: 'draft',
      origin: 'analyst', edited: false, note: 'from the desk', addedInVersion: 1,
    };
    const reviewed: Briefing = { ...v1, summary: [accepted, s0, rejected, edited, handWritten] };

    const v2 = addCourier(reviewed);
    for (const item of [accepted, rejected, edited, handWritten]) expect(v2.summary).toContainEqual(item);
    // Same order as the analyst left them, the accepted line still on top.
    const order = [accepted, rejected, edited, handWritten].map((item) => v2.summary.findIndex((s) => s.id === item.id));
    expect(order[0]).toBe(0);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // The rejected finding is not brought back as a fresh duplicate.
    expect(v2.summary.filter((s) => s.id === rejected.id)).toHaveLength(1);
    // Three visible analyst lines leave one of the four summary lines for the engine.
    expect(v2.summary.filter((s) => s.status !== 'rejected')).toHaveLength(4);
  });

  it('keeps an engine item where the analyst moved it, refreshing its content in place', () => {
    const v1 = firstVersion();
    const last = v1.timeline.at(-1)!;
    const moved = { ...v1, timeline: [last, ...v1.timeline.slice(0, -1)] };
    const v2 = addCourier(moved);
    expect(v2.timeline[0]!.id).toBe(last.id);
    expect(v2.timeline[0]!.addedInVersion).toBe(1);
  });

  it('refreshes untouched engine items and marks what is new since the last version', () => {
    const v1 = firstVersion();
    const v2 = addCourier(v1);
    expect(v2.version).toBe(2);
    const search = v2.timeline.find((t) => t.when === 'Tuesday morning')!;
    // Same finding as in version 1 (same id), refreshed to cite the new source too.
    expect(v1.timeline.find((t) => t.id === search.id)).toBeDefined();
    expect(search.addedInVersion).toBe(1);
    expect(new Set(search.cites.map((c) => c.source))).toEqual(new Set([gazette.id, courier.id]));
    // A finding only the new source has is marked as new in version 2.
    const storm = v2.timeline.find((t) => t.when === 'Sunday')!;
    expect(storm.addedInVersion).toBe(2);
    expect(v2.questions.find((q) => /maintenance records/.test(q.text))?.addedInVersion).toBe(2);
    // Sources: the old one keeps its version, the added one is marked new.
    expect(v2.sources.find((s) => s.id === gazette.id)?.addedInVersion).toBe(1);
    expect(v2.sources.find((s) => s.id === courier.id)?.addedInVersion).toBe(2);
  });

  it('drops untouched engine findings that a re-analysis no longer produces, but never analyst items', () => {
    const v1 = firstVersion();
    const stale = { ...v1.questions[0]!, id: 'questions-stale', text: 'An engine question that no longer comes out?' };
    const mine = { ...v1.questions[0]!, id: 'questions-mine', text: 'Who owns the ferry?', origin: 'analyst' as const };
    const v2 = addCourier({ ...v1, questions: [stale, ...v1.questions.slice(1), mine] });
    expect(v2.questions.some((q) => q.id === 'questions-stale')).toBe(false);
    expect(v2.questions.some((q) => q.id === 'questions-mine')).toBe(true);
  });
});
