/**
 * Bag-of-words vectors for ranking sentences. Kept deliberately light (no model load):
 * ranking only needs content words compared across sentences, so a stop list and a
 * crude suffix-stripper are enough, and the whole step stays linear in the text length.
 */

const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him himself his ' +
    'how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out ' +
    'over own same she should so some such than that the their theirs them themselves then there these they this those through to too ' +
    'under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves ' +
    'said says say told tell mr mrs ms one two new year years may might must shall us upon yet still even much many like well back ' +
    'made make get got since however though although whether according per via'
  ).split(' '),
);

/** Lower-cased word tokens (letters, digits, inner apostrophes and hyphens), in text order. */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().replace(/[\u2018\u2019]/g, "'").match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Folds common inflections together ("strikes" ~ "strike", "talks" ~ "talk"); not a real stemmer. */
export function stem(word: string): string {
  let w = word.endsWith("'s") ? word.slice(0, -2) : word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  return w;
}

/** Content terms of a text: stop words and bare punctuation dropped, inflections folded. */
export function contentTerms(text: string): string[] {
  return termsOfTokens(wordTokens(text));
}

/** Content terms from tokens already split by wordTokens. */
export function termsOfTokens(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of tokens) {
    if (STOPWORDS.has(w) || (w.length === 1 && !(w >= '0' && w <= '9'))) continue;
    out.push(stem(w));
  }
  return out;
}

export type TermVector = Map<string, number>;

export function termCounts(terms: readonly string[]): TermVector {
  const counts: TermVector = new Map();
  for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

export function norm(v: TermVector): number {
  let sum = 0;
  for (const x of v.values()) sum += x * x;
  return Math.sqrt(sum);
}

/** Cosine similarity; iterates the smaller vector so a sentence against a whole document stays cheap. */
export function cosine(a: TermVector, b: TermVector, normA = norm(a), normB = norm(b)): number {
  if (normA === 0 || normB === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, x] of small) {
    const y = large.get(t);
    if (y !== undefined) dot += x * y;
  }
  return dot / (normA * normB);
}
