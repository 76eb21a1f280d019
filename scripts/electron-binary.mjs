// Where the Electron executable is, without the `electron` package's throw when it was
// installed with ELECTRON_SKIP_BINARY_DOWNLOAD (as here and in CI).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The Electron executable, or null when the package has no binary. */
export function electronBinary() {
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** The one sentence to show when it is missing. */
export function missingElectronMessage(version) {
  return `the Electron binary is not installed (it was skipped with ELECTRON_SKIP_BINARY_DOWNLOAD); reinstall it with: npm install electron@${version}`;
}
