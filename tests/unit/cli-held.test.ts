/**
 * The CLI with the draft length: `--json` still lists every finding (other tools read them),
 * each carrying `held`; the Markdown prints only the draft.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { draftCap } from '../../core/brief/draft-length.js';
import { SECTION_KEYS } from '../../core/model/briefing.js';
import { repoRoot, sharedData } from '../helpers/paths.js';

const run = promisify(execFile);
const ARTICLES = 12;

interface JsonItem { text?: string; label?: string; name?: string; held?: unknown; status: string }

describe('sitbrief build over a dozen articles', () => {
  it('lists every finding in the JSON with held set, and prints only the draft', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sitbrief-cli-held-'));
    const lines = (await readFile(join(sharedData, 'polnear-dev.jsonl'), 'utf8')).split('\n').filter(Boolean).slice(0, ARTICLES);
    const paths = await Promise.all(lines.map(async (line, i) => {
      const path = join(dir, `article-${i + 1}.txt`);
      await writeFile(path, (JSON.parse(line) as { text: string }).text);
      return path;
    }));
    const md = join(dir, 'brief.md');
    const { stdout } = await run(join(repoRoot, 'node_modules', '.bin', 'tsx'), [join(repoRoot, 'core', 'cli', 'main.ts'), 'build', ...paths, '--json', '-', '--md', md], {
      cwd: repoRoot, maxBuffer: 64 * 1024 * 1024,
    });
    const brief = JSON.parse(stdout) as Record<(typeof SECTION_KEYS)[number], JsonItem[]>;
    for (const key of SECTION_KEYS) for (const item of brief[key]) expect(typeof item.held, key).toBe('boolean');
    const quotes = brief.quotes;
    expect(quotes.length).toBeGreaterThan(draftCap('quotes', ARTICLES));
    expect(quotes.filter((q) => !q.held)).toHaveLength(draftCap('quotes', ARTICLES));

    const markdown = (await readFile(md, 'utf8')).replace(/\s+/g, ' ');
    const printed = SECTION_KEYS.flatMap((key) => brief[key].filter((i) => !i.held).map((i) => i.text ?? i.label ?? i.name ?? '')).join(' ');
    const plain = (q: JsonItem) => /^[A-Za-z ,.']{30,}$/.test(q.text ?? '');
    const shown = quotes.find((q) => !q.held && plain(q));
    const held = quotes.find((q) => q.held && plain(q) && !printed.includes(q.text!));
    expect(shown && held).toBeTruthy();
    expect(markdown).toContain(shown!.text);
    expect(markdown).not.toContain(held!.text);
  }, 60_000);
});
