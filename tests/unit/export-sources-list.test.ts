/**
 * The printed sources list: every source while few go uncited; past that only the cited ones,
 * under their editor numbers, and a line counting the rest — in the layout and on paper.
 */
import { describe, expect, it } from 'vitest';
import { briefLayout, type LayoutSection } from '../../core/export/layout.js';
import { briefToPdf } from '../../core/export/pdf.js';
import { briefToMarkdown } from '../../core/export/markdown.js';
import { ingestText } from '../../core/ingest/index.js';
import { newBriefing } from '../../core/brief/create.js';
import type { Briefing } from '../../core/model/briefing.js';
import { pdfText } from '../helpers/pdf-text.js';

function briefWith(sourceCount: number, citedIndexes: number[]): Briefing {
  const sources = Array.from({ length: sourceCount }, (_, i) => ingestText(`Report number ${i + 1} says the bridge reopened on Monday.`, `Wire report ${i + 1}`));
  const brief: Briefing = { ...newBriefing({ title: 'Bridge' }), sources };
  brief.summary = citedIndexes.map((i) => ({
    id: `s${i}`, text: `Finding from report ${i + 1}.`, cites: [{ source: sources[i]!.id, start: 0, end: 10 }],
    status: 'draft', origin: 'engine', edited: false, note: null, addedInVersion: 1,
  }));
  return brief;
}

const sourcesOf = (sections: LayoutSection[]) => sections.find((s): s is Extract<LayoutSection, { kind: 'sources' }> => s.kind === 'sources')!;

describe('printed sources list', () => {
  it('lists every source while at most ten go uncited', () => {
    const list = sourcesOf(briefLayout(briefWith(12, [0, 5])).sections);
    expect(list.items.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(list.unlisted).toBe(0);
  });

  it('lists only cited sources, keeping their numbers, and counts the rest', async () => {
    const brief = briefWith(40, [2, 30]);
    const list = sourcesOf(briefLayout(brief).sections);
    expect(list.items.map((s) => [s.number, s.title])).toEqual([[3, 'Wire report 3'], [31, 'Wire report 31']]);
    expect(list.unlisted).toBe(38);
    const text = (await pdfText(await briefToPdf(brief))).flat.join(' ');
    expect(text).toContain('[31]');
    expect(text).toContain('Wire report 31');
    expect(text).not.toMatch(/Wire report 4\b/);
    expect(text).toMatch(/38 further sources were read for this brief but are not cited/);
    expect(briefToMarkdown(brief)).toContain('38 further sources were read');
  });
});
