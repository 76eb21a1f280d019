/**
 * Word tokens with exact offsets. One linear regex pass; each token knows whether it is
 * capitalised and whether it opens a sentence, which is what name-finding needs.
 */
import { nicknameClose } from './nickname.js';
import { MONTH_ABBREVIATIONS } from '../text/function-words.js';

export interface Token {
  start: number;
  end: number;
  /** The token as written, without a possessive ending. */
  text: string;
  lower: string;
  cap: boolean;
  /** Written as "Trump’s": the possessive ending is outside `end`. */
  possessive: boolean;
  /** First word of a sentence, a quotation or a paragraph. */
  sentStart: boolean;
  /** The characters between the previous token and this one are only spaces (or a nickname's marks). */
  joined: boolean;
  /** Inside a nickname's marks within a name (Marcia "Cia" Price): part of the phrase, not of the name. */
  nickname: boolean;
}

/**
 * A word character (combining marks included: "José" may come decomposed), or what UTF-8 read as
 * Latin-1 or Windows-1252 leaves in place of one letter ("FranÃ§ois"): Ã or Â, composed or not,
 * and a character from U+0080–U+00BF (no-break space aside). Offsets must match the raw text,
 * so such names are read as written, whole. The pair is tried first and its second half is
 * never a letter, so each text reads one way.
 */
const WORD_CHAR = String.raw`(?:(?:[ÃÂ]|A[\u0302\u0303])[\u0080-\u009F\u00A1-\u00A9\u00AB-\u00B4\u00B6-\u00B9\u00BB-\u00BF]|[\p{L}\p{M}\p{N}])`;
const WORD = new RegExp(String.raw`${WORD_CHAR}+(?:[.'’\-&/]${WORD_CHAR}+)*\.?`, 'gu');
const DOT_WORDS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'adm', 'sgt', 'maj', 'cmdr', 'st', 'jr',
  'sr', 'prof', 'rev', 'hon', 'inc', 'corp', 'co', 'ltd', ...MONTH_ABBREVIATIONS,
  'no', 'vs', 'mt', 'ft', 'pres', 'del', 'sens', 'reps', 'supt', 'gens',
]);
const UPPER = /\p{Lu}/u;
/** A stop, an opening mark or a line break before a word makes it a sentence start; a closing mark does not. */
const SENTENCE_GAP = /[.!?:;“‘(\[—–\n]|(?:^|\s)["'’]/;

function keepsDot(word: string): boolean {
  const bare = word.slice(0, -1);
  return bare.includes('.') || bare.length === 1 || DOT_WORDS.has(bare.toLowerCase());
}

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  WORD.lastIndex = 0;
  let prevEnd = -1;
  /** Offset of the closing mark of the nickname being read, or -1. */
  let nickClose = -1;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    let word = m[0];
    if (word.endsWith('.') && !keepsDot(word)) word = word.slice(0, -1);
    const consumed = word.length;
    let possessive = false;
    const poss = /['’]s$/i.exec(word);
    if (poss && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    }
    const s = start + m.index;
    const gap = prevEnd < 0 ? '' : text.slice(prevEnd, s);
    // Marcia "Cia" Price reads as one name: the marks around the nickname join its words to both sides.
    let inName = false;
    if (nickClose >= 0 && s > nickClose) {
      inName = /^["”’'][ \u00a0]+$/.test(gap);
      nickClose = -1;
    } else if (nickClose >= 0) {
      inName = true;
    } else if (prevEnd >= 0 && /^[ \u00a0]+["“‘']$/.test(gap)) {
      nickClose = nicknameClose(text, s - 1);
      inName = nickClose >= 0;
    }
    const nickname = nickClose >= 0;
    out.push({
      start: s,
      end: s + word.length,
      text: word,
      lower: word.toLowerCase(),
      cap: UPPER.test(word[0] ?? ''),
      possessive,
      sentStart: prevEnd < 0 || (!inName && SENTENCE_GAP.test(gap)),
      joined: prevEnd >= 0 && (inName || /^[ \u00a0]+$/.test(gap)),
      nickname,
    });
    prevEnd = s + consumed;
  }
  return out;
}
