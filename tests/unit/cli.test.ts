/** The CLI contract of DESIGN.md, run as a user runs it: a child process, real files. */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot, seedArticle, seedGold } from '../helpers/paths.js';

const run = promisify(execFile);
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
const cli = join(repoRoot, 'core', 'cli', 'main.ts');

async function sitbrief(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, [cli, ...args], { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

interface GoldQuote { text: string; speaker: string; role: string }

describe('sitbrief build', () => {
  it('prints the seed article brief as JSON with all 7 gold quotes and speakers', async () => {
    const { code, stdout } = await sitbrief('build', seedArticle, '--json', '-', '--date', '2025-04-24');
    expect(code).toBe(0);
    const brief = JSON.parse(stdout);
    for (const key of ['title', 'sources', 'summary', 'quotes', 'figures', 'actors', 'timeline', 'questions']) {
      expect(brief).toHaveProperty(key);
    }
    expect(brief.sources[0]).toMatchObject({ origin: seedArticle });
    const gold = JSON.parse(await readFile(seedGold, 'utf8')) as { quotes: GoldQuote[] };
    const found = (brief.quotes as { text: string; speaker: { name: string | null } }[]).map((q) => `${q.text} — ${q.speaker.name}`);
    for (const quote of gold.quotes) expect(found).toContain(`${quote.text} — ${quote.speaker}`);
  }, 60_000);

  it('writes a PDF and a Markdown brief', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sitbrief-cli-'));
    const pdf = join(dir, 'brief.pdf');
    const md = join(dir, 'brief.md');
    const { code, stderr } = await sitbrief('build', seedArticle, '--pdf', pdf, '--md', md, '--marking', 'OFFICIAL-SENSITIVE');
    expect(code, stderr).toBe(0);
    expect((await readFile(pdf)).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await readFile(md, 'utf8')).toContain('OFFICIAL-SENSITIVE');
    expect(stderr).toContain(`wrote ${pdf}`);
  }, 60_000);

  it('builds the fictional demo brief when given no source', async () => {
    const { code, stdout } = await sitbrief('build', '--json', '-');
    expect(code).toBe(0);
    const brief = JSON.parse(stdout);
    expect(brief.title).toMatch(/EXERCISE/);
    expect(brief.sources).toHaveLength(2);
    expect(brief.quotes.length).toBeGreaterThan(0);
  }, 60_000);

  it('names an unreadable source in one line on stderr and exits non-zero', async () => {
    const missing = join(tmpdir(), 'no-such-dir', 'article.txt');
    const { code, stdout, stderr } = await sitbrief('build', missing, '--json', '-');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([`sitbrief: ${missing}: no such file`]);
  }, 60_000);

  it('refuses an empty file with a clear message', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sitbrief-cli-'));
    const empty = join(dir, 'empty.txt');
    await writeFile(empty, '');
    const { code, stderr } = await sitbrief('build', empty);
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(new RegExp(`^sitbrief: ${empty}: .*empty`));
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('rejects bad options with usage and exit code 2', async () => {
    const bad = await sitbrief('build', seedArticle, '--summary-sentences', 'lots');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--summary-sentences must be a whole number');
    const date = await sitbrief('build', seedArticle, '--date', '24/04/2025');
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('--date must be a date as YYYY-MM-DD');
  }, 60_000);

  it('obeys --summary-sentences', async () => {
    const { stdout } = await sitbrief('build', seedArticle, '--summary-sentences', '3', '--json', '-');
    const brief = JSON.parse(stdout);
    expect(brief.summary.length).toBeGreaterThan(0);
    expect(brief.summary.length).toBeLessThanOrEqual(3);
  }, 60_000);
});
