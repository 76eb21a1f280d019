/** `sitbrief build`: sources in, brief out (JSON, PDF, DOCX, Markdown). */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Briefing, SourceDoc } from '../model/briefing.js';
import { IngestError, ingestFile, ingestUrl } from '../ingest/index.js';
import { analyseSources } from '../analyse/index.js';
import { newBriefing } from '../brief/create.js';
import { applyAnalysis } from '../brief/update.js';
import { DEMO_TITLE, demoSources } from '../brief/demo.js';
import { assetsDir } from '../assets.js';
import { exportBrief } from '../export/index.js';
import { briefToMarkdown } from '../export/markdown.js';
import type { ExportFormat } from '../ipc/contract.js';
import type { BuildCommand } from './args.js';

/** A failure that names what failed; the CLI prints it as one line. */
export class CliError extends Error {}

function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

async function readSource(source: string): Promise<SourceDoc> {
  try {
    return isUrl(source) ? await ingestUrl(source) : await ingestFile(source);
  } catch (error) {
    if (error instanceof IngestError) throw new CliError(`${source}: ${error.message}`);
    throw error;
  }
}

export async function buildBrief(command: BuildCommand): Promise<Briefing> {
  const demo = command.sources.length === 0;
  const sources = demo ? await demoSources(join(assetsDir(), 'demo')) : await Promise.all(command.sources.map(readSource));
  const dated = command.date ? sources.map((s) => ({ ...s, publishedAt: s.publishedAt ?? command.date })) : sources;
  const empty = newBriefing({
    title: command.title ?? (demo ? DEMO_TITLE : (dated[0]?.title ?? 'Untitled brief')),
    marking: command.marking ?? 'OFFICIAL',
    summarySentences: command.summarySentences ?? 5,
    now: command.date ? new Date(`${command.date}T12:00:00Z`) : undefined,
  });
  const content = analyseSources(dated, { summarySentences: empty.summarySentences });
  return applyAnalysis({ ...empty, sources: dated }, content);
}

const OUTPUTS: { option: 'pdf' | 'docx' | 'md'; format: ExportFormat }[] = [
  { option: 'pdf', format: 'pdf' },
  { option: 'docx', format: 'docx' },
  { option: 'md', format: 'md' },
];

/** Writes every requested output; returns the lines to report on stderr. */
export async function writeOutputs(brief: Briefing, command: BuildCommand, stdout: (text: string) => void): Promise<string[]> {
  const written: string[] = [];
  if (command.json === '-') stdout(`${JSON.stringify(brief, null, 2)}\n`);
  else if (command.json) {
    await writeFile(command.json, `${JSON.stringify(brief, null, 2)}\n`);
    written.push(command.json);
  }
  for (const { option, format } of OUTPUTS) {
    const path = command[option];
    if (!path) continue;
    const bytes = await exportBrief(brief, format);
    if (path === '-') stdout(new TextDecoder().decode(bytes));
    else {
      await writeFile(path, bytes);
      written.push(path);
    }
  }
  if (!command.json && !command.pdf && !command.docx && !command.md) stdout(briefToMarkdown(brief));
  return written;
}
