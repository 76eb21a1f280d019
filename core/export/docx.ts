// OWNER: export helper D (issue 7). Placeholder signature until implemented.
import type { Briefing } from '../model/briefing.js';
export async function briefToDocx(_brief: Briefing): Promise<Uint8Array> { throw new Error('DOCX export not implemented yet'); }
