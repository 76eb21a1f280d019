/** The DOCX read back with mammoth (body) and JSZip (header, footer): Word's own headings and tables. */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { briefToDocx } from '../../core/export/docx.js';
import { SAMPLE, sampleBrief } from '../helpers/sample-brief.js';

describe('briefToDocx', () => {
  let bytes: Uint8Array;
  let doc: Document;

  beforeAll(async () => {
    bytes = await briefToDocx(sampleBrief());
    // The style map makes mammoth report Word's Title style, which proves the title uses it.
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: ["p[style-name='Title'] => h1.title:fresh"] });
    doc = new JSDOM(value).window.document;
  });

  it('uses Word heading styles for the title and every section, in print order', () => {
    expect(doc.querySelector('h1.title')?.textContent).toBe('Київ power outage and its knock-on effects');
    expect([...doc.querySelectorAll('h1:not(.title)')].map((h) => h.textContent)).toEqual([
      'Bottom line', 'Situation', 'Key facts and figures', 'Key quotes', 'Claims', 'Actors', 'Timeline', 'Open questions', 'Analyst notes', 'Sources',
    ]);
  });

  it('writes real tables with a header row', () => {
    const tables = [...doc.querySelectorAll('table')];
    expect(tables.length).toBe(4);
    const headerCells = (t: Element) => [...t.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headerCells(tables[0]!)).toEqual(['Figure', 'What it counts', 'Where / when', 'Source']);
    const firstRow = [...tables[0]!.querySelectorAll('tbody tr')][1];
    expect([...firstRow!.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['14 hospitals', 'hospitals on backup generators', 'Київ', '[1]']);
  });

  it('prints the analyst\'s wording and notes, the names as written, and no rejected item', () => {
    const text = doc.body.textContent ?? '';
    expect(text).toContain(SAMPLE.editedSummary);
    expect(text).toContain(SAMPLE.itemNote);
    expect(text).toContain(SAMPLE.briefNote);
    for (const name of [...SAMPLE.cyrillic, ...SAMPLE.accented]) expect(text).toContain(name);
    for (const rejected of SAMPLE.rejectedTexts) expect(text).not.toContain(rejected);
    expect(text).toContain('[1] Київ: blackout after substation fire');
  });

  it('puts the marking in the page header and footer, with page numbers in the footer', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const parts = Object.keys(zip.files);
    const read = async (pattern: RegExp) => Promise.all(parts.filter((p) => pattern.test(p)).map((p) => zip.file(p)!.async('string')));
    const headers = await read(/^word\/header\d*\.xml$/);
    const footers = await read(/^word\/footer\d*\.xml$/);
    expect(headers.some((x) => x.includes('OFFICIAL-SENSITIVE'))).toBe(true);
    const footer = footers.find((x) => x.includes('OFFICIAL-SENSITIVE'));
    expect(footer).toBeDefined();
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
  });
});
