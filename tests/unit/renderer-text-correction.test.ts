import { describe, expect, it } from 'vitest';
import { remapSpan } from '../../renderer/sources/textCorrection';
import { correctSourceText } from '../../renderer/state/edits';
import { newBriefing } from '../../core/brief/create';
import { sourceFromText } from '../../core/ingest/index';
import type { Briefing } from '../../core/model/briefing';

describe('correctSourceText', () => {
  const source = { ...sourceFromText('Intro.\n"We will rebuild," the mayor said.', { origin: 'test', kind: 'paste' }), id: 'src-a' };
  const quote = (start: number, end: number) => ({
    id: 'q1', cites: [{ source: 'src-a', start, end }], status: 'draft' as const, origin: 'engine' as const, edited: false, note: null,
    addedInVersion: 1, text: 'We will rebuild,', speaker: { name: null, role: null },
  });
  const brief: Briefing = { ...newBriefing(), version: 1, sources: [source], quotes: [quote(8, 24)] };

  it('replaces the text and paragraphs, moves cites with their words and marks the source for re-analysis', () => {
    const corrected = correctSourceText(brief, 'src-a', 'Intro.\nA paragraph Readability dropped.\n"We will rebuild," the mayor said.');
    const fixed = corrected.sources[0]!;
    expect(fixed.paragraphs.map((p) => fixed.text.slice(p.start, p.end))).toEqual(['Intro.', 'A paragraph Readability dropped.', '"We will rebuild," the mayor said.']);
    const cite = corrected.quotes[0]!.cites[0]!;
    expect(fixed.text.slice(cite.start, cite.end)).toBe('We will rebuild,');
    expect(fixed.addedInVersion).toBe(2);
  });

  it('drops a cite whose words the correction removed, and leaves an unchanged text alone', () => {
    expect(correctSourceText(brief, 'src-a', 'Intro only.').quotes[0]!.cites).toEqual([]);
    expect(correctSourceText(brief, 'src-a', source.text)).toBe(brief);
  });
});

describe('remapSpan', () => {
  const oldText = 'Intro.\n"We will rebuild," the mayor said.';
  const quote = { start: 7, end: 25 };

  it('follows a quote moved by an inserted paragraph', () => {
    const newText = 'Intro.\nA paragraph Readability dropped.\n"We will rebuild," the mayor said.';
    const moved = remapSpan(oldText, newText, quote);
    expect(moved).not.toBeNull();
    expect(newText.slice(moved!.start, moved!.end)).toBe('"We will rebuild,"');
    expect(moved!.start).toBe(40);
  });

  it('picks the occurrence nearest the old offset', () => {
    const text = 'ab ab ab';
    expect(remapSpan(text, 'x' + text, { start: 3, end: 5 })).toEqual({ start: 4, end: 6 });
  });

  it('drops a cite whose string the correction removed', () => {
    expect(remapSpan(oldText, 'Intro.\nThe mayor said nothing.', quote)).toBeNull();
  });
});
