/**
 * Where the app's assets (fonts, demo sources) are. The same code runs from source (tsx),
 * from a bundle in dist/, and from inside an asar archive, so the folder is found by
 * walking up from this module rather than by a fixed relative path.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | null = null;

export function assetsDir(): string {
  if (cached) return cached;
  const override = process.env.SITBRIEF_ASSETS;
  if (override && existsSync(join(override, 'demo'))) return (cached = override);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth++) {
    const candidate = join(dir, 'assets');
    if (existsSync(join(candidate, 'demo'))) return (cached = candidate);
    dir = dirname(dir);
  }
  throw new Error('Sitbrief assets folder not found (set SITBRIEF_ASSETS to the folder holding demo/ and fonts/)');
}
