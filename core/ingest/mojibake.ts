/**
 * Mojibake repair: UTF-8 text that somewhere on its way was decoded as Windows-1252 or
 * Latin-1, once or twice ("FranÃ§ois", "â€œWe will respondâ€\u009d", "Â£5m"). Curly marks
 * turned into "â€œ" hide quotations from the quote finder and print as garbage, so every
 * source's text passes through here before anything is cited.
 *
 * The npm packages for this (fix-utf8, fix-latin1-to-utf8) are fixed tables of Latin-1 pairs:
 * they miss Cyrillic, Greek, CJK, Vietnamese and emoji, and replace without looking at context.
 * This module works per run instead: a run is a stretch whose characters are the Windows-1252
 * images of a well-formed UTF-8 byte sequence (a lead byte, then continuation bytes 0x80–0xBF).
 * Each sequence in a run is turned back into its bytes and decoded; a sequence is replaced only
 * when it decodes to a valid, plausible character, and a lone sequence that could be real
 * words ("AMANHÃ”" is Portuguese before a closing mark) is left alone. Text outside runs is
 * never touched, so a document mixing good and bad text keeps its good parts as they are.
 * Repeating the pass undoes double encoding. Runs are found in one forward scan that looks at
 * each character a bounded number of times, so the cost is linear in the text whatever it holds.
 */
import { Buffer } from 'node:buffer';
import iconv from 'iconv-lite';

/** The byte a Windows-1252 (or Latin-1) decoder read as each character, by char code; -1 for none. */
const BYTE_OF = new Int16Array(0x2200).fill(-1);
const HIGH_HALF = iconv.decode(Buffer.from(Array.from({ length: 128 }, (_, i) => 0x80 + i)), 'windows-1252');
[...HIGH_HALF].forEach((char, i) => {
  if (char !== '\ufffd') BYTE_OF[char.charCodeAt(0)] = 0x80 + i;
});
// Latin-1 decoders, and Windows-1252 decoders that pass its five undefined bytes through (as
// browsers do), leave the C1 controls U+0080–U+009F in the text: "â€\u009d" is a closing mark.
for (let byte = 0x80; byte < 0xa0; byte++) BYTE_OF[byte] = byte;

const byteOf = (code: number): number => (code < BYTE_OF.length ? BYTE_OF[code]! : -1);
const isContinuation = (code: number): boolean => byteOf(code) >= 0x80 && byteOf(code) <= 0xbf;

/**
 * The length of the well-formed sequence at `i`, or 0: a lead byte's image (0xC2–0xF4), then as
 * many continuation images as it announces. Two more forms are mojibake that lost a character
 * on the way: "â€" with its third byte dropped or replaced (0x9D, undefined in Windows-1252, is
 * what a closing ” ends in), and "Â" before a space where a later step turned the no-break
 * space after it into one.
 */
function sequenceAt(text: string, i: number): number {
  const lead = text.charCodeAt(i);
  if (lead < 0xc2 || lead > 0xf4) return 0;
  const second = text.charCodeAt(i + 1);
  if (lead < 0xe0) return isContinuation(second) ? 2 : lead === 0xc2 && second === 0x20 ? 1 : 0;
  if (!isContinuation(second)) return 0;
  const third = text.charCodeAt(i + 2);
  if (lead < 0xf0) {
    if (isContinuation(third)) return 3;
    return lead === 0xe2 && second === 0x20ac ? (third === 0xfffd ? 3 : 2) : 0;
  }
  return isContinuation(third) && isContinuation(text.charCodeAt(i + 3)) ? 4 : 0;
}

const CLOSING_QUOTE = 0x201d;
const DROPPED_SPACE = -1;

/**
 * What follows a word in real text. An upper-case word ending in an accented capital, then one
 * of these, looks exactly like a two-byte sequence: "AMANHÃ”" is Portuguese before a closing
 * mark, "MALMÖ’s" a Swedish city's possessive, "CAMPEÃ™" a trade mark.
 */
const AFTER_WORD = new Set(['\u2019', '\u201d', '\u201c', '\u2018', '\u00bb', '\u203a', '\u2026', '\u2013', '\u2014', '\u00a0', '\u00b9', '\u00b2', '\u00b3', '\u2122', '\u00ae', '\u00b0']);

/** Marks after which a lower-case letter, not a closing mark, is what the bytes meant: à ò ó ù. */
const TITLE_CASE_MARKS = new Set(['\u00a0', '\u00b2', '\u00b3', '\u00b9']);

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LATIN = /\p{Script=Latin}/u;
/** Combining accents, weighed on their own in possible(). */
const INHERITED = /\p{Script=Inherited}/u;
const BEFORE_DROPPED_SPACE = /[\p{Ll}\p{N}\p{P}]/u;

/** The code point the sequence at `i` encodes in UTF-8, or null where its bytes are not valid UTF-8 (RFC 3629). */
function decodeAt(text: string, i: number, length: number): number | null {
  if (length === 1) return DROPPED_SPACE;
  if (text.charCodeAt(i) === 0xe2 && text.charCodeAt(i + 1) === 0x20ac && (length === 2 || text.charCodeAt(i + 2) === 0xfffd)) return CLOSING_QUOTE;
  let code = text.charCodeAt(i) & (length === 2 ? 0x1f : length === 3 ? 0x0f : 0x07);
  for (let k = 1; k < length; k++) code = (code << 6) | (byteOf(text.charCodeAt(i + k)) & 0x3f);
  if (length === 3 && (code < 0x800 || (code >= 0xd800 && code <= 0xdfff))) return null;
  if (length === 4 && (code < 0x10000 || code > 0x10ffff)) return null;
  return code;
}

/** Characters no news text is written in, which real words read as bytes decode to by accident. */
function implausible(code: number): boolean {
  return (
    (code >= 0x234 && code < 0x250) || // rare Latin letters: Czech "ILLÉŠOVÁ" would become "ILLɊOVÁ"
    (code >= 0x250 && code < 0x2bb && code !== 0x259) || // IPA (but Azerbaijani ə): "PERCHÉ”" would become "PERCHɔ"
    (code >= 0x700 && code < 0x900) || // Syriac to Mandaic: "Straße“" would become "Stra߀"
    (code >= 0xe000 && code < 0xf900) || // private use
    (code >= 0xfdd0 && code < 0xfdf0) ||
    (code >= 0xfff0 && code <= 0xffff) || // specials, U+FFFD among them
    code >= 0xf0000 // supplementary private use
  );
}

interface Context {
  /** The two characters before the sequence and the two after it. */
  before: string;
  after: string;
}

/** The sequence ends a word: nothing but a mark follows, or an English possessive ("MALMÖ’s"). */
function endsWord(sequence: string, after: string): boolean {
  if (!LETTER.test(after[0] ?? '')) return true;
  return sequence.endsWith('\u2019') && (after[0] === 's' || after[0] === 'S') && !LETTER.test(after[1] ?? '');
}

/** Capitals that are words on their own: Italian "È", Portuguese "É", Swedish "Å", Danish "Ø"… */
const ONE_LETTER_WORDS = new Set(['\u00c8', '\u00c9', '\u00cc', '\u00d2', '\u00d3', '\u00d4', '\u00d9', '\u00c5', '\u00d8', '\u00d6']);

/**
 * Second bytes after 0xE2 that give punctuation (0x80: ’ “ ” – — …), currency (0x82: €) and
 * letterlike symbols (0x84: ™): "â" followed by their images is never a real word.
 */
const SURE_AFTER_E2 = new Set([0x80, 0x82, 0x84]);

/** Whether a lone sequence reads as real words: a word ending in an accented letter, then a mark or two. */
function readsAsWords(sequence: string, code: number, { before, after }: Context): boolean {
  if (code === DROPPED_SPACE) return !BEFORE_DROPPED_SPACE.test(before.slice(-1));
  if (!endsWord(sequence, after)) return false;
  const lead = sequence[0]!;
  if (sequence.length === 2) {
    // An upper-case word, or a one-letter word, ending in an accented capital before a mark.
    if (!AFTER_WORD.has(sequence[1]!)) return false;
    const last = before.slice(-1);
    if (!UPPER.test(last) && !(ONE_LETTER_WORDS.has(lead) && !LETTER.test(last))) return false;
    // Unless decoding makes a title-case word from a mark no word ends in: "OÃ¹" is "Où",
    // "LÃ\u00a0" is "Là" (the Portuguese words ending in "Ã" are not followed by these).
    const titleCase = UPPER.test(last) && !LETTER.test(before.slice(-2, -1)) && TITLE_CASE_MARKS.has(sequence[1]!) && LOWER.test(String.fromCodePoint(code));
    return !titleCase;
  }
  if (sequence.length !== 3 || (code >= 0x1e00 && code <= 0x1eff)) return false; // Vietnamese: "Nguyá»…n"
  // "café…”", "c'è »", "décidé\u00a0»", Romanian "doborâ…”": a lower-case accented letter and two marks.
  if (lead === '\u00e2') return !SURE_AFTER_E2.has(byteOf(sequence.charCodeAt(1))) && LETTER.test(before.slice(-1));
  return true;
}

/**
 * A lone letter of another script between Latin letters: Czech "MATÚŠEK" and "Úšklebek" hold
 * "ÚŠ" and "Úš", which would become Arabic. A mis-decoded Cyrillic or Greek word is a chain of
 * sequences, and a one-letter one ("в") stands between spaces.
 */
function foreignInLatinWord(code: number, { before, after }: Context): boolean {
  const char = String.fromCodePoint(code);
  if (LATIN.test(char) || INHERITED.test(char) || !/[\p{L}\p{M}\p{Pd}]/u.test(char)) return false;
  return LATIN.test(before.slice(-1)) || LATIN.test(after[0] ?? '');
}

/** Whether a decoded character can stand in text at all; `before` is the character before it. */
function possible(code: number | null, before: string, chained: boolean): code is number {
  if (code === null || implausible(code)) return false;
  if (code >= 0x80 && code < 0xa0) return chained; // a C1 control is only ever a middle layer of double encoding
  // Text in decomposed form (as macOS writes it) has accents U+0300–U+0328 after Latin letters;
  // the rarer marks come from words like Czech "BLÍŽE".
  return !(code >= 0x300 && code < 0x370 && (code > 0x328 || !LATIN.test(before)));
}

/**
 * The repair of the run text[start, end), or null to keep it. A lone sequence is weighed in its
 * context; two or more side by side are mojibake, as no real words look like that.
 */
function repairRun(text: string, start: number, end: number): string | null {
  const length = sequenceAt(text, start);
  if (start + length === end) {
    const sequence = text.slice(start, end);
    const code = decodeAt(text, start, length);
    const context = { before: text.slice(Math.max(0, start - 2), start), after: text.slice(end, end + 2) };
    if (!possible(code, context.before.slice(-1), false) || readsAsWords(sequence, code, context)) return null;
    if (length === 2 && foreignInLatinWord(code, context)) return null;
    return code === DROPPED_SPACE ? '' : String.fromCodePoint(code);
  }
  let out = '';
  let before = text.charAt(start - 1);
  for (let i = start; i < end; ) {
    const size = sequenceAt(text, i);
    const code = decodeAt(text, i, size);
    if (!possible(code, before, true)) {
      out += text.slice(i, i + size);
      before = text.charAt(i + size - 1);
    } else if (code !== DROPPED_SPACE) {
      before = String.fromCodePoint(code);
      out += before;
    }
    i += size;
  }
  return out;
}

/** Enough passes for text encoded three times over; each pass only ever shortens the text. */
const MAX_PASSES = 3;

/** One pass: every run of sequences repaired, the text between runs copied as it is. */
function repairPass(text: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; ) {
    let end = i;
    for (let length = sequenceAt(text, end); length > 0; length = sequenceAt(text, end)) end += length;
    if (end === i) {
      i++;
      continue;
    }
    const repaired = repairRun(text, i, end);
    if (repaired !== null) {
      out += text.slice(copied, i) + repaired;
      copied = end;
    }
    i = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Repairs UTF-8 that was read as Windows-1252 or Latin-1, leaving all other text as it is. */
export function repairMojibake(text: string): string {
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = repairPass(current);
    if (next === current) break;
    current = next;
  }
  return current;
}
