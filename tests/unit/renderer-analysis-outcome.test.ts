/** The status line after an analysis splits what is new into draft and held back. */
import { describe, expect, it } from 'vitest';
import { newBriefing } from '../../core/brief/create.js';
import type { Briefing, Quote } from '../../core/model/briefing.js';
import { analysisOutcome } from '../../renderer/state/analysis-outcome.js';

function quote(id: string, addedInVersion: number, held: boolean): Quote {
  return { id, text: `quote ${id}`, speaker: { name: null, role: null }, cites: [], status: 'draft', origin: 'engine', edited: false, note: null, addedInVersion, held };
}

function briefAt(version: number, quotes: Quote[]): Briefing {
  return { ...newBriefing({ title: 'T' }), version, quotes };
}

describe('analysisOutcome', () => {
  it('counts only items this version added, split by held', () => {
    const brief = briefAt(2, [quote('old', 1, false), quote('a', 2, false), quote('b', 2, false), quote('h', 2, true)]);
    expect(analysisOutcome(brief, 'Brief')).toBe('Brief updated: 2 new items in the draft, 1 more found and held back.');
  });
  it('says so when nothing is new', () => {
    expect(analysisOutcome(briefAt(3, [quote('old', 2, false)]), '“Strait”')).toBe('“Strait” updated: nothing new found.');
  });
  it('leaves out the held clause when nothing was held', () => {
    expect(analysisOutcome(briefAt(1, [quote('a', 1, false)]), 'Brief')).toBe('Brief updated: 1 new item in the draft.');
  });
});
