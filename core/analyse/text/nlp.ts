/**
 * One lazily loaded wink-nlp instance for the layers that need part-of-speech tags or lemmas.
 * Loading the model takes a noticeable fraction of a second, so nothing pays for it until asked.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface TaggedToken { text: string; pos: string; lemma: string }

let instance: ReturnType<typeof winkNLP> | null = null;

function nlp(): ReturnType<typeof winkNLP> {
  // Only the tagger: sentence breaking, negation, sentiment and entity pipes cost load and run time for nothing here.
  instance ??= winkNLP(model, ['pos']);
  return instance;
}

/**
 * Tagged clauses are kept: the layers ask about the same short clauses more than once, and
 * wire copy carried by several sources repeats them whole. Emptied when it grows large.
 */
const tagged = new Map<string, TaggedToken[]>();

/** Tokens of `text` with universal POS tags and lemmas, in order. */
export function tagTokens(text: string): TaggedToken[] {
  const known = tagged.get(text);
  if (known) return known;
  if (tagged.size > 5_000) tagged.clear();
  const tokens = tagText(text);
  tagged.set(text, tokens);
  return tokens;
}

function tagText(text: string): TaggedToken[] {
  const engine = nlp();
  const doc = engine.readDoc(text);
  const its = engine.its;
  const words = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // The lemma helper's declared type does not match `out`'s parameter, though it is accepted at run time.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  return words.map((w, i) => ({ text: w, pos: pos[i] ?? 'X', lemma: lemmas[i] ?? w.toLowerCase() }));
}
