// OWNER: engine helper B (issue 4). Placeholder signature until implemented.
import type { SummaryItem } from '../model/briefing.js';
import type { AnalysisContext } from './context.js';
export function summarise(_ctx: AnalysisContext): SummaryItem[] { return []; }
