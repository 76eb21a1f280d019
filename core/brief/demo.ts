/**
 * The built-in demo: short articles about a fictional exercise scenario that the team wrote
 * (assets/demo), so the app and `sitbrief build` with no source show a full brief at once.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SourceDoc } from '../model/briefing.js';
import { sourceFromText } from '../ingest/index.js';

export const DEMO_TITLE = 'EXERCISE — Northern Strait incident (fictional demo)';

/**
 * Demo articles: first line the headline, then `Published: YYYY-MM-DD` and `Scenario: …` header
 * lines (kept out of the analysed text so the engine never quotes the disclaimer), then the body.
 */
export async function demoSources(demoDir: string): Promise<SourceDoc[]> {
  const names = (await readdir(demoDir)).filter((n) => n.endsWith('.txt')).sort();
  return Promise.all(
    names.map(async (name) => {
      const raw = await readFile(join(demoDir, name), 'utf8');
      const published = /^Published:\s*(\d{4}-\d{2}-\d{2})\s*$/m.exec(raw)?.[1] ?? null;
      const body = raw.replace(/^(Published|Scenario):.*\n/gm, '');
      return sourceFromText(body, { origin: `demo/${name}`, kind: 'demo', publishedAt: published });
    }),
  );
}
