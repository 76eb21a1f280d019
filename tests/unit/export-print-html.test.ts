/** The print layout: a self-contained, script-free HTML page with the PDF's sections in order. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { briefToPrintHtml } from '../../core/export/print-html.js';
import { SAMPLE, sampleBrief } from '../helpers/sample-brief.js';

const parse = (html: string): Document => new JSDOM(html).window.document;

describe('briefToPrintHtml', () => {
  it('has the sections in print order, the marking in the page margins and page numbers', () => {
    const html = briefToPrintHtml(sampleBrief());
    const doc = parse(html);
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Bottom line', 'Situation', 'Key facts and figures', 'Key quotes', 'Claims', 'Actors', 'Timeline', 'Open questions', 'Analyst notes', 'Sources',
    ]);
    const css = doc.querySelector('style')?.textContent ?? '';
    expect(css).toMatch(/@top-center\s*{\s*content: "OFFICIAL-SENSITIVE"/);
    expect(css).toMatch(/@bottom-center\s*{\s*content: "OFFICIAL-SENSITIVE"/);
    expect(css).toContain('counter(page) " of " counter(pages)');
    expect(doc.querySelectorAll('table.data thead th').length).toBeGreaterThan(0);
    expect(doc.body.textContent).toContain(SAMPLE.editedSummary);
    for (const rejected of SAMPLE.rejectedTexts) expect(doc.body.textContent).not.toContain(rejected);
  });

  it('escapes brief text everywhere, including the marking inside the style sheet, and has no script or remote resource', () => {
    const hostile = '</style><script>alert(1)</script><img src="https://evil.example/x.png">';
    const brief = { ...sampleBrief({ marking: `SECRET "x" ${hostile}` }), title: hostile };
    brief.summary[0]!.text = hostile;
    brief.sources[0]!.title = hostile;
    const html = briefToPrintHtml(brief);
    const doc = parse(html);
    expect(doc.querySelectorAll('script, img, link, iframe, object').length).toBe(0);
    expect(doc.querySelectorAll('style').length).toBe(1);
    expect(doc.querySelector('h1')?.textContent).toBe(hostile);
    expect(doc.querySelector('.bottom-line')?.textContent).toContain(hostile);
    expect(html).not.toContain('<img');
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
  });
});
