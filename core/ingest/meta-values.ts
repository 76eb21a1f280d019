/** Metadata values as sources give them, made uniform. */

/** Publication dates as metadata gives them ("2025-04-24T08:10:00+03:00", "20250424", "Apr 24, 2025") to YYYY-MM-DD. */
export function toIsoDate(value: string | null | undefined): string | null {
  const raw = value?.trim();
  if (!raw) return null;
  // The date as written wins over a UTC conversion, which can move it by a day.
  const written = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s])/.exec(raw);
  if (written) return validDate(Number(written[1]), Number(written[2]), Number(written[3]));
  const parsed = new Date(raw);
  if (Number.isNaN(parsed.getTime())) return null;
  // Free-form dates without a zone parse as local time, so read them back in local time.
  return validDate(parsed.getFullYear(), parsed.getMonth() + 1, parsed.getDate());
}

function validDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "By Jane Doe and John Roe" → "Jane Doe and John Roe"; URLs (some sites put the author page there) are dropped. */
export function cleanByline(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').replace(/^by\s+/i, '').trim();
  if (!text || /^https?:\/\//i.test(text) || text.length > 200) return null;
  return text;
}
