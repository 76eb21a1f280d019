/** What every analysis layer reads: the sources, split once into sentences. */
import type { AnalysisOptions, SourceDoc } from '../model/briefing.js';
import { splitSentences, type Sentence } from './text/sentences.js';

export interface AnalysedSource {
  source: SourceDoc;
  sentences: Sentence[];
}

export interface AnalysisContext {
  docs: AnalysedSource[];
  options: AnalysisOptions;
}

export function createContext(sources: SourceDoc[], options: AnalysisOptions): AnalysisContext {
  return {
    docs: sources.map((source) => ({ source, sentences: splitSentences(source.text, source.paragraphs) })),
    options,
  };
}
