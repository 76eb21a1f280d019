/** Numbers as news writes them: digits with separators and scale words, spelled-out and vague amounts. */

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000 };
/** Amounts with no single value. */
export const VAGUE = new Set(['dozens', 'scores', 'hundreds', 'thousands', 'millions', 'billions', 'tens of thousands', 'hundreds of thousands', 'several', 'many']);

const SPELLED = `(?:(?:${Object.keys(TENS).join('|')})(?:[-\\s](?:${Object.keys(UNITS).slice(0, 9).join('|')}))?|${Object.keys(UNITS).join('|')}|a dozen|a hundred|a thousand)`;

/**
 * One pass finds every candidate: `$1.2 billion`, `1,200`, `35%`, `twelve`, `twenty-five`, `dozens`.
 * Each alternative is anchored on a distinct first character class, so matching stays linear.
 */
export const NUMBER_PATTERN = new RegExp(
  `(?:[$€£]\\s?)?\\b\\d+(?:,\\d{3})*(?:\\.\\d+)?(?:\\s?(?:%|percent\\b|per cent\\b))?(?:\\s(?:million|billion|trillion|thousand)\\b)?`
  + `|\\b(?:tens of thousands|hundreds of thousands|dozens|scores|hundreds|thousands|millions)\\b`
  + `|\\b${SPELLED}(?:\\s(?:hundred|thousand|million|billion))?\\b`,
  'gi',
);

export function parseNumber(raw: string): number | null {
  const text = raw.toLowerCase().replace(/[$€£]/g, '').replace(/\s?(?:%|percent|per cent)$/, '').trim();
  if (VAGUE.has(text)) return null;
  const scale = /\s(million|billion|trillion|thousand|hundred)$/.exec(text);
  const head = scale ? text.slice(0, scale.index) : text;
  const multiplier = scale ? SCALES[scale[1]!]! : 1;
  let value: number | null;
  if (/^\d/.test(head)) value = Number(head.replace(/,/g, ''));
  else if (head === 'a dozen') value = 12;
  else if (head === 'a hundred' || head === 'a thousand') value = head === 'a hundred' ? 100 : 1000;
  else {
    const [tens, unit] = head.split(/[-\s]/);
    value = (TENS[tens ?? ''] ?? UNITS[tens ?? ''] ?? NaN) + (unit ? UNITS[unit] ?? NaN : 0);
  }
  return value === null || Number.isNaN(value) ? null : value * multiplier;
}
