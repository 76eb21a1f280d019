// OWNER: engine helper A (issue 3). Placeholder signature until implemented.
import type { Actor, Claim } from '../model/briefing.js';
import type { AnalysisContext } from './context.js';
export function findClaims(_ctx: AnalysisContext, _actors: Actor[]): Claim[] { return []; }
