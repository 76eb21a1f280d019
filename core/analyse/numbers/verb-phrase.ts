/**
 * What an empty noun's count did: "100,000 people" says nothing until the verb after it does
 * ("people took part in a nationwide walk-in", "people attended the meeting", "people
 * watching from the stands"). Read only for nouns that name no one in particular.
 */
import { NOT_A_NOUN, wordsIn, type WordAt } from './words.js';

/** Nouns that say only that people were counted, not which. */
export const EMPTY_NOUN = /^(?:people|persons|individuals|others|adults|men|women)$/i;
/** Helpers before the verb ("have indicated", "will march"). */
const HELPER = /^(?:have|has|had|will|would|could|can|may|might|did|also|then|later|reportedly|all)$/i;
/** Common irregular pasts a counted crowd does ("took part", "went on strike"). */
const IRREGULAR_PAST = /^(?:took|made|came|went|got|gave|held|ran|met|saw|left|won|lost|sent|brought|bought|stood|sat|spent|fought|sought|rode|drove|flew|wrote|chose|began|sang|swam|slept|fled|kept|paid|sold|built)$/i;
/** Saying is no outcome: "12 people said" is a poll or a quote's lead-in, not what they did. */
const SAYING = /^(?:said|told|reported|stated|added|claimed|noted|explained|argued|warned|announced|insisted|agreed|believed|thought|felt|wanted|hoped|expected|according)$/i;
const PREPOSITION = /^(?:in|on|at|to|for|from|into|onto|outside|inside|against|across|around|through|toward|towards|near|over|under|with|without|along|behind|beyond)$/i;
/** Words after which a preposition still belongs to the verb ("took part in", "signed up for"). */
const PARTICLE = /^(?:part|place|up|out|off|down|away|back|over)$/i;
const STOP = /^(?:and|or|but|that|which|who|whom|whose|because|after|before|when|while|as|if|than|according|since|until|though|although|whereas|where)$/i;
const DETERMINER = /^(?:the|a|an|its|their|his|her|this|that|these|those)$/i;
const MAX_WORDS = 6;

export interface VerbPhrase { text: string; end: number }

function isVerb(word: string): boolean {
  if (SAYING.test(word) || !/^[a-z]/.test(word)) return false;
  return /^[a-z]{3,}ed$/.test(word) || /^[a-z]{3,}ing$/.test(word) || IRREGULAR_PAST.test(word);
}

/**
 * The verb phrase that starts `text` (after the counted noun): the verb, a particle or one
 * preposition, and its object up to the next preposition or clause word. `end` is relative to `text`.
 */
export function verbPhraseAfter(text: string): VerbPhrase | null {
  const words = wordsIn(text.slice(0, 120));
  let k = 0;
  while (k < words.length && HELPER.test(words[k]!.word)) k++;
  const verb = words[k];
  if (!verb || !isVerb(verb.word) || !/^\s+$/.test(text.slice(0, words[0]!.start))) return null;
  const kept: WordAt[] = [verb];
  for (let i = k + 1; i < words.length && kept.length < MAX_WORDS; i++) {
    const w = words[i]!;
    // Only spaces and quotation marks between the words: a comma or a number ends the phrase.
    if (!/^[\s"“”‘’']+$/.test(text.slice(kept[kept.length - 1]!.end, w.start)) || !/\s/.test(text.slice(kept[kept.length - 1]!.end, w.start))) break;
    if (STOP.test(w.word)) break;
    const previous = kept[kept.length - 1]!;
    if (PREPOSITION.test(w.word) && previous !== verb && !PARTICLE.test(previous.word)) break;
    if (NOT_A_NOUN.test(w.word) && !PREPOSITION.test(w.word) && !DETERMINER.test(w.word) && !PARTICLE.test(w.word)) break;
    kept.push(w);
  }
  // The phrase ends on what was done or to what, not on a preposition or determiner ("took part in").
  while (kept.length > 1 && (PREPOSITION.test(kept[kept.length - 1]!.word) || DETERMINER.test(kept[kept.length - 1]!.word))) kept.pop();
  if (kept.length === 1 && PARTICLE.test(verb.word)) return null;
  const last = kept[kept.length - 1]!;
  // A word in marks ("a “walk-in”") keeps its closing mark inside the cited span.
  const closing = /^[”"’]/.test(text.slice(last.end)) && /[“"‘]/.test(text.slice(verb.start, last.end)) ? 1 : 0;
  return { text: text.slice(verb.start, last.end).replace(/["“”‘’]/g, '').replace(/\s+/g, ' '), end: last.end + closing };
}
