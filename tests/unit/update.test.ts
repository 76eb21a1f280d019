/**
 * Adding a source to an existing brief: every analyst edit survives exactly where it was,
 * untouched engine items are refreshed, and what is new is marked with the new version.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BriefContent, Briefing, Quote, SummaryItem } from '../../core/model/briefing.js';
import { BriefingSchema } from '../../core/model/briefing.js';
import { briefLayout } from '../../core/export/layout.js';
import { draftCap } from '../../core/brief/draft-length.js';
import { sharedData } from '../helpers/paths.js';
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

describe('applyAnalysis and the draft length', () => {
  const empty = (): BriefContent => ({ summary: [], quotes: [], claims: [], figures: [], actors: [], timeline: [], questions: [] });
  const source = sourceFromText('One short dispatch from the harbour.', { origin: 'dispatch.txt', kind: 'text', publishedAt: '2026-03-10' });
  const quote = (i: number, sources = [source.id]): Quote => ({
    id: `quotes-${i}`, text: `We have seen nothing like it in ${i} years.`, speaker: { name: `Speaker ${i}`, role: null },
    cites: sources.map((s) => ({ source: s, start: 0, end: 10 })), status: 'draft', origin: 'engine', edited: false, note: null, addedInVersion: 1,
  });
  const found = Array.from({ length: 30 }, (_, i) => quote(i));
  const cap = draftCap('quotes', 1);
  const analyse = (brief: Briefing, quotes: Quote[]) => applyAnalysis(brief, { ...empty(), quotes });
  const start = (): Briefing => analyse({ ...newBriefing({ title: 'Harbour' }), sources: [source] }, found);
  const printed = (brief: Briefing) => briefLayout(brief).sections.flatMap((s) => (s.kind === 'quotes' ? s.rows.map((r) => r.text) : []));
  const inDraft = (brief: Briefing) => brief.quotes.filter((q) => !q.held && q.status !== 'rejected');

  it('keeps every finding in the brief, the best in the draft and the rest held back from print', () => {
    const v1 = start();
    expect(v1.quotes.map((q) => q.id)).toEqual(found.map((q) => q.id));
    expect(inDraft(v1)).toHaveLength(cap);
    expect(v1.quotes.every((q) => typeof q.held === 'boolean')).toBe(true);
    expect(printed(v1)).toEqual(inDraft(v1).map((q) => q.text));
    expect(() => BriefingSchema.parse(v1)).not.toThrow();
  });

  it('keeps a held finding the analyst added to the brief, and it takes one of the draft slots', () => {
    const v1 = start();
    const held = v1.quotes.find((q) => q.held)!;
    const added = { ...held, status: 'accepted' as const, held: false };
    const v2 = analyse({ ...v1, quotes: v1.quotes.map((q) => (q.id === added.id ? added : q)) }, found);
    expect(v2.quotes.find((q) => q.id === added.id)).toEqual(added);
    expect(printed(v2)).toContain(added.text);
    expect(inDraft(v2)).toHaveLength(cap);
  });

  it('never holds what the analyst made theirs, even past the cap', () => {
    const v1 = start();
    const reviewed = v1.quotes.map((q, i) => (i < cap + 4 ? { ...q, status: 'accepted' as const, held: false } : q));
    const v2 = analyse({ ...v1, quotes: reviewed }, found);
    expect(inDraft(v2)).toHaveLength(cap + 4);
    expect(v2.quotes.filter((q) => q.status === 'draft').every((q) => q.held)).toBe(true);
  });

  it('decides afresh for untouched findings: a better new finding enters the draft and the weakest leaves it', () => {
    const v1 = start();
    const other = sourceFromText('A second dispatch.', { origin: 'second.txt', kind: 'text', publishedAt: '2026-03-10' });
    const sources = [source, other];
    const widelyCarried = { ...quote(99, [source.id, other.id]), text: 'The harbour is closed until further notice.' };
    const v2 = analyse({ ...v1, sources }, [...found, widelyCarried]);
    expect(v2.quotes.find((q) => q.id === widelyCarried.id)?.held).toBe(false);
    expect(inDraft(v2)).toHaveLength(draftCap('quotes', 2));
    // A finding held in version 1 may come into the draft when the cap grows, and the other way.
    expect(v2.quotes.filter((q) => q.held).length).toBe(found.length + 1 - draftCap('quotes', 2));
  });

  it('reads a brief stored before held existed as all in the draft, and never holds the summary', () => {
    const v1 = firstVersion();
    const stored = JSON.parse(JSON.stringify(v1, (key, value) => (key === 'held' ? undefined : value))) as unknown;
    const parsed = BriefingSchema.parse(stored);
    expect(parsed.quotes.every((q) => q.held === undefined)).toBe(true);
    expect(printed(parsed)).toHaveLength(parsed.quotes.length);
    expect(v1.summary.every((s) => s.held === false)).toBe(true);
  });

  it('holds back most quotes of a dozen real articles, keeping each one in the brief', () => {
    const lines = readFileSync(join(sharedData, 'polnear-dev.jsonl'), 'utf8').split('\n').filter(Boolean).slice(0, 12);
    const sources = lines.map((line) => {
      const article = JSON.parse(line) as { title: string; text: string; date: string };
      return sourceFromText(article.text, { origin: article.title, kind: 'text', publishedAt: article.date });
    });
    const content = analyseSources(sources, { summarySentences: 5 });
    const brief = applyAnalysis({ ...newBriefing({ title: 'Campaign' }), sources }, content);
    expect(content.quotes.length).toBeGreaterThan(draftCap('quotes', sources.length));
    expect(brief.quotes.map((q) => q.id).sort()).toEqual(content.quotes.map((q) => q.id).sort());
    expect(inDraft(brief)).toHaveLength(draftCap('quotes', sources.length));
    // Named speakers are what a brief wants: the draft has a larger share of them than the finds.
    const named = (qs: Quote[]) => qs.filter((q) => q.speaker.name).length / qs.length;
    expect(named(inDraft(brief))).toBeGreaterThanOrEqual(named(content.quotes));
  });
});
