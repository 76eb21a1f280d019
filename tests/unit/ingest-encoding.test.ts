/**
 * Encodings: Ukrainian and Russian news arrives in UTF-8, UTF-16, Windows-1251 and KOI8;
 * Western European in Latin-1. Each must decode to the very text that was written.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ingestBytes, normaliseText } from '../../core/ingest/index.js';
import { decodeText } from '../../core/ingest/encoding.js';

const UKRAINIAN = 'Київ прокинувся від вибухів у середу вночі.\nМер міста Віталій Кличко заявив, що рятувальники працюють на місці удару, а кількість загиблих зростає.\nЄвропейські партнери пообіцяли ґрунтовну допомогу.';
const RUSSIAN = 'Москва заявила, что удары были нанесены по военной инфраструктуре.\nПредставитель министерства обороны отказался от комментариев и не назвал число пострадавших.';
const FRENCH = 'Le président a déclaré que la réunion à Genève était « très productive ».\nLes négociations reprendront après l’été, a-t-il ajouté.';
const GERMAN = 'Die Außenministerin äußerte sich am Dienstag in Brüssel zur Größe der Hilfe.';

const encode = (text: string, encoding: string, addBOM = false): Uint8Array => new Uint8Array(iconv.encode(text, encoding, { addBOM }));

describe('text encodings', () => {
  it.each([
    ['UTF-8', UKRAINIAN, 'utf-8', false],
    ['UTF-8 with BOM', RUSSIAN, 'utf-8', true],
    ['UTF-16LE with BOM', UKRAINIAN, 'utf-16le', true],
    ['UTF-16BE with BOM', RUSSIAN, 'utf-16be', true],
    ['UTF-16LE without BOM', UKRAINIAN, 'utf-16le', false],
    ['UTF-16BE without BOM', RUSSIAN, 'utf-16be', false],
    ['Windows-1251 (Ukrainian)', UKRAINIAN, 'windows-1251', false],
    ['Windows-1251 (Russian)', RUSSIAN, 'windows-1251', false],
    ['KOI8-U (Ukrainian)', UKRAINIAN, 'koi8-u', false],
    ['KOI8-R (Russian)', RUSSIAN, 'koi8-r', false],
    ['Latin-1 (French)', FRENCH.replace('’', "'"), 'latin1', false],
    ['Windows-1252 (French, curly apostrophe)', FRENCH, 'windows-1252', false],
    ['Latin-1 (German)', GERMAN, 'latin1', false],
  ] as const)('%s comes out as written', async (_label, text, encoding, bom) => {
    const source = await ingestBytes(encode(text, encoding, bom), 'article.txt');
    expect(source.text).toBe(text);
    expect(source.paragraphs).toHaveLength(text.split('\n').length);
  });

  it('reads UTF-8 cut off mid-character as UTF-8, not as a code page', () => {
    const bytes = new TextEncoder().encode(UKRAINIAN);
    const cut = bytes.subarray(0, bytes.length - 2); // the full stop goes, and the last letter loses a byte
    expect(decodeText(cut)).toMatchObject({ encoding: 'utf-8', text: `${UKRAINIAN.slice(0, -2)}\ufffd` });
  });

  it('tells the Cyrillic code pages apart even in one short line', () => {
    for (const word of ['Москва', 'Київ', 'Харків і Львів']) {
      expect(decodeText(encode(word, 'windows-1251')).text).toBe(word);
      expect(decodeText(encode(word, 'koi8-u')).text).toBe(word);
    }
  });

  it('follows a declared charset, but not a declared UTF-8 the bytes contradict', () => {
    expect(decodeText(encode(RUSSIAN, 'koi8-r'), 'KOI8-R')).toMatchObject({ text: RUSSIAN });
    expect(decodeText(encode(UKRAINIAN, 'windows-1251'), 'utf-8')).toMatchObject({ text: UKRAINIAN, encoding: 'windows-1251' });
  });

  it('reads the charset an HTML page declares in <meta>, and detects it when the page does not say', async () => {
    const page = (meta: string): string => `<!DOCTYPE html><html><head>${meta}<title>Новини</title></head><body><article><p>${RUSSIAN.replace('\n', '</p><p>')}</p></article></body></html>`;
    const declared = await ingestBytes(encode(page('<meta charset="windows-1251">'), 'windows-1251'), 'page.html');
    expect(declared.text).toContain(RUSSIAN);
    const undeclared = await ingestBytes(encode(page(''), 'koi8-r'), 'page.htm');
    expect(undeclared.text).toContain(RUSSIAN);
    expect(undeclared.title).toBe('Новини');
  });
});

describe('normaliseText', () => {
  it('keeps offsets stable: one line break kind, NFC, no invisible characters, single spaces', () => {
    const decomposed = 'Киі\u0308в'.normalize('NFD'); // ї as і + combining diaeresis
    expect(normaliseText(`  A\u00a0 line\r\nwith soft\u00adhyphen and zero\u200bwidth\u2028${decomposed}\t \r\n\n\n\nEnd  `))
      .toBe('A line\nwith softhyphen and zerowidth\nКиїв\n\nEnd');
  });
});

describe('plain text and Markdown shapes', () => {
  it('joins hard-wrapped paragraphs into one line each, mending broken words', async () => {
    const wrapped = 'The ministry said the strike damaged energy infra-\nstructure in three regions and left\nthousands without power.\n\nOfficials expect repairs to take\nseveral weeks, the ministry added.\n\nA third paragraph that also wraps\nover two lines.';
    const source = await ingestBytes(new TextEncoder().encode(wrapped), 'wire.txt');
    expect(source.text).toBe('The ministry said the strike damaged energy infrastructure in three regions and left thousands without power.\n\nOfficials expect repairs to take several weeks, the ministry added.\n\nA third paragraph that also wraps over two lines.');
  });

  it('leaves a paragraph-per-line text alone', async () => {
    const text = 'Headline of the story\nFirst paragraph, short.\nSecond paragraph, also short.';
    expect((await ingestBytes(new TextEncoder().encode(text), 'story.txt')).text).toBe(text);
  });

  it('strips Markdown markup and keeps headings and list items as lines', async () => {
    const markdown = '# Situation *update*\n\nThe **ministry** said [in a statement](https://example.org/x) that\nthe talks would `resume`.\n\n- First point\n- Second point, which\n  wraps\n\n---\n\n> A quoted line.\n\n[ref]: https://example.org';
    const source = await ingestBytes(new TextEncoder().encode(markdown), 'notes.md');
    expect(source.kind).toBe('markdown');
    expect(source.text).toBe('Situation update\nThe ministry said in a statement that the talks would resume.\nFirst point\nSecond point, which wraps\nA quoted line.');
  });

  it('takes title, date and author from YAML front matter and keeps it out of the text', async () => {
    const markdown = '---\ntitle: "Ceasefire talks: day two"\ndate: 2025-06-03\nauthor: By Lena Ortiz\ntags: [a, b]\n---\nDelegations met again on *Tuesday*.';
    const source = await ingestBytes(new TextEncoder().encode(markdown), 'day2.md');
    expect(source).toMatchObject({ title: 'Ceasefire talks: day two', publishedAt: '2025-06-03', byline: 'Lena Ortiz', text: 'Delegations met again on Tuesday.' });
  });
});
