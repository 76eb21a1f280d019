/** Markdown for an email: the PDF's sections, order and citation numbers, readable as plain text. */
import { describe, expect, it } from 'vitest';
import { briefToMarkdown, escapeMarkdown } from '../../core/export/markdown.js';
import { SAMPLE, sampleBrief } from '../helpers/sample-brief.js';

describe('briefToMarkdown', () => {
  const md = briefToMarkdown(sampleBrief());
  const lines = md.trimEnd().split('\n');

  it('opens and closes with the marking and has the sections in print order', () => {
    expect(lines[0]).toBe('**OFFICIAL-SENSITIVE**');
    expect(lines.at(-1)).toBe('**OFFICIAL-SENSITIVE**');
    expect(lines.filter((l) => l.startsWith('## '))).toEqual([
      '## Bottom line', '## Situation', '## Key facts and figures', '## Key quotes', '## Claims', '## Actors', '## Timeline', '## Open questions', '## Analyst notes', '## Sources',
    ]);
    expect(md).toContain('**DTG:** 261430Z NOV 26');
  });

  it('prints the analyst\'s wording, notes and Cyrillic names, and no rejected item', () => {
    expect(md).toContain(`> **${SAMPLE.editedSummary} [1]**`);
    expect(md).toContain(SAMPLE.itemNote);
    expect(md).toContain(SAMPLE.briefNote);
    for (const name of [...SAMPLE.cyrillic, ...SAMPLE.accented]) expect(md).toContain(name);
    for (const rejected of SAMPLE.rejectedTexts) expect(md).not.toContain(rejected);
  });

  it('writes tables as pipe tables and citations that resolve to the numbered sources', () => {
    expect(md).toContain('| Figure | What it counts | Where / when | Source |\n| --- | --- | --- | --- |');
    expect(md).toContain('| **14 hospitals** | hospitals on backup generators | Київ | [1] |');
    expect(md).toContain('1. What caused the substation fire, and was it sabotage? [1]');
    const sources = new Set([...md.matchAll(/^\[(\d+)\] \*\*/gm)].map((m) => Number(m[1])));
    expect([...sources]).toEqual([1, 2, 3]);
    const cited = [...md.matchAll(/\[(\d+(?:, \d+)*)\]/g)].flatMap((m) => m[1]!.split(', ').map(Number));
    for (const n of cited) expect(sources.has(n)).toBe(true);
  });

  it('keeps an analyst\'s markup characters literal and a table cell on one line', () => {
    expect(escapeMarkdown('5 * 3 | a_b\nnext')).toBe('5 \\* 3 \\| a\\_b next');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('1. not a list')).toBe('\\1. not a list');
  });
});
