// `node scripts/electronegativity.mjs` (for `npm test`): runs Doyensec's electronegativity over the app's source (the
// Electron side and the renderer page, whose index.html carries the CSP meta tag) and fails
// on any finding of MEDIUM severity or above that is not in REVIEWED below.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const cli = join(dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js');

/**
 * Review-only findings we have read and accept, keyed `CHECK file`. Anything else fails.
 * openExternal: the tool flags every call whose argument is not a string literal.
 */
const REVIEWED = new Map([
  ['PRELOAD_JS_CHECK electron/preload.ts', 'the preload exposes only the contract methods, never ipcRenderer'],
  ['OPEN_EXTERNAL_JS_CHECK electron/main.ts', 'shell.openExternal receives only the output of safeExternalUrl (http/https, no credentials, no look-alike hosts)'],
  ['OPEN_EXTERNAL_JS_CHECK electron/services/api-handlers.ts', 'calls MainServices.openExternal, i.e. the gated helper in main.ts'],
  // The page has no shell: its openExternal is the bridge method, which main gates as above.
  ['OPEN_EXTERNAL_JS_CHECK renderer/', 'the renderer can only ask main over IPC; main applies safeExternalUrl'],
]);
const isReviewed = (check, file) =>
  [...REVIEWED.keys()].some((key) => key === `${check} ${file}` || (key.endsWith('/') && `${check} ${file}`.startsWith(key)));
const FAILING = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);

/** Splits one CSV line, honouring quotes ("" inside quotes is a quote). */
function csvFields(line) {
  const fields = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { field += '"'; i += 1; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { fields.push(field.trim()); field = ''; } else field += c;
  }
  fields.push(field.trim());
  return fields;
}

const stage = mkdtempSync(join(tmpdir(), 'sitbrief-electronegativity-'));
try {
  // package.json lets the tool read the Electron version; node_modules stays out of the scan.
  cpSync(join(root, 'package.json'), join(stage, 'package.json'));
  cpSync(join(root, 'electron'), join(stage, 'electron'), { recursive: true });
  cpSync(join(root, 'renderer'), join(stage, 'renderer'), { recursive: true, filter: (src) => !src.includes('node_modules') });
  const report = join(stage, 'report.csv');
  const electronVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies.electron;
  const run = spawnSync(process.execPath, [cli, '-i', stage, '-r', '-v', 'false', '-e', electronVersion, '-o', report], { encoding: 'utf8' });
  if (run.status !== 0) {
    console.error(`electronegativity did not run: ${run.stderr || run.stdout}`);
    process.exit(2);
  }
  const rows = readFileSync(report, 'utf8').split(/\r?\n/).slice(1).filter(Boolean).map(csvFields);
  const failures = [];
  let reviewed = 0;
  for (const [check, severity, confidence, file, location, sample] of rows) {
    if (!FAILING.has(severity)) continue;
    if (isReviewed(check, file)) {
      reviewed += 1;
      continue;
    }
    failures.push(`${severity} ${check} (${confidence}) ${file}:${location} ${sample}`);
  }
  console.log(`electronegativity: ${rows.length} findings, ${reviewed} reviewed and accepted, ${failures.length} failing`);
  for (const failure of failures) console.error(`  ${failure}`);
  process.exit(failures.length > 0 ? 1 : 0);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
