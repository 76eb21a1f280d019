/**
 * Dates as a briefing prints them. Everything is in UTC: the date-time group is a Zulu time
 * by definition, and printing the same brief on two machines must give the same page.
 */
import { formatDay } from '../model/dtg.js';

export { dateTimeGroup, formatDay } from '../model/dtg.js';

const pad = (n: number): string => String(n).padStart(2, '0');

function parse(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "26 November 2026, 14:30Z" for when a note was written. */
export function formatStamp(iso: string): string {
  const d = parse(iso);
  if (!d) return iso;
  return `${formatDay(iso)}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}Z`;
}
