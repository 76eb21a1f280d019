/**
 * `npm run bench:quality`: scores the engine on every gold file in ../shared/data and prints
 * one table — quotes, speakers, figures and actors (engine A), summaries against the lead
 * baseline (engine B). Figures, not pass/fail: the floors that guard regressions are in tests.
 */
import { quoteQuality } from './quality-quotes.js';
import { summaryQuality } from './quality-summary.js';
import type { QualityRow } from './quality-types.js';

function formatValue(value: number | string): string {
  return typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(3)) : value;
}

export function formatTable(rows: QualityRow[]): string {
  const cells = rows.map((row) => [row.metric, formatValue(row.value), row.target ?? '', row.met === undefined ? '' : row.met ? 'met' : 'MISSED']);
  const header = ['metric', 'value', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

const started = performance.now();
const rows = [...(await quoteQuality()), ...(await summaryQuality())];
console.log(formatTable(rows));
console.log(`\n(${rows.length} figures in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
