/**
 * Markdown for pasting into an email or a wiki: the same sections, order and citation
 * numbers as the PDF, tables as pipe tables, the marking as the first and last line.
 */
import type { Briefing } from '../model/briefing.js';
import { briefLayout, citeLabel, unlistedSourcesLine, type LayoutItem, type LayoutSection } from './layout.js';
import { COLUMNS } from './theme.js';

/**
 * Escapes what Markdown would read as markup, so an analyst's "*" or "_" prints as typed,
 * while "[1]" stays unescaped: pasted into a plain-text email it must still read cleanly.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/([\\`*_<|])/g, '\\$1')
    .replace(/^(#|>|[-+]\s|\d+[.)]\s)/, '\\$1');
}

const cited = (item: LayoutItem): string => {
  const label = citeLabel(item.cites);
  return label ? `${escapeMarkdown(item.text)} ${label}` : escapeMarkdown(item.text);
};

const noteLine = (note: string | null): string => (note ? ` *Analyst note: ${escapeMarkdown(note)}*` : '');

function table(head: readonly string[], rows: string[][]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

const cell = (text: string | null): string => (text ? escapeMarkdown(text) : '—');
const citeCell = (cites: number[]): string => citeLabel(cites) || '—';

function body(section: LayoutSection): string {
  switch (section.kind) {
    case 'bottomLine':
      return `> **${cited(section.item)}**${noteLine(section.item.note)}`;
    case 'situation':
      return section.items.map((i) => `${cited(i)}${noteLine(i.note)}`).join('\n\n');
    case 'figures':
      return table(COLUMNS.figures, section.rows.map((r) => [`**${cell(r.text)}**${noteLine(r.note)}`, cell(r.label), cell(r.context), citeCell(r.cites)]));
    case 'quotes':
      return table(COLUMNS.quotes, section.rows.map((r) => [
        `**${cell(r.speaker)}**${r.role ? `, ${cell(r.role)}` : ''}`,
        `“${cell(r.text)}”${noteLine(r.note)}`,
        citeCell(r.cites),
      ]));
    case 'claims':
      return section.items.map((i) => `- ${cited({ ...i, text: i.attribution ? `${i.text} — ${i.attribution}` : i.text })}${noteLine(i.note)}`).join('\n');
    case 'actors':
      return table(COLUMNS.actors, section.rows.map((r) => [
        `**${cell(r.text)}**${r.aliases.length ? ` (also ${cell(r.aliases.join(', '))})` : ''}${noteLine(r.note)}`,
        r.kind, cell(r.role), String(r.mentions), citeCell(r.cites),
      ]));
    case 'timeline':
      return table(COLUMNS.timeline, section.rows.map((r) => [
        `**${cell(r.when)}**${r.date ? ` (${cell(r.date)})` : ''}`,
        `${cell(r.text)}${noteLine(r.note)}`,
        citeCell(r.cites),
      ]));
    case 'questions':
      return section.items.map((i, n) => `${n + 1}. ${cited(i)}${noteLine(i.note)}`).join('\n');
    case 'notes':
      return section.items.map((n) => `- ${escapeMarkdown(n.text)} *(${escapeMarkdown(n.written)})*`).join('\n');
    case 'sources':
      return [
        ...section.items.map((s) => `[${s.number}] **${escapeMarkdown(s.title)}** — ${[s.origin, s.published ?? 'date not given', s.byline].filter((x): x is string => Boolean(x)).map(escapeMarkdown).join(' · ')}`),
        ...(section.unlisted ? [`*${escapeMarkdown(unlistedSourcesLine(section.unlisted))}*`] : []),
      ].join('  \n');
  }
}

export function briefToMarkdown(brief: Briefing): string {
  const layout = briefLayout(brief);
  const marking = layout.marking ? `**${escapeMarkdown(layout.marking)}**` : null;
  const parts: string[] = [];
  if (marking) parts.push(marking);
  parts.push(`# ${escapeMarkdown(layout.title)}`);
  if (layout.fields.length) parts.push(layout.fields.map((f) => `**${f.label}:** ${escapeMarkdown(f.value)}`).join('  \n'));
  for (const section of layout.sections) parts.push(`## ${section.heading}`, body(section));
  if (marking) parts.push(marking);
  return `${parts.join('\n\n')}\n`;
}
