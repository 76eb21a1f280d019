/**
 * How a speaker reads in the brief: the name with the role beneath; a description the
 * sources give instead of a name ("the union", "a narrator in the ad") stands in the name's
 * place, since the words are attributed, only not to a named person; "Unattributed" only
 * when the sources say nothing of who spoke.
 */
import type { Speaker } from './briefing.js';

export const UNATTRIBUTED = 'Unattributed';

export function speakerLabel(speaker: Speaker): { lead: string; sub: string | null } {
  const name = speaker.name?.trim() || null;
  const role = speaker.role?.trim() || null;
  if (name) return { lead: name, sub: role };
  if (role) return { lead: role.charAt(0).toUpperCase() + role.slice(1), sub: null };
  return { lead: UNATTRIBUTED, sub: null };
}
