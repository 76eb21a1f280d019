// OWNER: export helper D (issue 7). Placeholder signature until implemented.
import type { Briefing } from '../model/briefing.js';
export async function briefToPdf(_brief: Briefing): Promise<Uint8Array> { throw new Error('PDF export not implemented yet'); }
