// OWNER: engine helper A (issue 3). Placeholder signature until implemented.
import type { Actor, Quote } from '../../model/briefing.js';
import type { AnalysisContext } from '../context.js';
export function findQuotes(_ctx: AnalysisContext, _actors: Actor[]): Quote[] { return []; }
