/** Word-level helpers the figure readers share: words with offsets, function words, plurals. */

export interface WordAt { word: string; start: number; end: number }

/** A word, with inner hyphens and apostrophes; a trailing hyphen ("coal- and gas-fired") is left out. */
const WORD = /[A-Za-z](?:[A-Za-z'’]|-(?=[A-Za-z]))*/g;

export function wordsIn(text: string): WordAt[] {
  const out: WordAt[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** Words that end (or never start) a counted noun phrase: function words, adverbs of place and time. */
export const NOT_A_NOUN = /^(?:of|in|on|at|and|or|to|for|from|by|with|were|was|are|is|be|been|had|have|has|said|says|more|who|that|which|the|a|an|he|she|they|it|we|i|you|his|her|their|its|will|would|could|can|may|might|should|than|as|per|each|this|these|those|ago|earlier|later|before|after|along|because|if|until|unless|rather|out|off|away|above|below|down|up|last|every|apiece|instead|while|when|where|whether|though|although|into|onto|over|under|through|about|among|between|against|during|without|within|across|behind|beyond|near|so|too|also|but|yet|nor|all|both|either|neither|such|other|another|own|same|just|only|even|still|now|then|there|here|not|no|do|does|did|get|got|use|uses|used|say|make|makes|made|take|takes|took|go|goes|went|come|comes|came|more|most|less|least|again|ever|never|already|almost|nearly|since|upon|toward|towards|via|versus|vs|what|whom|whose|how|why|annually|daily|weekly|monthly|yearly|each|total|apiece|overall|alone|combined|together|respectively|altogether|worth|old|new|them|us|him|me|themselves|itself|ours|theirs|offshore|abroad|overseas|onshore|apiece|ahead|back|home|aside|forward|less|fewer)$/i;

/** Function words that can stand before a noun inside a phrase ("the", "their"). */
export const DETERMINER = /^(?:the|a|an|its|their|his|her|our|your|this|that|these|those|all|some|each|every)$/i;

/** A plural noun, the usual head of a counted phrase ("vessels", "Latinos"); not "gas", "virus", "analysis", "previous". */
export function isPlural(word: string): boolean {
  const w = word.toLowerCase();
  if (/^(?:people|children|men|women|personnel|cattle|lives)$/.test(w)) return true;
  if (/^[A-Z]{2,}s$/.test(word)) return true; // MPs, NGOs
  return w.length > 3 && /s$/.test(w) && !/(?:ss|us|is|ous|'s|’s)$/.test(w);
}
