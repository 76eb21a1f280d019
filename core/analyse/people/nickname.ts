/**
 * A nickname in quotation marks inside a name — Marcia "Cia" Price, Dwayne "The Rock" Johnson —
 * belongs to the name: the marks are not a quotation and must not split the name in two.
 * Read from the shape alone (a capitalised word, one to three capitalised words in marks,
 * a capitalised word), so it holds for names no list knows.
 */
import { CALENDAR_WORDS } from './lexicon.js';

const OPENERS = new Set(['"', '“', '‘', "'"]);
const CLOSERS: Record<string, string> = { '"': '"', '“': '”', '‘': '’', "'": "'" };
/** The word before the marks: a whole capitalised word ending in a small letter ("Marcia", not "US" or "a"). */
const GIVEN_BEFORE = /(?:^|[^\p{L}\p{N}'’.\-])\p{Lu}[\p{L}\-]*\p{Ll}[ \u00a0]$/u;
/** One to three capitalised words, no sentence punctuation: a nickname, not a sentence. */
const NICK = /^\p{Lu}[\p{L}.\-]*(?:[ \u00a0]\p{Lu}[\p{L}.\-]*){0,2}/u;
const SURNAME_AFTER = /^[ \u00a0]\p{Lu}\p{L}/u;
/** A nickname is a word or three; looking further is never needed. */
const WINDOW = 40;

/** Index of the closing mark when the mark at `open` opens a nickname inside a name, else -1. */
export function nicknameClose(text: string, open: number): number {
  const mark = text[open];
  if (mark === undefined || !OPENERS.has(mark)) return -1;
  // Cheap tests first: a space before the mark and a capital after it.
  if ((text[open - 1] !== ' ' && text[open - 1] !== '\u00a0') || !/\p{Lu}/u.test(text[open + 1] ?? '')) return -1;
  if (!GIVEN_BEFORE.test(text.slice(Math.max(0, open - WINDOW), open))) return -1;
  const nick = NICK.exec(text.slice(open + 1, open + 1 + WINDOW));
  if (!nick) return -1;
  const close = open + 1 + nick[0].length;
  const closer = text[close];
  if (closer !== CLOSERS[mark] && !(mark === '“' && closer === '"') && !(mark === '"' && closer === '”')) return -1;
  if (!SURNAME_AFTER.test(text.slice(close + 1, close + 4))) return -1;
  // 'told Fox News "Never" Tuesday': a day or month after the marks is no surname.
  const after = /^[ \u00a0](\p{L}+)/u.exec(text.slice(close + 1, close + 1 + WINDOW));
  const word = after ? after[1]!.toLowerCase() : '';
  return CALENDAR_WORDS.has(word) || CALENDAR_WORDS.has(`${word}.`) ? -1 : close;
}
