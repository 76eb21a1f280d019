/** Parses `sitbrief build …` per the CLI contract in DESIGN.md. */
import { parseArgs } from 'node:util';

export interface BuildCommand {
  sources: string[];
  title: string | null;
  marking: string | null;
  date: string | null;
  summarySentences: number | null;
  json: string | null;
  pdf: string | null;
  docx: string | null;
  md: string | null;
}

export class UsageError extends Error {}

export const USAGE = `Usage: sitbrief build <source...> [--title T] [--marking TEXT] [--date YYYY-MM-DD]
                      [--summary-sentences N] [--json FILE|-] [--pdf FILE] [--docx FILE] [--md FILE]

A source is a file (.txt .md .html .htm .pdf .docx) or an http(s) URL.
With no source, builds the built-in demo brief (a fictional exercise scenario).
With no output option, prints the brief as Markdown on stdout.`;

function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export function parseBuildArgs(argv: string[]): BuildCommand {
  const [command, ...rest] = argv;
  if (command !== 'build') throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        title: { type: 'string' },
        marking: { type: 'string' },
        date: { type: 'string' },
        'summary-sentences': { type: 'string' },
        json: { type: 'string' },
        pdf: { type: 'string' },
        docx: { type: 'string' },
        md: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.date !== undefined && !isIsoDate(values.date)) throw new UsageError(`--date must be a date as YYYY-MM-DD, not "${values.date}"`);
  let summarySentences: number | null = null;
  if (values['summary-sentences'] !== undefined) {
    summarySentences = Number(values['summary-sentences']);
    if (!Number.isInteger(summarySentences) || summarySentences < 1 || summarySentences > 20) {
      throw new UsageError('--summary-sentences must be a whole number from 1 to 20');
    }
  }
  return {
    sources: positionals,
    title: values.title ?? null,
    marking: values.marking ?? null,
    date: values.date ?? null,
    summarySentences,
    json: values.json ?? null,
    pdf: values.pdf ?? null,
    docx: values.docx ?? null,
    md: values.md ?? null,
  };
}
