/** The renderer's edit functions and undo history: pure Briefing → Briefing steps the desk is built on. */
import { describe, expect, it } from 'vitest';
import { newBriefing } from '../../core/brief/create.js';
import type { Briefing, Quote } from '../../core/model/briefing.js';
import * as edits from '../../renderer/state/edits.js';
import { emptyHistory, historyReducer, type History } from '../../renderer/state/history.js';

function quote(id: string, text: string, status: Quote['status'] = 'draft'): Quote {
  return { id, text, speaker: { name: 'A. Person', role: null }, cites: [], status, origin: 'engine', edited: false, note: null, addedInVersion: 1 };
}

function brief(): Briefing {
  return { ...newBriefing({ title: 'T' }), version: 1, quotes: [quote('a', 'one'), quote('b', 'two', 'rejected'), quote('c', 'three'), quote('d', 'four')] };
}

const ids = (b: Briefing) => b.quotes.map((q) => q.id);

describe('renderer edits', () => {
  it('rewriting marks the item edited and leaves its neighbours untouched', () => {
    const before = brief();
    const after = edits.rewriteItem(before, 'quotes', 'c', { text: 'three, rewritten', role: 'Minister' });
    expect(after.quotes[2]).toMatchObject({ text: 'three, rewritten', edited: true, speaker: { name: 'A. Person', role: 'Minister' } });
    expect(after.quotes[0]).toBe(before.quotes[0]);
    expect(edits.rewriteItem(before, 'quotes', 'c', { text: 'three' })).toBe(before);
  });

  it('stepping skips hidden (rejected) neighbours, and stops at the ends', () => {
    const b = brief();
    expect(ids(edits.stepItem(b, 'quotes', 'c', -1, (s) => s !== 'rejected'))).toEqual(['c', 'a', 'b', 'd']);
    expect(ids(edits.stepItem(b, 'quotes', 'a', 1, (s) => s !== 'rejected'))).toEqual(['b', 'c', 'a', 'd']);
    expect(edits.stepItem(b, 'quotes', 'a', -1, () => true)).toBe(b);
    expect(ids(edits.moveItem(b, 'quotes', 'd', 0))).toEqual(['d', 'a', 'b', 'c']);
  });

  it('analyst items are accepted, carry the current version, and only they can be deleted', () => {
    const b = edits.addAnalystItem(brief(), 'questions', 'q-new', { text: 'Who decides?' });
    expect(b.questions).toEqual([expect.objectContaining({ id: 'q-new', text: 'Who decides?', origin: 'analyst', status: 'accepted', addedInVersion: 1, cites: [] })]);
    expect(edits.removeAnalystItem(b, 'questions', 'q-new').questions).toEqual([]);
    expect(edits.removeAnalystItem(b, 'quotes', 'a').quotes).toHaveLength(4);
  });

  it('merging an analysis keeps edits made while it ran and adds only unseen items', () => {
    const start = brief();
    const analysed: Briefing = { ...start, version: 2, quotes: [...start.quotes, { ...quote('e', 'five'), addedInVersion: 2 }] };
    const editedMeanwhile = edits.setItemStatus(start, 'quotes', 'a', 'accepted');
    const merged = edits.mergeAnalysis(editedMeanwhile, analysed);
    expect(merged.version).toBe(2);
    expect(ids(merged)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(merged.quotes[0]?.status).toBe('accepted');
  });

  it('new sources wait for the next version', () => {
    const b = brief();
    const source = { id: 's1', title: 'S', origin: 'pasted text', kind: 'paste' as const, publishedAt: null, byline: null, text: 'x', paragraphs: [], addedAt: '', addedInVersion: 1 };
    expect(edits.addSources(b, [source]).sources[0]?.addedInVersion).toBe(2);
  });
});

describe('undo history', () => {
  const load = (): History => historyReducer(emptyHistory, { type: 'load', brief: brief() });

  it('undoes and redoes whole steps, and a new edit clears the redo path', () => {
    let h = load();
    h = historyReducer(h, { type: 'edit', update: (b) => edits.setItemStatus(b, 'quotes', 'a', 'rejected'), at: 0 });
    h = historyReducer(h, { type: 'edit', update: (b) => edits.setMeta(b, 'title', 'New'), at: 10_000 });
    h = historyReducer(h, { type: 'undo' });
    expect(h.present?.title).toBe('T');
    h = historyReducer(h, { type: 'undo' });
    expect(h.present?.quotes[0]?.status).toBe('draft');
    h = historyReducer(h, { type: 'redo' });
    expect(h.present?.quotes[0]?.status).toBe('rejected');
    h = historyReducer(h, { type: 'edit', update: (b) => edits.setMeta(b, 'marking', 'SECRET'), at: 20_000 });
    expect(h.future).toEqual([]);
    expect(historyReducer(h, { type: 'redo' })).toBe(h);
  });

  it('typing in one field coalesces into one undo step; a no-op edit adds none', () => {
    let h = load();
    for (const [i, title] of ['N', 'Ne', 'New'].entries()) {
      h = historyReducer(h, { type: 'edit', update: (b) => edits.setMeta(b, 'title', title), key: 'meta:title', at: i * 100 });
    }
    expect(h.past).toHaveLength(1);
    expect(historyReducer(h, { type: 'edit', update: (b) => edits.setMeta(b, 'title', 'New'), at: 500 })).toBe(h);
    expect(historyReducer(h, { type: 'undo' }).present?.title).toBe('T');
  });
});
