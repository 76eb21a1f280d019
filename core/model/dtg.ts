/**
 * The date-time group as policy and military memos write it: `DDHHMMZ MON YY`, in UTC.
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
