/**
 * Which sentences may stand in a summary. Headlines and section headings are lines without
 * sentence punctuation; bylines, datelines and one-word fragments carry no bottom line either.
 */
import type { Cite } from '../../model/briefing.js';
import type { AnalysisContext } from '../context.js';
import type { Sentence } from '../text/sentences.js';
import { wholeSentences } from '../text/whole-sentences.js';
import { termsOfTokens, wordTokens } from './terms.js';

export interface Candidate {
  /** Index of the source in ctx.docs where the sentence was first seen. */
  doc: number;
  sentence: Sentence;
  /** Position among the source's candidate sentences (0 = the lead). */
  rank: number;
  words: number;
  terms: string[];
  /** Every place the same sentence occurs: wire copy repeated across sources cites them all. */
  cites: Cite[];
  /** How many distinct sources carry this exact sentence. */
  sources: number;
}

const SENTENCE_END = /[.!?][\s"'\u201d\u2019)\]\u00bb]*$/u;
const MIN_WORDS = 6;

export function isSummarisable(text: string, tokens: readonly string[] = wordTokens(text)): boolean {
  return SENTENCE_END.test(text) && tokens.length >= MIN_WORDS;
}

export function summaryCandidates(ctx: AnalysisContext): Candidate[] {
  const byKey = new Map<string, Candidate>();
  const out: Candidate[] = [];
  // Wire copy repeats sentences across sources: each distinct sentence is tokenised once.
  const tokenised = new Map<string, string[]>();
  ctx.docs.forEach((doc, d) => {
    let rank = 0;
    for (const sentence of wholeSentences(doc.source.text, doc.sentences)) {
      let tokens = tokenised.get(sentence.text);
      if (!tokens) tokenised.set(sentence.text, (tokens = wordTokens(sentence.text)));
      if (!isSummarisable(sentence.text, tokens)) continue;
      const cite: Cite = { source: doc.source.id, start: sentence.start, end: sentence.end };
      const key = tokens.join(' ');
      const seen = byKey.get(key);
      if (seen) {
        if (!seen.cites.some((c) => c.source === cite.source)) seen.sources += 1;
        seen.cites.push(cite);
        continue;
      }
      const candidate: Candidate = {
        doc: d, sentence, rank: rank++, words: tokens.length,
        terms: termsOfTokens(tokens), cites: [cite], sources: 1,
      };
      byKey.set(key, candidate);
      out.push(candidate);
    }
  });
  return out;
}
