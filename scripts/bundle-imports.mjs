// What a built bundle imports, following its own chunk files: which npm packages it imports
// when it starts (reached through static imports alone) and which only later (behind an
// `import()`), and any relative import whose file is missing. esbuild's ESM output puts each
// static import on a line of its own, which is what the patterns below rely on.
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, resolve } from 'node:path';

const STATIC = /^(?:import|export)\s(?:[^;"']*?\sfrom\s*)?"([^"]+)";?$/gm;
const DYNAMIC = /\bimport\(\s*"([^"]+)"\s*\)/g;

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
export function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

export function isBuiltin(specifier) {
  return specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]);
}

/** The specifiers one file imports, statically and through `import()`. */
function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  return { eager: [...text.matchAll(STATIC)].map((m) => m[1]), later: [...text.matchAll(DYNAMIC)].map((m) => m[1]) };
}

/**
 * @param {string} entry path of the bundle's entry file
 * @returns {{ startup: string[], lazy: string[], files: string[], missing: string[] }}
 */
export function bundleImports(entry) {
  const missing = new Set();
  /** Every file reached from `entry`, and the packages they import, following `edges` only. */
  const reach = (edges) => {
    const files = new Set();
    const packages = new Set();
    const queue = [resolve(entry)];
    while (queue.length > 0) {
      const file = queue.pop();
      if (files.has(file)) continue;
      files.add(file);
      if (!existsSync(file)) {
        missing.add(file);
        continue;
      }
      for (const specifier of edges(importsOf(file))) {
        if (specifier.startsWith('.')) queue.push(resolve(dirname(file), specifier));
        else if (!isBuiltin(specifier)) packages.add(packageName(specifier));
      }
    }
    return { files, packages };
  };
  const atStart = reach((found) => found.eager);
  const all = reach((found) => [...found.eager, ...found.later]);
  return {
    startup: [...atStart.packages].sort(),
    lazy: [...all.packages].filter((name) => !atStart.packages.has(name)).sort(),
    files: [...all.files].sort(),
    missing: [...missing].sort(),
  };
}
