/**
 * Mojibake repair: UTF-8 read as Windows-1252 or Latin-1, once or twice, comes back as written,
 * and real text in the languages our sources quote is never touched.
 */
import { Buffer } from 'node:buffer';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../core/ingest/mojibake.js';

const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** UTF-8 read as Windows-1252 the way browsers do it: the five undefined bytes pass through as C1 controls. */
function asWindows1252(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((byte) => (UNDEFINED_IN_1252.has(byte) ? String.fromCharCode(byte) : iconv.decode(Buffer.from([byte]), 'windows-1252')))
    .join('');
}

/** UTF-8 read as Latin-1 (PHP's utf8_encode, many databases). */
const asLatin1 = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');

describe('repairMojibake: single and double encoding', () => {
  it.each([
    ['a French name', 'François Bayrou met the mayor of Besançon.', 'FranÃ§ois Bayrou met the mayor of BesanÃ§on.'],
    ['curly quotation marks', '“We will respond,” the minister said.', 'â€œWe will respond,â€\u009d the minister said.'],
    ['an apostrophe in a name', 'Zelenskyy’s office confirmed the call.', 'Zelenskyyâ€™s office confirmed the call.'],
    ['dashes and an ellipsis', 'The talks – and the truce — may fail…', 'The talks â€“ and the truce â€” may failâ€¦'],
    ['pounds and euros', 'A £5m grant and €3bn in loans.', 'A Â£5m grant and â‚¬3bn in loans.'],
    ['a no-break space', 'Aid worth 5\u00a0million arrived.', 'Aid worth 5Â\u00a0million arrived.'],
  ])('repairs %s', (_label, written, garbled) => {
    expect(asWindows1252(written)).toBe(garbled);
    expect(repairMojibake(garbled)).toBe(written);
  });

  it.each([
    ['Ukrainian', 'Мер Києва Віталій Кличко заявив, що “ми відповімо”.'],
    ['Polish', 'Minister Łukasz Żółć powiedział w Gdańsku, że się zgadza.'],
    ['Vietnamese', 'Ông Nguyễn Văn Thắng nói tại Hà Nội và Hồ Chí Minh.'],
    ['Turkish', 'Dışişleri Bakanı İstanbul’da açıklama yaptı.'],
    ['Romanian', 'Președintele a vorbit și despre țară.'],
    ['Czech', 'Předseda vlády řekl, že příští týden přijede.'],
    ['Greek and Japanese', 'Ο υπουργός είπε — 東京で会談。'],
    ['emoji', 'Crowds cheered 🎉 as the ferry 🚢 docked.'],
    ['decomposed accents', 'Cafe\u0301 and re\u0301sume\u0301 in decomposed form.'],
  ])('restores %s read once or twice as Windows-1252 or Latin-1', (_label, written) => {
    expect(repairMojibake(asWindows1252(written))).toBe(written);
    expect(repairMojibake(asWindows1252(asWindows1252(written)))).toBe(written);
    expect(repairMojibake(asLatin1(written))).toBe(written);
    expect(repairMojibake(asLatin1(asLatin1(written)))).toBe(written);
  });

  it('repairs double encoding that lost its invisible C1 characters ("FranÃÂ§ois")', () => {
    expect(repairMojibake('FranÃÂ§ois')).toBe('François');
  });

  it('repairs a closing mark whose undefined third byte was dropped or replaced', () => {
    expect(repairMojibake('â€œWe will respondâ€ he said.')).toBe('“We will respond” he said.');
    expect(repairMojibake('â€œWe will respondâ€\ufffd he said.')).toBe('“We will respond” he said.');
  });

  it('drops the "Â" of a no-break space that was already turned into a plain space', () => {
    expect(repairMojibake('worth fiveÂ million, said.Â The')).toBe('worth five million, said. The');
  });

  it('fixes the bad parts of a mixed document and leaves the good parts as they are', () => {
    const good = 'São Paulo’s mayor said “no” — twice. ';
    const bad = asWindows1252('Kyiv’s mayor said “yes”. ');
    const mixed = `${good}${bad}${good}${asLatin1('Łódź… ')}${good}`;
    expect(repairMojibake(mixed)).toBe(`${good}Kyiv’s mayor said “yes”. ${good}Łódź… ${good}`);
  });

  it('undoes a byte-order mark read as text, which normalising then removes', () => {
    expect(repairMojibake(`${asWindows1252('\ufeff')}Headline`)).toBe('\ufeffHeadline');
  });
});

describe('repairMojibake: real text is never changed', () => {
  it.each([
    'São Paulo e Brasília ficam no Brasil; NÃO, disse o ministro.',
    'Ã  la',
    'Ænima, Œuvre, naïve, Ångström, façade, Æsir, Øresund, Ålesund.',
    'Le président a déclaré que la réunion à Genève était «\u00a0très productive\u00a0». C’est décidé\u00a0».',
    'Où est-il ? Là-bas. Voilà, déjà vu. À bientôt.',
    'Die Außenministerin äußerte sich in Brüssel: „Die Straße“ sei „groß“.',
    'Él está aquí. «No lo está». ¿Qué pasó? ¡Olé! Año, niño, señor.',
    'Minister spraw zagranicznych Radosław Sikorski: „Tak jest”. Łódź, Kraków, Gdańsk.',
    'Türkiye’nin Dışişleri Bakanı Hakan Fidan İstanbul’da konuştu; ÇAĞ, ŞİŞLİ, ĞÜÇ.',
    'Thủ tướng Phạm Minh Chính phát biểu tại Hà Nội. BÀ NGUYỄN THỊ BÌNH. Bà Bình nói.',
    'Předseda vlády Petr Fiala řekl, že ČÍŠKA, BLÍŽE, MATÚŠEK, ILLÉŠOVÁ a TAMTÉŽ.',
    'Preşedintele României și ÎNCÂNTAT, dar și ROMÂNIA.',
    'Ísland og Færeyjar: ÞAÐ ER GOTT. Bergstaðastræti.',
    'Kérdés: ÖTVENKÉTBILLIÓ, TŰZ, ŰRHAJÓ.',
    'AMANHÃ” disse; AMANHÃ… e IRMÔ. PERCHÉ” COSÌ” TÈ… CAFÉ’s MALMÖ’s FREDERIKSØ’s.',
    'Il caffè è buono; c’è un problema, perché sì. C\'È’ È”',
    'Ελληνικά: Αθήνα. Русский: Москва. Українська: Київ, ґанок.',
    'Prices: £5, €3, ¥200, 5 °C, ±2 %, ½ cup, © 2024, ™ and ® marks, § 3, ¶ 2, 2² and 3³.',
    'Ðóð, Ñandú, Þór, ß, ×2, ÷3.',
    'Cafe\u0301 keeps its decomposed accent.',
  ])('keeps %j', (text) => {
    expect(repairMojibake(text)).toBe(text);
  });
});

describe('repairMojibake: cost', () => {
  it('handles adversarial input of lead characters without a match, and a megabyte of them, in one linear pass', () => {
    const adversarial = ['Ã'.repeat(200_000), 'â€'.repeat(100_000), 'ÃƒÂ'.repeat(70_000), 'ð\u0080\u0080'.repeat(70_000), 'ÂÃâð'.repeat(50_000)];
    for (const text of adversarial) {
      const repaired = repairMojibake(text);
      expect(repaired.length).toBeLessThanOrEqual(text.length);
    }
    // Each "â€" alone is a closing mark that lost its last byte; nothing else is guessed.
    expect(repairMojibake('â€'.repeat(3))).toBe('”””');
    expect(repairMojibake('Ã'.repeat(5))).toBe('ÃÃÃÃÃ');
  });
});
