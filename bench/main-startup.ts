/**
 * `npx tsx bench/main-startup.ts`: what the bundled main process costs to start, and what the
 * first export costs after it. Builds the Electron bundles into a temp app folder (laid out as
 * packaged: dist/, assets/, node_modules) — or, with BENCH_MAIN_DIST=<a dist/electron folder>,
 * times that build instead (e.g. an older commit's) — and then:
 *  - times importing each npm package main.js imports at start, each in a fresh Node;
 *  - starts main.js on the stand-in electron (tests/unit/fixtures) in fresh processes, on a
 *    library whose last brief is the demo brief, and times its import, the window's creation,
 *    and the first PDF and DOCX exports of that brief: at once when the page has loaded, and
 *    after main has sat idle a few seconds (when the exporters warm in the background).
 * Medians of BENCH_RUNS runs (default 3); BENCH_IDLE_MS sets the idle wait (default 5000). The load average is printed because the figures mean
 * little on a busy machine.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bundleImports } from '../scripts/bundle-imports.mjs';

const repoRoot = join(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** Exports at once, and after the background warm-up has had time (longer on a busy machine). */
const IDLE_MS = [0, Number(process.env.BENCH_IDLE_MS ?? 5000)];
const hook = join(repoRoot, 'tests', 'unit', 'fixtures', 'fake-electron-hook.mjs');
const probe = join(repoRoot, 'bench', 'main-startup-probe.mjs');
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number): string => `${Math.round(ms).toLocaleString('en')} ms`;

function runProbe(mainJs: string, dataDir: string, idleMs: number, mode: 'setup' | 'export'): Record<string, number> {
  const run = spawnSync(process.execPath, ['--import', hook, probe, mainJs, String(idleMs), mode], {
    cwd: appRoot,
    encoding: 'utf8',
    env: { ...process.env, SITBRIEF_DATA_DIR: dataDir },
    timeout: 120_000,
  });
  if (run.status !== 0) throw new Error(`main did not run: ${run.stderr}`);
  return mode === 'setup' ? {} : (JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as Record<string, number>);
}

const appRoot = mkdtempSync(join(tmpdir(), 'sitbrief-bench-main-'));
const dataRoot = mkdtempSync(join(tmpdir(), 'sitbrief-bench-main-data-'));
try {
  writeFileSync(join(appRoot, 'package.json'), '{"type":"module"}');
  symlinkSync(join(repoRoot, 'node_modules'), join(appRoot, 'node_modules'));
  symlinkSync(join(repoRoot, 'assets'), join(appRoot, 'assets'));
  mkdirSync(join(appRoot, 'dist', 'renderer'), { recursive: true });
  writeFileSync(join(appRoot, 'dist', 'renderer', 'index.html'), '<!doctype html><title>bench</title>');
  const mainJs = join(appRoot, 'dist', 'electron', 'main.js');
  if (process.env.BENCH_MAIN_DIST) {
    cpSync(resolve(process.env.BENCH_MAIN_DIST), join(appRoot, 'dist', 'electron'), { recursive: true });
  } else {
    const built = spawnSync(process.execPath, ['scripts/build-electron.mjs', '--outdir', join(appRoot, 'dist', 'electron')], { cwd: repoRoot, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
  }

  console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${RUNS} runs each, medians`);
  const { startup, lazy } = bundleImports(mainJs);
  console.log(`\nPackages main.js imports at start, CPU time to import each in a fresh Node; on first use only: ${lazy.join(', ') || 'none'}`);
  for (const name of startup) {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const run = spawnSync(
        process.execPath,
        ['--import', hook, '--input-type=module', '-e', `const t = process.cpuUsage(); await import(${JSON.stringify(name)}); const c = process.cpuUsage(t); console.log((c.user + c.system) / 1000);`],
        { cwd: appRoot, encoding: 'utf8' },
      );
      if (run.status !== 0) throw new Error(`importing ${name} failed: ${run.stderr}`);
      times.push(Number(run.stdout.trim()));
    }
    console.log(`  ${name.padEnd(16)} ${fmt(median(times))}`);
  }

  const dataDir = mkdtempSync(join(dataRoot, 'library-'));
  runProbe(mainJs, dataDir, 0, 'setup');
  for (const idleMs of IDLE_MS) {
    const rows = Array.from({ length: RUNS }, () => runProbe(mainJs, dataDir, idleMs, 'export'));
    const m = (key: string): string => `${fmt(median(rows.map((r) => r[`${key}Ms`]!)))} (CPU ${fmt(median(rows.map((r) => r[`${key}CpuMs`] ?? NaN)))})`;
    console.log(`\nFresh main process, export of the last brief ${idleMs} ms after the page has loaded (wall, CPU):`);
    console.log(`  import main.js ${m('import')}, window created ${fmt(median(rows.map((r) => r.windowMs!)))}`);
    console.log(`  first PDF ${m('pdf')}, first DOCX ${m('docx')}, second PDF ${m('pdfAgain')}`);
    if (idleMs > 0) console.log(`  longest stall of main's event loop while idle: ${fmt(median(rows.map((r) => r.idleStallMs!)))}`);
  }
} finally {
  rmSync(appRoot, { recursive: true, force: true });
  rmSync(dataRoot, { recursive: true, force: true });
}
