/**
 * The analysis engine: sources in, every brief section out, each item citing its source spans.
 * Layers run in order and later layers may read what earlier ones found
 * (quotes need the actors to name speakers in full; questions read claims and figures).
 */
import type { AnalysisOptions, BriefContent, SourceDoc } from '../model/briefing.js';
import { createContext } from './context.js';
import { findActors } from './actors.js';
import { findQuotes } from './quotes/index.js';
import { findClaims } from './claims.js';
import { findFigures } from './figures.js';
import { summarise } from './summary.js';
import { buildTimeline } from './timeline.js';
import { findQuestions } from './questions.js';
import { reconcileFigures, uniqueIds } from './fold.js';
import { figureSources } from './fold/figure-reading.js';

export function analyseSources(sources: SourceDoc[], options: AnalysisOptions): BriefContent {
  const ctx = createContext(sources, options);
  const actors = findActors(ctx);
  // Several sources often carry the same quotation, figure or event: fold them into one item citing all.
  const quotes = uniqueIds(findQuotes(ctx, actors));
  const claims = uniqueIds(findClaims(ctx, actors));
  const figures = uniqueIds(reconcileFigures(findFigures(ctx), figureSources(sources)));
  const summary = summarise(ctx);
  const timeline = uniqueIds(buildTimeline(ctx));
  const questions = uniqueIds(findQuestions(ctx, { claims, figures, quotes }));
  return { summary, quotes, claims, figures, actors, timeline, questions };
}
