/** The one layout every export prints from: which items, in which order, citing which numbers. */
import { describe, expect, it } from 'vitest';
import { briefLayout, citeLabel, SECTION_HEADINGS, type LayoutSection } from '../../core/export/layout.js';
import { dateTimeGroup, formatDay } from '../../core/export/dates.js';
import { exportBrief, exportFileName } from '../../core/export/index.js';
import { newBriefing } from '../../core/brief/create.js';
import { SAMPLE, sampleBrief } from '../helpers/sample-brief.js';

const section = <K extends LayoutSection['kind']>(sections: LayoutSection[], kind: K) =>
  sections.find((s): s is Extract<LayoutSection, { kind: K }> => s.kind === kind);

describe('briefLayout', () => {
  it('puts every section in print order and the first kept summary item in the bottom line', () => {
    const layout = briefLayout(sampleBrief());
    expect(layout.sections.map((s) => s.heading)).toEqual([
      'Bottom line', 'Situation', 'Key facts and figures', 'Key quotes', 'Claims', 'Actors', 'Timeline', 'Open questions', 'Analyst notes', 'Sources',
    ]);
    expect(section(layout.sections, 'bottomLine')?.item.text).toBe(SAMPLE.editedSummary);
  });

  it('leaves out rejected items and keeps the analyst order and wording', () => {
    const brief = sampleBrief();
    brief.quotes.reverse();
    brief.figures[1]!.text = 'fourteen hospitals, as the analyst put it';
    const layout = briefLayout(brief);
    const text = JSON.stringify(layout);
    for (const rejected of SAMPLE.rejectedTexts) expect(text).not.toContain(rejected);
    const kept = brief.quotes.filter((q) => q.status !== 'rejected').map((q) => q.text);
    expect(section(layout.sections, 'quotes')?.rows.map((r) => r.text)).toEqual(kept);
    expect(section(layout.sections, 'figures')?.rows.map((r) => r.text)).toContain('fourteen hospitals, as the analyst put it');
  });

  it('numbers sources in list order and cites each item by those numbers, ascending and without repeats', () => {
    const brief = sampleBrief();
    const layout = briefLayout(brief);
    expect(section(layout.sections, 'sources')?.items.map((s) => [s.number, s.title])).toEqual(brief.sources.map((s, i) => [i + 1, s.title]));
    const situation = section(layout.sections, 'situation')!;
    // "households … 1.2 billion hryvnia" cites the grid report and the statement: sources 1 and 3.
    expect(situation.items[0]!.cites).toEqual([1, 3]);
    // The tram question cites the tram article twice: one number.
    expect(section(layout.sections, 'questions')!.items[2]!.cites).toEqual([2]);
    expect(citeLabel([1, 3])).toBe('[1, 3]');
    expect(citeLabel([])).toBe('');
  });

  it('drops a cite whose source is no longer in the brief rather than printing a number that resolves to nothing', () => {
    const brief = sampleBrief();
    brief.sources = brief.sources.filter((s) => s.id !== 'src-trams');
    const layout = briefLayout(brief);
    const cites = layout.sections.flatMap((s): number[][] => {
      if (s.kind === 'bottomLine') return [s.item.cites];
      if (s.kind === 'notes' || s.kind === 'sources') return [];
      return ('items' in s ? s.items : s.rows).map((i) => i.cites);
    });
    expect(cites.length).toBeGreaterThan(20);
    for (const n of cites.flat()) expect(n).toBeLessThanOrEqual(2);
  });

  it('leaves empty sections out, and an all-rejected section counts as empty', () => {
    const brief = sampleBrief();
    brief.claims = brief.claims.map((c) => ({ ...c, status: 'rejected' as const }));
    brief.notes = [];
    brief.timeline = [];
    const headings = briefLayout(brief).sections.map((s) => s.heading);
    expect(headings).not.toContain(SECTION_HEADINGS.claims);
    expect(headings).not.toContain(SECTION_HEADINGS.notes);
    expect(headings).not.toContain(SECTION_HEADINGS.timeline);
    expect(briefLayout(newBriefing({ title: 'Empty' })).sections).toEqual([]);
  });

  it('leaves out held-back findings exactly like rejected ones, and an all-held section counts as empty', () => {
    const brief = sampleBrief();
    const [heldQuote, keptQuote] = brief.quotes.filter((q) => q.status !== 'rejected');
    brief.quotes = brief.quotes.map((q) => (q.id === heldQuote!.id ? { ...q, held: true } : q));
    brief.claims = brief.claims.map((c) => ({ ...c, held: true }));
    brief.summary = brief.summary.map((s, i) => (i === 0 ? { ...s, held: true } : s));
    const layout = briefLayout(brief);
    const quotes = section(layout.sections, 'quotes')!.rows.map((r) => r.text);
    expect(quotes).not.toContain(heldQuote!.text);
    expect(quotes).toContain(keptQuote!.text);
    expect(layout.sections.map((s) => s.heading)).not.toContain(SECTION_HEADINGS.claims);
    // The bottom line is the first summary line that prints.
    expect(section(layout.sections, 'bottomLine')?.item.text).toBe(brief.summary.filter((s) => s.status !== 'rejected' && !s.held)[0]!.text);
    // Absent (a brief stored before the field) or false: in the draft.
    expect(section(briefLayout({ ...brief, quotes: brief.quotes.map((q) => ({ ...q, held: false })) }).sections, 'quotes')!.rows.map((r) => r.text)).toContain(heldQuote!.text);
  });

  it('carries item notes and brief notes', () => {
    const layout = briefLayout(sampleBrief());
    expect(section(layout.sections, 'figures')?.rows[0]?.note).toBe(SAMPLE.itemNote);
    expect(section(layout.sections, 'notes')?.items.map((n) => n.text)).toContain(SAMPLE.briefNote);
  });

  it('names a claim\'s speaker only when the claim does not already', () => {
    const claims = section(briefLayout(sampleBrief()).sections, 'claims')!.items;
    expect(claims[0]!.attribution).toBe('Office of the President');
    expect(claims[1]!.attribution).toBeNull();
  });

  it('prints a described speaker in the name\'s place, and "Unattributed" only when the sources say nothing', () => {
    const brief = sampleBrief();
    const q0 = brief.quotes[0]!;
    const c0 = brief.claims[0]!;
    const withSpeakers = {
      ...brief,
      quotes: [{ ...q0, id: 'q-desc', held: false, speaker: { name: null, role: 'the harbour union' } }, { ...q0, id: 'q-none', held: false, speaker: { name: null, role: null } }],
      claims: [{ ...c0, id: 'c-desc', held: false, text: 'the toll breaks the old charter', speaker: { name: null, role: 'opponents of the toll' } }],
    };
    const layout = briefLayout(withSpeakers);
    const quotes = section(layout.sections, 'quotes')!.rows;
    expect(quotes.map((r) => [r.speaker, r.role])).toEqual([['The harbour union', null], ['Unattributed', null]]);
    expect(section(layout.sections, 'claims')!.items[0]!.attribution).toBe('Opponents of the toll');
  });

  it('fills the title block, leaving out empty fields', () => {
    const brief = { ...sampleBrief(), preparedFor: '  ' };
    const layout = briefLayout(brief);
    expect(layout.fields.map((f) => f.label)).toEqual(['Prepared by', 'DTG', 'Date']);
    expect(layout.fields.find((f) => f.label === 'DTG')?.value).toBe('261430Z NOV 26');
  });
});

describe('dates', () => {
  it('gives the date-time group in UTC whatever the offset the time was stored with', () => {
    expect(dateTimeGroup('2026-11-26T14:30:00Z')).toBe('261430Z NOV 26');
    expect(dateTimeGroup('2027-01-01T01:05:00+02:00')).toBe('312305Z DEC 26');
    expect(dateTimeGroup('not a date')).toBeNull();
    expect(formatDay('2026-03-09')).toBe('9 March 2026');
    expect(formatDay('sometime')).toBe('sometime');
  });
});

describe('exportBrief', () => {
  it('returns Markdown bytes and a safe file name', async () => {
    const bytes = await exportBrief(sampleBrief(), 'md');
    expect(new TextDecoder().decode(bytes)).toContain('## Bottom line');
    expect(exportFileName({ ...sampleBrief(), title: 'a/b: c?' }, 'pdf')).toBe('a-b-c.pdf');
  });
});
