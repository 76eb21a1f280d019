/**
 * Turns a declarative clause from a source into a question in plain English:
 * "the recent strikes were aimed at military infrastructure" → "Were the recent strikes aimed
 * at military infrastructure", "this signals a policy shift" → "Does this signal a policy shift".
 * The words stay the source's; only the auxiliary moves (or do-support is added).
 */
import { tagTokens, type TaggedToken } from '../text/nlp.js';
import { capitalise, uncapitalise } from '../text/words.js';
import { ARTICLES, AUXILIARIES, DEMONSTRATIVES, POSSESSIVE_DETERMINERS, wordSet } from '../text/function-words.js';

const DETERMINERS = wordSet(ARTICLES, POSSESSIVE_DETERMINERS, DEMONSTRATIVES, ['any', 'no']);
const SUBJECT_TAGS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM', 'PART']);
const LOWER_START_TAGS = new Set(['DET', 'PRON', 'ADJ', 'NOUN', 'ADV', 'NUM', 'ADP', 'VERB']);

interface Word { text: string; pos: string; lemma: string }

/** Whitespace-separated words with the tag and lemma of their first wink token. */
export function taggedWords(clause: string): Word[] {
  const words = clause.split(/\s+/).filter(Boolean);
  const tokens: TaggedToken[] = tagTokens(clause);
  const out: Word[] = [];
  let t = 0;
  for (const text of words) {
    let consumed = '';
    let first: TaggedToken | null = null;
    while (t < tokens.length && consumed.length < text.length) {
      const token = tokens[t++]!;
      consumed += token.text;
      if (!first && token.pos !== 'PUNCT') first = token;
    }
    out.push({ text, pos: first?.pos ?? 'X', lemma: first?.lemma ?? text.toLowerCase() });
  }
  return out;
}

function bare(word: string): string {
  return word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** Index of the clause's finite verb, or -1. Tags from a fragment are unreliable, so word shape helps. */
export function finiteVerbIndex(words: readonly Word[]): number {
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    const prev = words[i - 1]!;
    if (/,$/.test(prev.text) && /^[A-Z]/.test(w.text)) continue; // an appositive name ("Trump's envoy, Steve Witkoff, is …")
    if (AUXILIARIES.has(bare(w.text))) return i;
    if (w.pos === 'VERB' || w.pos === 'AUX') return i;
    const next = words[i + 1];
    const subjectBefore = SUBJECT_TAGS.has(prev.pos) || (i === 1 && prev.pos === 'DET');
    if (w.pos === 'NOUN' && subjectBefore && next && DETERMINERS.has(bare(next.text))) return i;
  }
  return -1;
}

const CLOSED_CLASS = new Set(['DET', 'PRON', 'ADP', 'ADV', 'NUM', 'CCONJ', 'SCONJ']);

/**
 * Lower-cases a capital that only marked the start of a sentence. A capitalised word followed
 * by another capitalised word is taken for a name ("Donald Trump"), whatever its tag.
 */
function lowerFirst(words: readonly Word[]): string[] {
  const first = words[0];
  const next = words[1];
  const common = first && (CLOSED_CLASS.has(first.pos) || (LOWER_START_TAGS.has(first.pos) && !(next && /^[A-Z]/.test(next.text))));
  return words.map((w, i) => (i === 0 && common && !/^[A-Z]{2,}/.test(w.text) && w.text !== 'I' ? uncapitalise(w.text) : w.text));
}

/** A phrase lifted from mid-question: its first word lower-cased unless it is a name. */
export function midSentence(phrase: string): string {
  const [first, second, third] = phrase.split(/\s+/, 3);
  // Most phrases settle by shape alone; only a lone capitalised word needs the tagger.
  if (!first || !/^[A-Z]/.test(first) || /^[A-Z]{2,}/.test(first) || first === 'I') return phrase.split(/\s+/).filter(Boolean).join(' ');
  if (COMMON_OPENERS.has(first.toLowerCase())) return `${uncapitalise(first)}${phrase.slice(phrase.indexOf(first) + first.length).replace(/\s+/g, ' ')}`.trim();
  // "Cooper and Martha Raddatz", "Bank of England": a capital joined to another name is a name.
  if ((second && /^[A-Z]/.test(second)) || (/^(and|of|&)$/.test(second ?? '') && /^[A-Z]/.test(third ?? ''))) return phrase.split(/\s+/).filter(Boolean).join(' ');
  return lowerFirst(taggedWords(phrase)).join(' ');
}

/** Words that open a phrase with a capital only because they open the sentence. */
const COMMON_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'some', 'many', 'most', 'several', 'both', 'all', 'each', 'any', 'other', 'another', 'few', 'no']);

/**
 * Asides a question is better without, and which hide the finite verb from the tagger: "yields
 * - average revenues per passenger - were expected", "the program, run by the department, has".
 */
export function withoutAsides(clause: string): string {
  return clause
    .replace(/\s+[-\u2013\u2014]\s+[^-\u2013\u2014]{2,80}?\s+[-\u2013\u2014]\s+/g, ' ')
    .replace(/,\s+(?:which|who|whose|run|led|based|owned|backed|known|founded|including|once|now)\b[^,]{2,80},\s+/g, ' ');
}

const NEGATIVE = /^(is|are|was|were|has|have|had|does|do|did|could|would|should|must|ca|wo)n[\u2019']t$/i;
const WH_WORD = /^(how|what|why|whether|who|which|where|when)$/i;

/** "X verbs Y" → "Does X verb Y" (no question mark), or null when no finite verb is found. */
export function yesNoQuestion(clause: string): string | null {
  const words = taggedWords(withoutAsides(clause.trim().replace(/[.,;:!?]+$/, '')));
  const v = finiteVerbIndex(words);
  if (v < 1) return null;
  const subject = lowerFirst(words.slice(0, v)).join(' ');
  const verb = words[v]!;
  const rest = words.slice(v + 1).map((w) => w.text).join(' ');
  const lower = bare(verb.text);
  if (v > 10) return null; // no plain subject: the clause is not one a question can be made from
  // A subject holding a verb or a wh-word ("his plan do and how experts say") is no subject: the clause was mis-cut.
  if (words.slice(0, v).some((w, i) => AUXILIARIES.has(bare(w.text)) || WH_WORD.test(bare(w.text)) || (i > 0 && bare(w.text) === 'that'))) return null;
  if (/\b(?:and|or)\s+(?:how|what|why|whether)\b/i.test(rest)) return null; // "would do and how experts say …": an embedded question cut loose
  // "the process hasn't changed" → "Has the process not changed": the claim's polarity is kept.
  const negative = NEGATIVE.exec(verb.text.replace(/[.,;:!?]+$/, ''));
  if (negative) {
    const aux = { ca: 'can', wo: 'will' }[negative[1]!.toLowerCase()] ?? negative[1]!.toLowerCase();
    return capitalise([aux, subject, 'not', rest].filter(Boolean).join(' '));
  }
  if (AUXILIARIES.has(lower) && bare(words[v + 1]?.text ?? '') === 'not') return capitalise([lower, subject, rest].filter(Boolean).join(' ')); // "Had her colleague not worked …"
  // "has the tasks" is a main verb: "Does she have the tasks", not "Has she the tasks".
  const possessing = /^(has|have|had)$/.test(lower) && !/(ed|en|wn|ne|un|ght|id|ft)$/i.test(words[v + 1]?.text ?? '') && words[v + 1]?.pos !== 'VERB';
  if (possessing) {
    const support = lower === 'had' ? 'did' : lower === 'has' ? 'does' : 'do';
    return capitalise([support, lowerFirst(words.slice(0, v)).join(' '), 'have', rest].filter(Boolean).join(' '));
  }
  if (AUXILIARIES.has(lower)) return capitalise([lower, subject, rest].filter(Boolean).join(' '));
  const lemma = verb.lemma.toLowerCase();
  const past = /ed$/.test(lower) || (lemma !== lower && !/s$/.test(lower));
  const third = !past && /s$/.test(lower) && lemma !== lower;
  const support = past ? 'did' : third ? 'does' : 'do';
  return capitalise([support, subject, lemma, rest].filter(Boolean).join(' '));
}

/** Grammatical subject of a clause (the words before its finite verb), or null. */
export function clauseSubject(clause: string): string | null {
  const words = taggedWords(clause.trim());
  const v = finiteVerbIndex(words);
  if (v < 1) return null;
  let end = v;
  while (end > 1 && words[end - 1]!.pos === 'ADV') end--; // "X also adds": the adverb is not the subject
  return lowerFirst(words.slice(0, end)).join(' ').replace(/,$/, '');
}

const WH_WORDS = /^(how many|how much|how long|how far|how|why|when|where|who|what|which)\s+(.*)$/i;

/** "when the talks will resume" → "When will the talks resume"; "who ordered it" stays as is. */
export function whQuestion(clause: string): string | null {
  const m = WH_WORDS.exec(clause.trim().replace(/[.,;:!?]+$/, ''));
  if (!m) return null;
  const wh = m[1]!.toLowerCase();
  const rest = m[2]!;
  if (/^to\s/i.test(rest)) return null; // "how to make this case" has no subject to ask about
  const words = taggedWords(rest);
  const first = words[0];
  if (!first) return null;
  const subjectQuestion =
    first.pos === 'VERB' || first.pos === 'AUX' || AUXILIARIES.has(bare(first.text)) ||
    (/^how (many|much)$|^which$|^what$/.test(wh) && finiteVerbIndex(words) === 1 && words[0]!.pos === 'NOUN');
  if (subjectQuestion) return capitalise(`${wh} ${rest}`);
  const inverted = yesNoQuestion(rest);
  return inverted ? capitalise(`${wh} ${uncapitalise(inverted)}`) : null;
}

/** "does" or "do" for a noun phrase, by the number of its head noun. */
export function doFor(nounPhrase: string): 'does' | 'do' {
  const head = nounPhrase.split(/\s+(?:of|in|on|at|for|from|by|with|between)\s+/i)[0]!.trim().split(/\s+/).pop() ?? '';
  return /[^su]s$/i.test(head) || /^(they|these|those|we)$/i.test(head) ? 'do' : 'does';
}
