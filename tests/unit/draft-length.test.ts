/**
 * Draft length: each section keeps its best findings in the draft and holds the rest back,
 * ranked by what a brief needs (support across sources, named speakers, casualties, dated and
 * spread-out events, who the story is about), with caps that grow gently with the sources.
 */
import { describe, expect, it } from 'vitest';
import type { Actor, Cite, Figure, FigureCategory, Quote, TimelineEntry } from '../../core/model/briefing.js';
import { DRAFT_CAPS, FULL_AT_SOURCES, draftCap, holdBeyondDraft, pickForDraft } from '../../core/brief/draft-length.js';
import { DRAFT_RANKS } from '../../core/brief/draft-rank.js';

const cites = (...sources: string[]): Cite[] => sources.map((source) => ({ source, start: 0, end: 5 }));
const base = (id: string, sources: string[]) => ({
  id, cites: cites(...sources), status: 'draft' as const, origin: 'engine' as const, edited: false, note: null, addedInVersion: 1,
});
const quote = (id: string, name: string | null, sources = ['s1'], text = 'We will rebuild every school that was hit.'): Quote => ({
  ...base(id, sources), text, speaker: { name, role: null },
});
const figure = (id: string, category: FigureCategory, sources = ['s1']): Figure => ({
  ...base(id, sources), value: 10, label: category, text: `10 ${category}`, qualifier: null, category, place: null, when: null,
});
const entry = (id: string, date: string | null, when = date ?? 'later', sources = ['s1']): TimelineEntry => ({
  ...base(id, sources), when, date, label: `event ${id}`,
});
const actor = (id: string, mentions: number, kind: Actor['kind'] = 'person'): Actor => ({
  ...base(id, ['s1']), name: id, kind, role: null, mentions, aliases: [],
});

describe('draftCap', () => {
  it('gives the lower number for one source, the upper from FULL_AT_SOURCES on, and grows in between', () => {
    for (const [key, { min, max }] of Object.entries(DRAFT_CAPS) as [keyof typeof DRAFT_CAPS, { min: number; max: number }][]) {
      expect(draftCap(key, 0)).toBe(min);
      expect(draftCap(key, 1)).toBe(min);
      expect(draftCap(key, FULL_AT_SOURCES)).toBe(max);
      expect(draftCap(key, 10 * FULL_AT_SOURCES)).toBe(max);
      const caps = [1, 2, 4, 8, 16, 32].map((n) => draftCap(key, n));
      expect(caps).toEqual([...caps].sort((a, b) => a - b));
      // Gently: eight sources are far from eight times one source's room.
      expect(draftCap(key, 8)).toBeLessThan(2 * min);
    }
  });
});

describe('ranking for the draft', () => {
  it('prefers quotes carried by several sources, then named speakers, and whole sentences to fragments', () => {
    const items = [
      quote('lone-unnamed', null),
      quote('fragment', 'Ana Ruiz', ['s1'], 'absolutely right'),
      quote('lone-named', 'Ben Okafor'),
      quote('widely-carried', 'Cy Dahl', ['s1', 's2', 's3', 's4']),
    ];
    expect([...pickForDraft(DRAFT_RANKS.quotes, items, 1)]).toEqual(['widely-carried']);
    expect(pickForDraft(DRAFT_RANKS.quotes, items, 2)).toEqual(new Set(['widely-carried', 'lone-named']));
    expect(pickForDraft(DRAFT_RANKS.quotes, items, 3).has('fragment')).toBe(false);
    // Words that start mid-sentence lean on the paraphrase around them: a whole sentence first.
    const partial = quote('partial', 'Ana Ruiz', ['s1'], 'a reckless act that endangered every ship');
    const whole = quote('whole', 'Ben Okafor', ['s1'], 'This was a reckless act that endangered every ship.');
    expect([...pickForDraft(DRAFT_RANKS.quotes, [partial, whole], 1)]).toEqual(['whole']);
    // A named speaker outweighs a second outlet: "Unattributed" says little to the reader.
    expect([...pickForDraft(DRAFT_RANKS.quotes, [quote('two-unnamed', null, ['s1', 's2']), quote('named', 'Ana Ruiz')], 1)]).toEqual(['named']);
  });

  it('spreads quotes over speakers rather than filling the draft with one voice', () => {
    const items = [quote('a1', 'Ana Ruiz'), quote('a2', 'Ana Ruiz'), quote('a3', 'Ana Ruiz'), quote('b1', 'Ben Okafor')];
    expect(pickForDraft(DRAFT_RANKS.quotes, items, 2)).toEqual(new Set(['a1', 'b1']));
  });

  it('puts casualty figures before other counts', () => {
    const items = [figure('money', 'money'), figure('other', 'other'), figure('injured', 'injured'), figure('killed', 'killed')];
    expect(pickForDraft(DRAFT_RANKS.figures, items, 2)).toEqual(new Set(['killed', 'injured']));
  });

  it('keeps dated timeline entries first and spreads them over days', () => {
    const items = [
      entry('undated', null, 'at some point'),
      entry('d1-a', '2026-03-01'), entry('d1-b', '2026-03-01'), entry('d1-c', '2026-03-01'),
      entry('d2', '2026-03-02'),
    ];
    expect(pickForDraft(DRAFT_RANKS.timeline, items, 2)).toEqual(new Set(['d1-a', 'd2']));
    expect(pickForDraft(DRAFT_RANKS.timeline, items, 3).has('undated')).toBe(false);
  });

  it('keeps the actors the sources mention most, places after people and organisations', () => {
    const items = [actor('minor', 2), actor('city', 40, 'place'), actor('leader', 40), actor('ministry', 30, 'organization')];
    expect(pickForDraft(DRAFT_RANKS.actors, items, 2)).toEqual(new Set(['leader', 'ministry']));
  });

  it('breaks ties by the engine order', () => {
    const items = [quote('first', 'Ana Ruiz'), quote('second', 'Ben Okafor'), quote('third', 'Cy Dahl')];
    expect(pickForDraft(DRAFT_RANKS.quotes, items, 2)).toEqual(new Set(['first', 'second']));
  });
});

describe('holdBeyondDraft', () => {
  const many = Array.from({ length: 30 }, (_, i) => quote(`q${i}`, `Speaker ${i}`));

  it('holds everything past the cap, keeps every item and its order, and writes the flag on each', () => {
    const out = holdBeyondDraft('quotes', many, 1);
    expect(out.map((q) => q.id)).toEqual(many.map((q) => q.id));
    expect(out.filter((q) => !q.held)).toHaveLength(draftCap('quotes', 1));
    expect(out.every((q) => typeof q.held === 'boolean')).toBe(true);
  });

  it('never holds what the analyst made theirs, counts it against the cap, and leaves its object as it was', () => {
    const accepted = { ...many[29]!, status: 'accepted' as const, held: true };
    const edited = { ...many[28]!, edited: true };
    const written = { ...quote('mine', 'Desk'), origin: 'analyst' as const };
    const rejected = { ...many[27]!, status: 'rejected' as const };
    const items = [...many.slice(0, 27), rejected, edited, accepted, written];
    const out = holdBeyondDraft('quotes', items, 1);
    expect(out.find((q) => q.id === accepted.id)?.held).toBe(false);
    expect(out.find((q) => q.id === edited.id)).toBe(edited);
    expect(out.find((q) => q.id === written.id)).toBe(written);
    // Three touched items in the draft, the rejected one prints nothing: the engine fills the rest.
    const inDraft = out.filter((q) => !q.held && q.status !== 'rejected');
    expect(inDraft).toHaveLength(draftCap('quotes', 1));
    expect(inDraft.filter((q) => q.origin === 'engine' && !q.edited && q.status === 'draft')).toHaveLength(draftCap('quotes', 1) - 3);
  });

  it('holds every untouched finding when the analyst already filled the draft', () => {
    const mine = Array.from({ length: draftCap('quotes', 1) }, (_, i) => ({ ...quote(`m${i}`, 'Desk'), origin: 'analyst' as const }));
    const out = holdBeyondDraft('quotes', [...mine, ...many.slice(0, 3)], 1);
    expect(out.filter((q) => q.origin === 'engine').every((q) => q.held)).toBe(true);
  });
});
