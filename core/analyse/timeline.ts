// OWNER: engine helper B (issue 4). Placeholder signature until implemented.
import type { TimelineEntry } from '../model/briefing.js';
import type { AnalysisContext } from './context.js';
export function buildTimeline(_ctx: AnalysisContext): TimelineEntry[] { return []; }
