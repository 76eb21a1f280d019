/** The exporters main loads on first use, and the background rehearsal that warms them. */
import { describe, expect, it, vi } from 'vitest';
import { newBriefing } from '../../core/brief/create.js';
import type { Briefing, SourceDoc, SummaryItem } from '../../core/model/briefing.js';
import { loadExporters, rehearsalBrief, rehearsalPieces, warmExporters } from '../../electron/services/exporters.js';

const item = (n: number): SummaryItem => ({ id: `s${n}`, text: `Point ${n}.`, cites: [], status: 'draft', origin: 'analyst', edited: false, note: null, addedInVersion: 1 });
const source = (n: number): SourceDoc => ({
  id: `src-${n}`, title: `Source ${n}`, origin: 'pasted text', kind: 'paste', publishedAt: null, byline: null,
  text: `Source ${n}.`, paragraphs: [{ start: 0, end: 9 }], addedAt: '2026-01-01T00:00:00.000Z', addedInVersion: 1,
});

describe('rehearsalBrief', () => {
  it('keeps a typical brief whole and caps a huge one, leaving the original alone', () => {
    const small: Briefing = { ...newBriefing({ title: 'Small' }), summary: [item(1), item(2)], sources: [source(1)] };
    expect(rehearsalBrief(small)).toEqual(small);
    const huge: Briefing = { ...newBriefing({ title: 'Huge' }), summary: Array.from({ length: 300 }, (_, n) => item(n)), sources: Array.from({ length: 90 }, (_, n) => source(n)) };
    const rehearsal = rehearsalBrief(huge);
    expect(rehearsal.summary.map((i) => i.id)).toEqual(huge.summary.slice(0, 25).map((i) => i.id));
    expect(rehearsal.sources).toHaveLength(25);
    expect(rehearsal.title).toBe('Huge');
    expect(huge.summary).toHaveLength(300);
  });
});

describe('rehearsalPieces', () => {
  it('splits the rehearsal into a blank document, the sources list, then one section each', () => {
    const quote = { ...item(9), speaker: { name: 'A. Speaker', role: null } };
    const brief: Briefing = { ...newBriefing({ title: 'Pieces' }), summary: [item(1), item(2)], quotes: [quote], sources: [source(1), source(2)] };
    const pieces = rehearsalPieces(brief);
    const shape = (b: Briefing) => ({ sources: b.sources.length, summary: b.summary.length, quotes: b.quotes.length, title: b.title });
    expect(pieces.map(shape)).toEqual([
      { sources: 0, summary: 0, quotes: 0, title: 'Pieces' },
      { sources: 2, summary: 0, quotes: 0, title: 'Pieces' },
      { sources: 2, summary: 2, quotes: 0, title: 'Pieces' },
      { sources: 2, summary: 0, quotes: 1, title: 'Pieces' },
    ]);
    expect(rehearsalPieces(newBriefing()).map(shape)).toEqual([{ sources: 0, summary: 0, quotes: 0, title: 'Untitled brief' }]);
  });
});

describe('warmExporters', () => {
  it('loads the exporters and rehearses once; after that an export finds them loaded', async () => {
    const brief: Briefing = { ...newBriefing({ title: 'Warm-up check' }), summary: [item(1)] };
    // No last brief: an empty one is rehearsed.
    await expect(warmExporters(null)).resolves.toBe(true);
    // Already loaded (by the warm-up or a real export): nothing left to warm.
    await expect(warmExporters(brief)).resolves.toBe(false);
    const { exportBrief } = await loadExporters();
    const pdf = await exportBrief(brief, 'pdf');
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
  });
});

describe('a real export during the warm-up', () => {
  it('stops the rehearsal at its next step, so the two never share main', async () => {
    vi.resetModules();
    const fresh = await import('../../electron/services/exporters.js');
    const brief: Briefing = { ...newBriefing({ title: 'Busy desk' }), summary: [item(1), item(2)] };
    const steps: string[] = [];
    const warming = fresh.warmExporters(brief, (format) => {
      steps.push(format);
      // The analyst presses Export while the first piece is being rehearsed.
      if (steps.length === 1) void fresh.loadExporters();
    });
    await expect(warming).resolves.toBe(true);
    expect(steps).toEqual(['pdf']);
    const whole = await fresh.warmExporters(brief);
    expect(whole).toBe(false);
  });
});
