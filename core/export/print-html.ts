/**
 * The brief as one self-contained HTML document for the system print dialog: main loads it
 * into a hidden window and prints it. Same sections, order and citation numbers as the PDF;
 * inline CSS only, no scripts, every piece of brief text escaped. The marking and
 * "Page X of Y" sit in the page margins (CSS margin boxes), so they repeat on every sheet.
 */
import type { Briefing } from '../model/briefing.js';
import { briefLayout, citeLabel, unlistedSourcesLine, type LayoutItem, type LayoutSection } from './layout.js';
import { COLUMNS, THEME } from './theme.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** A CSS string literal; "<" is escaped too so no text can close the style element. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"<\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

const e = escapeHtml;

function cite(numbers: number[]): string {
  const label = citeLabel(numbers);
  return label ? ` <span class="cite">${e(label)}</span>` : '';
}

const note = (text: string | null): string => (text ? `<div class="note"><b>Analyst note:</b> ${e(text)}</div>` : '');
const cited = (item: LayoutItem): string => `${e(item.text)}${cite(item.cites)}`;
const sub = (text: string | null): string => (text ? `<div class="sub">${e(text)}</div>` : '');

function table(kind: string, head: readonly string[], rows: string[][]): string {
  const th = head.map((h) => `<th>${e(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table class="data ${kind}"><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

const citeTd = (numbers: number[]): string => `<span class="cite">${e(citeLabel(numbers))}</span>`;

function body(section: LayoutSection): string {
  switch (section.kind) {
    case 'bottomLine':
      return `<div class="bottom-line">${cited(section.item)}${note(section.item.note)}</div>`;
    case 'situation':
      return section.items.map((i) => `<p>${cited(i)}${note(i.note)}</p>`).join('\n');
    case 'figures':
      return table('figures', COLUMNS.figures, section.rows.map((r) => [`<b>${e(r.text)}</b>${note(r.note)}`, e(r.label), e(r.context ?? '—'), citeTd(r.cites)]));
    case 'quotes':
      return table('quotes', COLUMNS.quotes, section.rows.map((r) => [`<b>${e(r.speaker)}</b>${sub(r.role)}`, `“${e(r.text)}”${note(r.note)}`, citeTd(r.cites)]));
    case 'claims':
      return `<ul>${section.items.map((i) => `<li>${e(i.text)}${i.attribution ? ` <span class="attribution">— ${e(i.attribution)}</span>` : ''}${cite(i.cites)}${note(i.note)}</li>`).join('\n')}</ul>`;
    case 'actors':
      return table('actors', COLUMNS.actors, section.rows.map((r) => [
        `<b>${e(r.text)}</b>${sub(r.aliases.length ? `also ${r.aliases.join(', ')}` : null)}${note(r.note)}`,
        e(r.kind), e(r.role ?? '—'), `<span class="num">${r.mentions}</span>`, citeTd(r.cites),
      ]));
    case 'timeline':
      return table('timeline', COLUMNS.timeline, section.rows.map((r) => [`<b>${e(r.when)}</b>${sub(r.date)}`, `${e(r.text)}${note(r.note)}`, citeTd(r.cites)]));
    case 'questions':
      return `<ol>${section.items.map((i) => `<li>${cited(i)}${note(i.note)}</li>`).join('\n')}</ol>`;
    case 'notes':
      return `<ul>${section.items.map((n) => `<li>${e(n.text)}${sub(n.written)}</li>`).join('\n')}</ul>`;
    case 'sources':
      return `<ol class="sources">${section.items.map((s) => `<li><span class="num">[${s.number}]</span><div><b>${e(s.title)}</b>${sub([s.origin, s.published ?? 'date not given', s.byline].filter(Boolean).join(' · '))}</div></li>`).join('\n')}</ol>${section.unlisted ? `<p class="unlisted">${e(unlistedSourcesLine(section.unlisted))}</p>` : ''}`;
  }
}

function styles(marking: string): string {
  const mark = cssString(marking);
  return `
@page { size: A4; margin: 24mm 22mm 26mm;
  @top-center { content: ${mark}; font: 600 9pt ${THEME.font}, "Segoe UI", Arial, sans-serif; color: ${THEME.ink}; }
  @bottom-center { content: ${mark}; font: 600 9pt ${THEME.font}, "Segoe UI", Arial, sans-serif; color: ${THEME.ink}; vertical-align: bottom; padding-bottom: 8mm; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt ${THEME.font}, "Segoe UI", Arial, sans-serif; color: ${THEME.muted}; }
}
* { box-sizing: border-box; }
html { color: ${THEME.ink}; background: #fff; font: 10pt/1.4 ${THEME.font}, "Segoe UI", "Helvetica Neue", Arial, sans-serif; }
body { margin: 0 auto; max-width: 170mm; padding: 0; }
.marking { text-align: center; font-weight: 600; font-size: 9pt; margin: 6mm 0; }
h1 { color: ${THEME.accent}; font-size: ${THEME.size.title}pt; font-weight: 600; line-height: 1.15; margin: 0 0 3mm; }
dl.fields { display: grid; grid-template-columns: 28mm 1fr; gap: 1mm 4mm; margin: 0 0 4mm; font-size: 9pt; }
dl.fields dt { color: ${THEME.muted}; } dl.fields dd { margin: 0; }
hr { border: 0; border-top: 1pt solid ${THEME.accent}; margin: 0 0 2mm; }
h2 { color: ${THEME.accent}; font-size: ${THEME.size.heading}pt; font-weight: 600; margin: 6mm 0 2mm; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 2mm; }
.bottom-line { border: 0.8pt solid ${THEME.accent}; border-left-width: 3pt; background: ${THEME.fill}; padding: 3mm 4mm; font-size: 11pt; break-inside: avoid; }
.cite { color: ${THEME.muted}; font-size: 8.5pt; white-space: nowrap; }
.note, .sub, .attribution { color: ${THEME.muted}; font-size: 8.5pt; }
.note { margin-top: 0.6mm; }
table.data { width: 100%; border-collapse: collapse; font-size: 9pt; margin: 1mm 0 2mm; }
table.data thead { display: table-header-group; }
table.data th { text-align: left; color: ${THEME.accent}; background: ${THEME.fill}; font-weight: 600; border-top: 0.8pt solid ${THEME.accent}; border-bottom: 0.8pt solid ${THEME.accent}; padding: 1.2mm 1.8mm; }
table.data td { vertical-align: top; border-bottom: 0.35pt solid ${THEME.rule}; padding: 1.2mm 1.8mm; overflow-wrap: anywhere; }
table.data tr { break-inside: avoid; page-break-inside: avoid; }
table.data td:last-child, table.data th:last-child { width: 16mm; }
table.figures td:first-child { width: 42mm; } table.quotes td:first-child, table.actors td:first-child { width: 42mm; }
table.timeline td:first-child { width: 40mm; } table.actors td:nth-child(2) { width: 24mm; }
.num { font-variant-numeric: tabular-nums; }
table.actors td:nth-child(4) { text-align: right; width: 16mm; }
ul, ol { margin: 0 0 2mm; padding-left: 6mm; } li { margin-bottom: 1mm; break-inside: avoid; }
ol.sources { list-style: none; padding: 0; } ol.sources li { display: flex; gap: 3mm; overflow-wrap: anywhere; }
p.unlisted { color: ${THEME.muted}; }
ol.sources .num { color: ${THEME.muted}; min-width: 7mm; }
section { break-inside: auto; }
@media print { .marking { display: none; } }
`;
}

export function briefToPrintHtml(brief: Briefing): string {
  const layout = briefLayout(brief);
  const marking = layout.marking ? `<div class="marking">${e(layout.marking)}</div>` : '';
  const fields = layout.fields.map((f) => `<dt>${e(f.label)}</dt><dd>${e(f.value)}</dd>`).join('');
  const sections = layout.sections
    .map((s) => `<section class="${s.kind}">\n<h2>${e(s.heading)}</h2>\n${body(s)}\n</section>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src 'self'">
<title>${e(layout.title)}</title>
<style>${styles(layout.marking)}</style>
</head>
<body>
${marking}
<header>
<h1>${e(layout.title)}</h1>
${fields ? `<dl class="fields">${fields}</dl>` : ''}
<hr>
</header>
<main>
${sections}
</main>
${marking}
</body>
</html>
`;
}
