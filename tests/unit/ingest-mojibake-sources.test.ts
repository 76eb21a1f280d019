/**
 * Mis-decoded text in every kind of source we can build cheaply (pasted text, .txt, .md, a web
 * page, a Word document) comes out repaired, and the quote finder then finds the curly-quoted
 * quote with its speaker, citing the repaired words.
 */
import { Buffer } from 'node:buffer';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { SourceDoc } from '../../core/model/briefing.js';
import { ingestBytes, ingestText } from '../../core/ingest/index.js';
import { analyseSources } from '../../core/analyse/index.js';
import { docxOfParagraphs } from './ingest-fixtures.js';

const HEADLINE = 'Harbour town weighs flood defences';
const QUOTE = 'We will rebuild every school before the winter';
const PARAGRAPHS = [
  'The flood that reached Port Merrow on Sunday left 4,000 homes without power, officials said.',
  `“${QUOTE},” said Renée Dubois-Kowalczyk, the regional governor, on Monday.`,
  'Repairs to the sea wall will cost £12m, according to the council’s own estimate — about €14m.',
];
const WRITTEN = [HEADLINE, ...PARAGRAPHS].join('\n');

/** UTF-8 read as Windows-1252, as a browser or a mis-set CMS does (undefined bytes pass through). */
function garble(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((byte) => ([0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(byte) ? String.fromCharCode(byte) : iconv.decode(Buffer.from([byte]), 'windows-1252')))
    .join('');
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function expectRepairedAndQuoted(source: SourceDoc): void {
  expect(source.text).not.toMatch(/[ÂÃâ][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/);
  expect(source.text).toContain('Renée Dubois-Kowalczyk');
  expect(source.text).toContain('£12m');
  expect(source.text).toContain('council’s own estimate — about €14m');
  const quotes = analyseSources([source], { summarySentences: 3 }).quotes;
  const quote = quotes.find((q) => q.text.includes('rebuild every school'));
  expect(quote?.speaker.name).toBe('Renée Dubois-Kowalczyk');
  expect(quote?.speaker.role).toMatch(/regional governor/);
  const cited = quote!.cites.map((c) => source.text.slice(c.start, c.end)).join(' ');
  expect(cited).toBe(quote!.text);
  expect(cited).toContain(QUOTE);
}

describe('mis-decoded sources come out repaired, and their quotes are found', () => {
  it('checks that the garbled input really is garbled', () => {
    expect(garble(WRITTEN)).toContain('â€œWe will rebuild');
    expect(garble(WRITTEN)).toContain('RenÃ©e');
  });

  it('pasted text', () => {
    const source = ingestText(garble(WRITTEN));
    expect(source.title).toBe(HEADLINE);
    expectRepairedAndQuoted(source);
  });

  it('a .txt file encoded twice over', async () => {
    expectRepairedAndQuoted(await ingestBytes(utf8(garble(garble(WRITTEN))), 'dispatch.txt'));
  });

  it('a Markdown file with a garbled title in its front matter', async () => {
    const markdown = `---\ntitle: "${garble('Governor’s pledge')}"\n---\n${garble(PARAGRAPHS.join('\n\n'))}`;
    const source = await ingestBytes(utf8(markdown), 'notes.md');
    expect(source.title).toBe('Governor’s pledge');
    expectRepairedAndQuoted(source);
  });

  it('a web page whose text was garbled by its CMS, with no-break spaces as entities', async () => {
    const body = PARAGRAPHS.map((p) => `<p>${garble(p).replace('Â\u00a0', 'Â&nbsp;')}</p>`).join('\n');
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${garble('Governor’s pledge')}</title></head>
<body><article><h1>${HEADLINE}</h1>\n<p>Aid worth 5Â&nbsp;million was promised.</p>\n${body}</article></body></html>`;
    const source = await ingestBytes(utf8(page), 'story.html');
    expect(source.text).toContain('Aid worth 5 million was promised.');
    expectRepairedAndQuoted(source);
  });

  it('a UTF-8 web page that declares a Latin-2 charset', async () => {
    const page = `<!DOCTYPE html><html><head><meta charset="iso-8859-2"><title>${HEADLINE}</title></head>
<body><article><h1>${HEADLINE}</h1>\n${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
    expectRepairedAndQuoted(await ingestBytes(utf8(page), 'story.html'));
  });

  it('a UTF-8 web page whose <meta> says UTF-16, which browsers read as UTF-8', async () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-16"><title>${HEADLINE}</title></head>
<body><article><h1>${HEADLINE}</h1>\n${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
    const source = await ingestBytes(utf8(page), 'story.html');
    expect(source.title).toBe(HEADLINE);
    expectRepairedAndQuoted(source);
  });

  it('a Word document', async () => {
    const source = await ingestBytes(await docxOfParagraphs([HEADLINE, ...PARAGRAPHS].map(garble)), 'story.docx');
    expectRepairedAndQuoted(source);
  });
});
