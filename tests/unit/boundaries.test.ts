/**
 * The folder boundaries of DESIGN.md, checked on every import line:
 * core never reaches for electron, react or the DOM; the renderer never for electron or
 * node built-ins, and takes only types from core/model and core/ipc.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.config.ts') ? [path] : [];
  });
}

function imports(path: string): { spec: string; typeOnly: boolean }[] {
  const text = readFileSync(path, 'utf8');
  const found: { spec: string; typeOnly: boolean }[] = [];
  const re = /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    found.push({ spec: (m[3] ?? m[4] ?? m[5])!, typeOnly: Boolean(m[2]) });
  }
  return found;
}

describe('folder boundaries', () => {
  it('core imports neither electron, react nor the renderer', () => {
    const bad = sourceFiles(join(root, 'core')).flatMap((file) =>
      imports(file)
        .filter(({ spec }) => /^(electron|react|react-dom)(\/|$)/.test(spec) || spec.includes('/renderer/') || spec.includes('/electron/'))
        .map(({ spec }) => `${relative(root, file)} → ${spec}`),
    );
    expect(bad).toEqual([]);
  });

  it('renderer imports neither electron nor node built-ins, and only types from core', () => {
    const bad = sourceFiles(join(root, 'renderer')).flatMap((file) =>
      imports(file)
        .filter(({ spec, typeOnly }) =>
          /^(electron|node:|fs$|path$|child_process$)/.test(spec) || spec.includes('/electron/') || (spec.includes('/core/') && !typeOnly && !/\/core\/(ipc\/contract|model\/(briefing|paragraphs|dtg|item-text))\.js$/.test(spec)),
        )
        .map(({ spec }) => `${relative(root, file)} → ${spec}`),
    );
    expect(bad).toEqual([]);
  });
});
