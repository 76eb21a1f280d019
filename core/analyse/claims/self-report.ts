/**
 * A speaker reporting their own hopes, plans or feelings ("she said she hopes to run again",
 * "he said he was pleased") asserts nothing another party could dispute: no claim for a brief.
 */
import type { DocIndex } from '../people/doc.js';
import { SUBJECT_PRONOUNS, without } from '../text/function-words.js';

/** Not "it" or "you": neither reports the speaker's own wish. */
const SELF = without(SUBJECT_PRONOUNS, 'it', 'you');
const BETWEEN = new Set(['still', 'also', 'now', 'really', 'always', 'would', 'had', 'has', 'have', 'not', 'very', 'so', 'too']);
const WISHES = new Set([
  'hope', 'hopes', 'hoped', 'plan', 'plans', 'planned', 'want', 'wants', 'wanted', 'wish', 'wishes', 'wished', 'intend',
  'intends', 'intended', 'like', 'love', 'loved', 'looks', 'looked', 'enjoyed', 'enjoys',
]);
const BE = new Set(['is', 'was', 'are', 'were', 'am', 'felt', 'feels', 'feel']);
const FEELINGS = new Set([
  'happy', 'pleased', 'proud', 'glad', 'delighted', 'sorry', 'excited', 'honored', 'honoured', 'grateful', 'thrilled',
  'disappointed', 'saddened', 'humbled', 'relieved',
]);

/** Whether the claim whose first token is `c` only reports its speaker's own wish or feeling. */
export function isSelfReport(doc: DocIndex, c: number, last: number): boolean {
  if (!SELF.has(doc.tokens[c]?.lower ?? '')) return false;
  let k = c + 1;
  // "he’s pleased": the tokenizer reads the contracted "is" as a possessive ending.
  const contracted = doc.tokens[c]!.possessive;
  if (!contracted) {
    while (k < last && BETWEEN.has(doc.tokens[k]!.lower)) k++;
    const word = doc.tokens[k]?.lower ?? '';
    if (WISHES.has(word)) return true;
    if (!BE.has(word)) return false;
    k++;
  }
  while (k < last && BETWEEN.has(doc.tokens[k]!.lower)) k++;
  return FEELINGS.has(doc.tokens[k]?.lower ?? '');
}
