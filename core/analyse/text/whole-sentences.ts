/** Sentences that keep a quotation whole, for layers that show a sentence to the reader. */
import type { Sentence } from './sentences.js';

/** More quotation marks opened than closed: the splitter cut inside a quotation. */
function opensQuote(text: string): boolean {
  const curlyOpen = (text.match(/\u201c/g) ?? []).length;
  const curlyClose = (text.match(/\u201d/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  return curlyOpen > curlyClose || straight % 2 === 1;
}

/**
 * Rejoins sentences the splitter cut inside a quotation ("… said, “I am not happy. Not necessary.”"),
 * so a summary line never ends in the middle of someone's words.
 */
export function wholeSentences(text: string, sentences: readonly Sentence[]): readonly Sentence[] {
  // Summary, timeline and questions each ask for the same source's sentences: joined once.
  const known = joined.get(sentences);
  if (known?.text === text) return known.sentences;
  const out = join(text, sentences);
  joined.set(sentences, { text, sentences: out });
  return out;
}

const joined = new WeakMap<readonly Sentence[], { text: string; sentences: Sentence[] }>();

function join(text: string, sentences: readonly Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const first = sentences[i]!;
    let last = first;
    let span = first.text;
    while (opensQuote(span) && sentences[i + 1]?.paragraph === first.paragraph) {
      last = sentences[++i]!;
      span = text.slice(first.start, last.end);
    }
    out.push(last === first ? first : { ...first, end: last.end, text: span });
  }
  return out;
}
