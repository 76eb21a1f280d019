// Run by bench/main-startup.ts in a fresh Node with the stand-in electron. Imports the bundled
// main (argv[2]) and then, in mode "setup", builds the demo brief (it becomes the last brief)
// and exits; in mode "export", lets the page "finish loading" as Chromium would, waits
// argv[3] ms, and exports the last brief as PDF, DOCX and PDF again through the IPC handlers.
// Prints the timings as JSON: wall time, and the CPU time the process spent (the steady figure
// on a busy machine; no worker thread runs meanwhile in mode "export").
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { dialog } from 'electron';

const [mainJs, idle, mode] = process.argv.slice(2);
const cpuMs = (since) => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
};
const startedAt = performance.now();
const startCpu = process.cpuUsage();
await import(pathToFileURL(mainJs).href);
const importMs = performance.now() - startedAt;
const importCpuMs = cpuMs(startCpu);
const s = globalThis.__fakeElectron;
for (let i = 0; i < 5000 && s.windows.length === 0; i += 1) await new Promise((r) => setTimeout(r, 1));
const windowMs = performance.now() - startedAt;
const window = s.windows[0];
const ours = { sender: { id: window.webContents.id }, senderFrame: { url: 'app://sitbrief/index.html' } };
const call = async (channel, ...args) => s.handlers.get(channel)(ours, ...args);
if (mode === 'setup') {
  await call('library:createDemo');
  process.exit(0);
}
const outDir = mkdtempSync(join(tmpdir(), 'sitbrief-bench-export-'));
let saves = 0;
dialog.showSaveDialog = async (_window, options) => ({ canceled: false, filePath: join(outDir, `${(saves += 1)}-${options.defaultPath.split(/[\\/]/).pop()}`) });
window.webContents.emit('did-finish-load');
const brief = await call('library:get', (await call('settings:get')).lastBriefId);
// The longest stall of main's event loop while it sits idle (the warm-up's blocking steps):
// IPC calls from the window wait that long.
let last = performance.now();
let idleStallMs = 0;
const tick = setInterval(() => {
  const now = performance.now();
  idleStallMs = Math.max(idleStallMs, now - last);
  last = now;
}, 5);
await new Promise((r) => setTimeout(r, Number(idle)));
clearInterval(tick);
const timings = {};
const timed = async (name, format) => {
  const t = performance.now();
  const cpu = process.cpuUsage();
  const result = await call('export:save', brief, format);
  if (!result.ok) throw new Error(`${format} export failed: ${JSON.stringify(result)}`);
  timings[`${name}Ms`] = performance.now() - t;
  timings[`${name}CpuMs`] = cpuMs(cpu);
};
await timed('pdf', 'pdf');
await timed('docx', 'docx');
await timed('pdfAgain', 'pdf');
rmSync(outDir, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify({ importMs, importCpuMs, windowMs, idleStallMs, ...timings })}\n`);
process.exit(0);
