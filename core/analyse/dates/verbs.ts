/**
 * Whether a clause has a finite verb, i.e. says that something happened or is so, rather than
 * being a bare phrase ("At a rally in Ohio", "Officer Jane Doe"). Word shapes answer most
 * clauses at no cost; only those they cannot settle are tagged by the language model.
 */
import { tagTokens } from '../text/nlp.js';

const AUXILIARY = /\b(is|are|was|were|been|has|have|had|will|would|can|could|shall|should|may|might|must|did|does|do|won\u2019t|won't|can't|can\u2019t|isn't|wasn't|didn't|doesn't)\b|\b(?:he|she|it|that|there|who|what)[\u2019']s\s|\w[\u2019'](re|ll|ve|d)\s+(?!own\b)[a-z]/i;
const IRREGULAR_PAST = new Set((
  'said told met made took came went saw gave won lost left fell began ran sent held led set put hit cut struck spoke wrote rose sold ' +
  'bought paid brought kept became got found thought chose drew flew fled fought froze grew knew meant sat stood shot spent taught ' +
  'threw understood woke wore broke built caught dealt felt heard laid lent quit rode rang sang sank shook slept spread stole stuck ' +
  'swore swept tore withdrew overtook undertook upheld beat bore forgave hid lit sought split oversaw overran forbade sprang'
).split(' '));
/** "-ed" words that are not verbs. */
const NOT_PAST = new Set(['hundred', 'red', 'bed', 'shed', 'speed', 'seed', 'breed', 'creed', 'greed', 'sacred', 'kindred', 'naked', 'wicked', 'rugged', 'ragged', 'need', 'feed', 'deed', 'weed', 'indeed']);
/** Before one of these, an "-ed" word describes a noun ("a classified room"). */
const DETERMINER = /^(a|an|the|this|that|these|those|his|her|its|their|our|my|your|some|any|no|every|each|more|most|newly|so-called)$/i;

function pastShaped(word: string, before: string | undefined): boolean {
  if (IRREGULAR_PAST.has(word)) return true;
  // "long-awaited", "state-owned": a compound in "-ed" describes a noun.
  return word.length > 4 && word.endsWith('ed') && !word.includes('-') && !NOT_PAST.has(word) && !(before && DETERMINER.test(before));
}

function shapeSaysVerb(clause: string): boolean {
  if (AUXILIARY.test(clause)) return true;
  const ws = clause.match(/[\p{L}'-]+/gu) ?? [];
  return ws.some((w, i) => /^[a-z]/.test(w) && pastShaped(w, ws[i - 1]));
}

/**
 * Answers are kept: a label is built from the same few clauses several times over, and wire
 * copy repeats whole sentences across sources. The cache is emptied when it grows large.
 */
function remembered(cache: Map<string, boolean>, clause: string, decide: (c: string) => boolean): boolean {
  const known = cache.get(clause);
  if (known !== undefined) return known;
  if (cache.size > 20_000) cache.clear();
  const answer = decide(clause);
  cache.set(clause, answer);
  return answer;
}

const startsCache = new Map<string, boolean>();
const finiteCache = new Map<string, boolean>();

/** True when `clause` opens with a verb and so lacks its subject ("sparked outrage …"). */
export function startsWithVerb(clause: string): boolean {
  return remembered(startsCache, clause, decideStartsWithVerb);
}

function decideStartsWithVerb(clause: string): boolean {
  const all = clause.split(/\s+/);
  const lead = /^[a-z]+ly$/.test(all[0] ?? '') ? 1 : 0; // "personally invited him"
  const [first, second] = all.slice(lead);
  if (!first || !/^[a-z]/.test(first)) return false;
  if (/^(is|are|was|were|has|have|had|will|would|could|can|may|might|did|does|do|should|must)$/.test(first)) return true;
  if (pastShaped(first, undefined)) return second !== 'by';
  // "faces a key test": a present-tense verb only the tagger can tell from a plural noun.
  return /s$/.test(first) && tagTokens(`It ${all.slice(lead, lead + 4).join(' ')}`)[1]?.pos === 'VERB';
}

/** True when `clause` has a verb that makes it a statement. */
export function hasFiniteVerb(clause: string): boolean {
  return clause ? remembered(finiteCache, clause, decideFinite) : false;
}

function decideFinite(clause: string): boolean {
  if (shapeSaysVerb(clause)) return true;
  // Present tense ("Peers begin three days of debate", "Trump urges supporters"): ask the tagger,
  // trusting only lower-case words after the first (a capital is a name, "Springs" is no verb)
  // and not the second half of a compound ("long-awaited").
  const tokens = tagTokens(clause);
  return tokens.some((t, i) => i > 0 && (t.pos === 'AUX' || t.pos === 'VERB') && /^[a-z]/.test(t.text) && !/ing$/.test(t.text) && !/^(to|a|an|the|-)$/i.test(tokens[i - 1]!.text));
}
