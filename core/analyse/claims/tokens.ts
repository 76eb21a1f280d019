/** Small readers over a source's tokens that the claim finder asks again and again. */
import type { DocIndex } from '../people/doc.js';
import { MONTHS, SPEECH_ADVERBS as ADVERBS, WEEKDAYS } from '../text/function-words.js';

/** The characters between token `i - 1` and token `i` ("" before the first token). */
export function gapBefore(doc: DocIndex, i: number): string {
  const prev = doc.tokens[i - 1];
  const cur = doc.tokens[i];
  return prev && cur ? doc.source.text.slice(prev.end, cur.start) : '';
}


/**
 * Words of time and manner that may stand between a speaker, the verb and what was said
 * ("has long said", "said last week it was", "insisted in June that"): how many tokens from `i`
 * on form one such phrase, 0 when none starts there.
 */
export function adverbialAt(doc: DocIndex, i: number): number {
  const t = doc.tokens[i];
  if (!t || doc.tokenQuoted[i]) return 0;
  const next = doc.tokens[i + 1]?.lower ?? '';
  if (ADVERBS.has(t.lower) || WEEKDAYS.has(t.lower)) return 1;
  if (/^(?:last|this|next|earlier|later)$/.test(t.lower) && /^(?:week|month|year|night|weekend|spring|summer|autumn|fall|winter)$/.test(next)) return 2;
  if (/^(?:earlier|later)$/.test(t.lower) && next === 'this' && PERIODS.has(doc.tokens[i + 2]?.lower ?? '')) return 3;
  if (/^(?:on|in|at)$/.test(t.lower) && (WEEKDAYS.has(next) || MONTHS.has(next))) return 2;
  if (t.lower === 'in' && /^(?:a|an|its|his|her|their)$/.test(next) && SETTINGS.has(doc.tokens[i + 2]?.lower ?? '')) return 3;
  if (t.lower === 'on' && /^(?:twitter|facebook|television|tv|radio)$/.test(next)) return 2;
  return 0;
}

const PERIODS = new Set(['week', 'month', 'year', 'morning', 'afternoon', 'evening']);
/** "said in a statement that", "said in an interview that". */
const SETTINGS = new Set(['statement', 'interview', 'speech', 'letter', 'post', 'tweet', 'briefing', 'filing', 'report', 'release']);
