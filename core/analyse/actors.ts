// OWNER: engine helper A (issue 3). Placeholder signature until implemented.
import type { Actor } from '../model/briefing.js';
import type { AnalysisContext } from './context.js';
export function findActors(_ctx: AnalysisContext): Actor[] { return []; }
