/**
 * How a brief's items read, the same on screen and on paper: the speaker line, the actor
 * kinds, a figure's place and time, a timeline entry's date, the tables' column titles.
 * Beside the model (no Node, no DOM) so the editor and every export share one wording.
 */
import type { ActorKind, Figure, Speaker, TimelineEntry } from './briefing.js';
import { formatDay } from './dtg.js';

export const UNATTRIBUTED = 'Unattributed';

/**
 * The name with the role beneath; a description the sources give instead of a name ("the
 * union", "a narrator in the ad") stands in the name's place, since the words are attributed,
 * only not to a named person; "Unattributed" only when the sources say nothing of who spoke.
 */
export function speakerLabel(speaker: Speaker): { lead: string; sub: string | null } {
  const name = speaker.name?.trim() || null;
  const role = speaker.role?.trim() || null;
  if (name) return { lead: name, sub: role };
  if (role) return { lead: role.charAt(0).toUpperCase() + role.slice(1), sub: null };
  return { lead: UNATTRIBUTED, sub: null };
}

export const ACTOR_KINDS: Record<ActorKind, string> = {
  person: 'Person',
  organization: 'Organisation',
  country: 'Country',
  place: 'Place',
};

/** Table column titles, the same in every format. */
export const COLUMNS = {
  figures: ['Figure', 'What it counts', 'Where / when', 'Source'],
  quotes: ['Speaker', 'Quote', 'Source'],
  actors: ['Name', 'Kind', 'Role', 'Mentions', 'Source'],
  timeline: ['When', 'Event', 'Source'],
} as const;

/** A figure's place and time, joined; null when the source gives neither. */
export function figureContext(f: Pick<Figure, 'place' | 'when'>): string | null {
  return [f.place, f.when].map((part) => part?.trim()).filter(Boolean).join(', ') || null;
}

/** The entry's resolved date as printed beside `when`, or null when `when` already says it. */
export function timelineDate(t: Pick<TimelineEntry, 'when' | 'date'>): string | null {
  const day = t.date ? formatDay(t.date) : null;
  const says = (d: string | null): boolean => d !== null && t.when.includes(d);
  return day && !says(t.date) && !says(day) ? day : null;
}
