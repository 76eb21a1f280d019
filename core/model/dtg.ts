/**
 * The date-time group as policy and military memos write it: `DDHHMMZ MON YY`, in UTC, and
 * the day as the brief prints it.
 * Beside the model (no Node, no DOM) so the title block on screen and the printed brief
 * compute it with one function and can never disagree.
 */
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

const pad = (n: number): string => String(n).padStart(2, '0');

/** e.g. "261430Z NOV 26"; null when the text is not a date. */
export function dateTimeGroup(iso: string): string | null {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return `${pad(d.getUTCDate())}${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}Z ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCFullYear() % 100)}`;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "26 November 2026" for an ISO date or date-time; the text itself when it is not a date, so a bad value shows rather than vanishes. */
export function formatDay(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
