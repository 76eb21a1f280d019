// OWNER: export helper D (issue 7). Placeholder signature until implemented.
import type { Briefing } from '../model/briefing.js';
export function briefToMarkdown(_brief: Briefing): string { throw new Error('Markdown export not implemented yet'); }
