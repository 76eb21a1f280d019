/**
 * The PDF read back with pdf.js as a reader would copy it: sections in order, the marking and
 * "Page X of Y" on every page, citations that resolve, the analyst's edits, Cyrillic intact,
 * headings never alone at a page's foot, table headers repeated on continued pages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { briefToPdf } from '../../core/export/pdf.js';
import { SECTION_HEADINGS } from '../../core/export/layout.js';
import { COLUMNS } from '../../core/export/theme.js';
import { pdfText, type PdfText } from '../helpers/pdf-text.js';
import { repoRoot } from '../helpers/paths.js';
import { SAMPLE, sampleBrief } from '../helpers/sample-brief.js';

const HEADINGS = Object.values(SECTION_HEADINGS);
const count = (text: string, needle: string): number => text.split(needle).length - 1;

/** The page's body text: everything before the footer line (title, then "Page X of Y"). */
function body(page: string, title: string): string {
  const footer = page.lastIndexOf(title);
  return footer > 0 ? page.slice(0, footer) : page;
}

describe('briefToPdf', () => {
  const brief = sampleBrief({ repeat: 3 });
  let pdf: PdfText;

  beforeAll(async () => {
    pdf = await pdfText(await briefToPdf(brief));
  });

  it('starts with %PDF and runs over several A4 pages', async () => {
    const bytes = await briefToPdf(sampleBrief());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    expect(pdf.pages.length).toBeGreaterThanOrEqual(4);
  });

  it('prints the marking at the top and the bottom of every page, and Page X of Y', () => {
    const total = pdf.pages.length;
    pdf.flat.forEach((page, i) => {
      expect(count(page, 'OFFICIAL-SENSITIVE'), `page ${i + 1}`).toBe(2);
      expect(page, `page ${i + 1}`).toContain(`Page ${i + 1} of ${total}`);
    });
  });

  it('has the title block and every section heading, in order', () => {
    const all = pdf.flat.join(' ');
    expect(all).toContain('Київ power outage and its knock-on effects');
    expect(all).toContain('DTG 261430Z NOV 26');
    expect(all).toContain('Prepared for Director, Eastern Europe Department');
    // Each heading is found after the one before it (the title block may use the same words).
    let at = all.indexOf('Date 26 November 2026');
    for (const h of HEADINGS) {
      const next = all.indexOf(`${h} `, at);
      expect(next, h).toBeGreaterThan(at);
      at = next;
    }
  });

  it('keeps the analyst\'s wording, notes and Cyrillic and accented names, and leaves out rejected items', () => {
    const all = pdf.flat.join(' ');
    expect(all).toContain(SAMPLE.editedSummary);
    expect(all).toContain(`Analyst note: ${SAMPLE.itemNote}`);
    expect(all).toContain(SAMPLE.briefNote);
    for (const name of [...SAMPLE.cyrillic, ...SAMPLE.accented]) expect(all).toContain(name);
    for (const rejected of SAMPLE.rejectedTexts) expect(all).not.toContain(rejected);
  });

  it('numbers the sources and every citation resolves to one of them', () => {
    const all = pdf.flat.join(' ');
    const sourcesAt = all.lastIndexOf(`${SECTION_HEADINGS.sources} `);
    const listed = brief.sources.map((s, i) => {
      const at = all.indexOf(`[${i + 1}] ${s.title}`, sourcesAt);
      expect(at, s.title).toBeGreaterThan(sourcesAt);
      return i + 1;
    });
    const cited = [...all.slice(0, sourcesAt).matchAll(/\[(\d+(?:, \d+)*)\]/g)].flatMap((m) => m[1]!.split(', ').map(Number));
    expect(cited.length).toBeGreaterThan(20);
    for (const n of cited) expect(listed).toContain(n);
    expect(all).toContain('[1, 3]');
  });

  it('never leaves a heading as the last thing on a page', () => {
    pdf.flat.forEach((page, i) => {
      const text = body(page, 'Київ power outage and its knock-on effects').replace(/OFFICIAL-SENSITIVE/g, '').trim();
      for (const h of HEADINGS) expect(text.endsWith(h), `page ${i + 1} ends with "${h}"`).toBe(false);
    });
  });

  it('repeats a table\'s heading and header row on the page it continues onto', async () => {
    const long = await pdfText(await briefToPdf(sampleBrief({ repeat: 5 })));
    const tables = [
      [SECTION_HEADINGS.figures, COLUMNS.figures], [SECTION_HEADINGS.quotes, COLUMNS.quotes],
      [SECTION_HEADINGS.actors, COLUMNS.actors], [SECTION_HEADINGS.timeline, COLUMNS.timeline],
    ] as const;
    // Each section has one table, so a header found on two pages was repeated.
    // Repeated, the heading reads "… (continued)": export-continued-tables.test.ts.
    const repeated = tables.filter(([heading, cols]) => long.flat.filter((page) => page.includes(`${heading} ${cols.join(' ')}`) || page.includes(`${heading} (continued) ${cols.join(' ')}`)).length > 1);
    expect(repeated.length).toBeGreaterThan(0);
  });

  it('takes its fonts from the folder it is given and says clearly when they are missing', async () => {
    const bytes = await briefToPdf(sampleBrief(), { fontDir: join(repoRoot, 'assets', 'fonts') });
    expect(bytes.byteLength).toBeGreaterThan(10_000);
    await expect(briefToPdf(sampleBrief(), { fontDir: join(repoRoot, 'no-such-fonts') })).rejects.toThrow(/Roboto-Regular\.ttf is missing/);
  });
});

describe('the shaped-word cache shared between exports', () => {
  it('gives the same pages as a cold export', async () => {
    const { resetShapingCache } = await import('../../core/export/shaping-cache.js');
    const brief = sampleBrief();
    resetShapingCache();
    const cold = await pdfText(await briefToPdf(brief));
    const warm = await pdfText(await briefToPdf(brief));
    expect(warm.pages).toEqual(cold.pages);
  });
});

describe('joining a line\'s words into text runs', () => {
  const font = {};
  const word = (text: string, x: number, width: number, extra: Record<string, unknown> = {}) =>
    ({ text, x, width, font, fontSize: 10, color: '#000', opacity: 1, ...extra });

  it('joins touching words of one style into one run that starts where the first word did', async () => {
    const { joinRuns } = await import('../../core/export/text-runs.js');
    const runs = joinRuns([word('Power ', 0, 30), word('was ', 30, 20), word('cut', 50, 15), word('[1]', 65, 12, { color: '#555' })]);
    expect(runs.map((r) => [r.text, r.x, r.width])).toEqual([['Power was cut', 0, 65], ['[1]', 65, 12]]);
  });

  it('leaves words apart where pdfkit would shape them differently or something hangs on the word', async () => {
    const { joinRuns } = await import('../../core/export/text-runs.js');
    // "well-" + "known": pdfkit would shape the joined text as one word and kern across the hyphen.
    const hyphen = [word('well-', 0, 20), word('known ', 20, 30)];
    expect(joinRuns(hyphen)).toBe(hyphen);
    const linked = [word('see ', 0, 20), word('here ', 20, 25, { link: 'https://example.org' })];
    expect(joinRuns(linked)).toBe(linked);
    const gap = [word('Total ', 0, 30), word('12 ', 40, 12)];
    expect(joinRuns(gap)).toBe(gap);
    const sizes = [word('Big ', 0, 30), word('small ', 30, 20, { fontSize: 8 })];
    expect(joinRuns(sizes)).toBe(sizes);
  });
});

describe('the lean style lookup', () => {
  it('answers as pdfmake does: own value, nearest enclosing node, default style, fallback; named styles by pdfmake', async () => {
    const { createRequire } = await import('node:module');
    const { installStyleLookup } = await import('../../core/export/style-lookup.js');
    installStyleLookup();
    type Stack = { push(entry: unknown): void };
    const { default: StyleContextStack } = createRequire(import.meta.url)('pdfmake/js/StyleContextStack.js') as {
      default: { new (styles: object, defaults: object): Stack; getStyleProperty(item: unknown, stack: Stack, property: string, fallback: unknown): unknown };
    };
    const stack = new StyleContextStack({ quiet: { color: 'grey' } }, { fontSize: 10, color: 'black' });
    stack.push({ fontSize: 9, bold: true });
    stack.push({ color: 'blue', bold: null });
    const ask = (item: unknown, property: string, fallback: unknown = 'fallback') => StyleContextStack.getStyleProperty(item, stack, property, fallback);
    expect(ask({ text: 'a', fontSize: 14 }, 'fontSize')).toBe(14);
    expect(ask({ text: 'a' }, 'fontSize')).toBe(9);
    expect(ask({ text: 'a' }, 'color')).toBe('blue');
    expect(ask({ text: 'a' }, 'bold')).toBe(true); // null is "not set", as in pdfmake
    expect(ask({ text: 'a' }, 'lineHeight')).toBe('fallback');
    expect(ask({ text: 'a', style: 'quiet' }, 'color')).toBe('grey');
    stack.push('quiet');
    expect(ask({ text: 'a' }, 'color')).toBe('grey');
    expect(ask({ text: 'a' }, 'fontSize')).toBe(9);
  });
});
