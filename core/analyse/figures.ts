// OWNER: engine helper A (issue 3). Placeholder signature until implemented.
import type { Figure } from '../model/briefing.js';
import type { AnalysisContext } from './context.js';
export function findFigures(_ctx: AnalysisContext): Figure[] { return []; }
