/**
 * Many sources into one brief: two fictional articles about the same ferry disaster that
 * carry the same quotation and one shared sentence, and disagree on the death toll.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Figure, Quote, SourceDoc } from '../../core/model/briefing.js';
import { createContext } from '../../core/analyse/context.js';
import { foldQuotes, reconcileFigures, uniqueIds } from '../../core/analyse/fold.js';
import { engineItem } from '../../core/analyse/item.js';
import { findQuestions } from '../../core/analyse/questions.js';
import { buildTimeline } from '../../core/analyse/timeline.js';
import { sourceFromText } from '../../core/ingest/index.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'disagreeing-sources');
const read = (name: string, origin: string) =>
  sourceFromText(readFileSync(join(fixtures, name), 'utf8'), { origin, kind: 'text', publishedAt: '2026-03-10' });
const gazette = read('harbour-gazette.txt', 'gazette');
const courier = read('coastal-courier.txt', 'courier');

function span(source: SourceDoc, words: string) {
  const start = source.text.indexOf(words);
  if (start < 0) throw new Error(`fixture lacks: ${words}`);
  return { source: source.id, start, end: start + words.length };
}

function quote(source: SourceDoc, text: string, name: string | null): Quote {
  return { ...engineItem('quotes', text, [span(source, text)]), text, speaker: { name, role: null } };
}

function figure(source: SourceDoc, text: string, value: number, category: Figure['category'], label: string): Figure {
  return {
    ...engineItem('figures', `${value}|${label}`, [span(source, text)]),
    value, label, text, qualifier: /^at least/i.test(text) ? 'at least' : null, category, place: 'Marrowport', when: null,
  };
}

const QUOTE = 'We will not stop until every family has an answer,';

describe('folding quotes across sources', () => {
  it('makes one quote citing every source that carries it, with the fullest speaker name', () => {
    const folded = foldQuotes([quote(gazette, QUOTE, 'Varga'), quote(courier, QUOTE, 'Ilse Varga')]);
    expect(folded).toHaveLength(1);
    expect(folded[0]!.cites.map((c) => c.source)).toEqual([gazette.id, courier.id]);
    expect(folded[0]!.speaker.name).toBe('Ilse Varga');
  });

  it('keeps a quotation repeated within one source as separate quotes with distinct ids', () => {
    const doubled = sourceFromText('"Stop," she said. Later she repeated: "Stop," to the crowd.', { origin: 'x', kind: 'text' });
    const first = { ...quote(doubled, 'Stop,', 'Ana'), cites: [{ source: doubled.id, start: 1, end: 6 }] };
    const second = { ...quote(doubled, 'Stop,', 'Ana'), cites: [{ source: doubled.id, start: 38, end: 43 }] };
    const folded = uniqueIds(foldQuotes([first, second]));
    expect(folded).toHaveLength(2);
    expect(new Set(folded.map((q) => q.id)).size).toBe(2);
  });

  it('folds words quoted without a speaker into the named quote of the same source, which leads', () => {
    const echoed = sourceFromText('"Stop," read the banner. Later Ana said: "Stop," to the crowd.', { origin: 'x', kind: 'text' });
    const banner: Quote = { ...quote(echoed, 'Stop,', null), cites: [{ source: echoed.id, start: 1, end: 6 }] };
    const said: Quote = { ...quote(echoed, 'Stop,', 'Ana'), id: 'quotes-ana', cites: [{ source: echoed.id, start: 40, end: 45 }] };
    const folded = foldQuotes([banner, said]);
    expect(folded).toHaveLength(1);
    expect(folded[0]!.id).toBe('quotes-ana');
    expect(folded[0]!.speaker.name).toBe('Ana');
    expect(folded[0]!.cites.map((c) => c.start)).toEqual([40, 1]);
    // A described speaker is a speaker: the same words from someone else in one article stay apart.
    const described: Quote = { ...banner, speaker: { name: null, role: 'a protester' } };
    expect(foldQuotes([described, said])).toHaveLength(2);
  });
});

describe('reconciling figures across sources', () => {
  const figures = [
    figure(gazette, 'At least 12 people', 12, 'killed', 'people killed in the ferry sinking'),
    figure(gazette, '40 survivors', 40, 'people', 'survivors pulled from the water'),
    figure(courier, 'Nine people', 9, 'killed', 'people killed in the ferry sinking'),
    figure(courier, '40 survivors', 40, 'people', 'survivors pulled from the water'),
  ];

  it('merges the same figure on the same thing into one citing both sources', () => {
    const reconciled = reconcileFigures(figures);
    const survivors = reconciled.filter((f) => f.value === 40);
    expect(survivors).toHaveLength(1);
    expect(survivors[0]!.cites.map((c) => c.source)).toEqual([gazette.id, courier.id]);
  });

  it('keeps differing figures side by side', () => {
    expect(reconcileFigures(figures).filter((f) => f.category === 'killed').map((f) => f.value)).toEqual([12, 9]);
  });

  it('flags the disagreement as a question citing both sources', () => {
    const ctx = createContext([gazette, courier], { summarySentences: 5 });
    const questions = findQuestions(ctx, { claims: [], figures: reconcileFigures(figures), quotes: [] });
    const disagreement = questions.filter((q) => q.kind === 'disagreement');
    expect(disagreement).toHaveLength(1);
    const [q] = disagreement;
    expect(q!.text).toBe(
      'Sources disagree on the death toll in Marrowport: at least 12 (regional coastguard) and 9 (town council).',
    );
    expect(q!.cites.map((c) => c.source)).toEqual([gazette.id, courier.id]);
    expect(gazette.text.slice(q!.cites[0]!.start, q!.cites[0]!.end)).toBe('At least 12 people');
  });

  it('does not pair two different counts from one source', () => {
    const oneSource = [
      figure(gazette, 'At least 12 people', 12, 'killed', 'people killed in the ferry sinking'),
      figure(gazette, '40 survivors', 9, 'killed', 'people killed in the ferry sinking'),
    ];
    const ctx = createContext([gazette], { summarySentences: 5 });
    expect(findQuestions(ctx, { claims: [], figures: oneSource, quotes: [] }).some((q) => q.kind === 'disagreement')).toBe(false);
  });
});

describe('one timeline from several sources', () => {
  it('folds the same event on the same day into one entry citing both sources', () => {
    const timeline = buildTimeline(createContext([gazette, courier], { summarySentences: 5 }));
    const search = timeline.filter((t) => t.when === 'Tuesday morning');
    expect(search).toHaveLength(1);
    expect(search[0]!.date).toBe('2026-03-10');
    expect(new Set(search[0]!.cites.map((c) => c.source))).toEqual(new Set([gazette.id, courier.id]));
    const dates = timeline.map((t) => t.date).filter((d): d is string => d !== null);
    expect(dates).toEqual([...dates].sort());
  });
});
