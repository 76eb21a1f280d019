// `npm start`: build everything, then launch Electron on the app. The Electron binary is
// optional in this repo's installs (CI skips its download), so say plainly when it is absent.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary, missingElectronMessage } from './electron-binary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const binary = electronBinary();
if (binary === null) {
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies?.electron ?? 'latest';
  console.error(`Cannot start Sitbrief: ${missingElectronMessage(version)}`);
  process.exit(1);
}

const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (built.status !== 0) process.exit(built.status ?? 1);

const child = spawn(binary, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
