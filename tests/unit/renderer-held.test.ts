/**
 * Held-back findings in the editor's edits: "Add to brief" (accepting) brings one into the
 * draft for good, one undo step takes it back, keyboard moves skip the held ones, and an
 * analysis that lands while the analyst works updates only what is still untouched.
 */
import { describe, expect, it } from 'vitest';
import { newBriefing } from '../../core/brief/create.js';
import { applyAnalysis } from '../../core/brief/update.js';
import type { Briefing, Quote } from '../../core/model/briefing.js';
import * as edits from '../../renderer/state/edits.js';
import { emptyHistory, historyReducer } from '../../renderer/state/history.js';

function quote(id: string, held: boolean): Quote {
  return { id, text: `quote ${id}`, speaker: { name: 'A. Person', role: null }, cites: [], status: 'draft', origin: 'engine', edited: false, note: null, addedInVersion: 1, held };
}

function brief(): Briefing {
  return { ...newBriefing({ title: 'T' }), version: 1, quotes: [quote('a', false), quote('h1', true), quote('b', false), quote('h2', true)] };
}

const ids = (b: Briefing) => b.quotes.map((q) => q.id);

describe('held findings in the editor', () => {
  it('accepting a held finding brings it into the draft; rejecting one sends it to the rejected list', () => {
    const added = edits.setItemStatus(brief(), 'quotes', 'h1', 'accepted');
    expect(added.quotes[1]).toMatchObject({ id: 'h1', status: 'accepted', held: false });
    const rejected = edits.setItemStatus(brief(), 'quotes', 'h2', 'rejected');
    expect(rejected.quotes[3]).toMatchObject({ status: 'rejected', held: false });
    // Items that never had the flag do not gain it, and an unchanged status is no edit.
    const b = brief();
    expect(edits.setItemStatus(b, 'quotes', 'a', 'draft')).toBe(b);
    const { held: _absent, ...stored } = quote('x', false);
    expect(edits.setItemStatus({ ...b, quotes: [stored] }, 'quotes', 'x', 'accepted').quotes[0]).not.toHaveProperty('held');
  });

  it('keeps an added finding in the draft through a re-analysis that would hold it', () => {
    const b = edits.setItemStatus(brief(), 'quotes', 'h1', 'accepted');
    const fresh = brief().quotes;
    const again = applyAnalysis(b, { summary: [], quotes: fresh, claims: [], figures: [], actors: [], timeline: [], questions: [] });
    expect(again.quotes.find((q) => q.id === 'h1')).toMatchObject({ status: 'accepted', held: false });
  });

  it('is one undo step away from the draft it came from', () => {
    const start = brief();
    let h = historyReducer(emptyHistory, { type: 'load', brief: start });
    h = historyReducer(h, { type: 'edit', update: (b) => edits.setItemStatus(b, 'quotes', 'h1', 'accepted'), at: 1 });
    expect(h.present?.quotes[1]?.held).toBe(false);
    h = historyReducer(h, { type: 'undo' });
    expect(h.present?.quotes[1]).toMatchObject({ status: 'draft', held: true });
  });

  it('moves a draft item past held neighbours, which are listed apart', () => {
    expect(ids(edits.stepItem(brief(), 'quotes', 'a', 1, (s) => s !== 'rejected'))).toEqual(['h1', 'b', 'a', 'h2']);
    const b = brief();
    expect(edits.stepItem(b, 'quotes', 'b', 1, (s) => s !== 'rejected')).toBe(b);
  });

  it('takes the analysis word on held for untouched items only when merging a late analysis', () => {
    const start = brief();
    const analysed: Briefing = { ...start, version: 2, quotes: start.quotes.map((q) => ({ ...q, held: !q.held })) };
    const meanwhile = edits.setItemStatus(start, 'quotes', 'h1', 'accepted');
    const merged = edits.mergeAnalysis(meanwhile, analysed);
    expect(merged.quotes.map((q) => [q.id, q.held])).toEqual([['a', true], ['h1', false], ['b', true], ['h2', false]]);
  });
});
