/**
 * Opens the settings-and-library store so that a corrupt or unreadable file never stops the
 * app and never loses data: the bad file is moved aside as `<file>.corrupt-<timestamp>`
 * (kept for the user or support to recover from), the app starts with an empty store, and
 * the caller gets a sentence to show the user once (AppInfo.startupNotice).
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

export interface OpenedStore<S> {
  store: S;
  /** What to tell the user, or null when the store opened normally. */
  notice: string | null;
  /** Where the unreadable file was moved, or null. */
  backupPath: string | null;
}

/** A timestamp that is safe in file names on every OS (no colons). */
export function fileStamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

function reasonOf(error: unknown): string {
  if (error instanceof SyntaxError) return 'it is not valid JSON';
  if (error instanceof Error && error.message.startsWith('Config schema violation')) return 'its contents are not in the expected shape';
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return `the system reported ${error.code}`;
  return error instanceof Error ? error.message : 'unknown error';
}

function readIfFile(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}

/**
 * `open` builds the store (conf and electron-store read and validate the file in their
 * constructor, so a bad file throws there). On failure the file at `filePath` is moved aside
 * and `open` runs once more on a clean slate; a second failure is not a file problem and
 * propagates.
 */
export function openStoreWithBackup<S>(filePath: string, open: () => S, now: Date = new Date()): OpenedStore<S> {
  // The bytes as found: conf may rewrite the file (defaults, migration marker) before it
  // validates it, and the backup must be what the user had, byte for byte.
  const original = readIfFile(filePath);
  try {
    return { store: open(), notice: null, backupPath: null };
  } catch (error) {
    if (!existsSync(filePath)) throw error;
    const backupPath = `${filePath}.corrupt-${fileStamp(now)}`;
    try {
      if (original === null) {
        renameSync(filePath, backupPath);
      } else {
        writeFileSync(backupPath, original, { flag: 'wx' });
        rmSync(filePath, { force: true });
      }
    } catch (renameError) {
      throw new Error(`The Sitbrief library file ${filePath} cannot be read (${reasonOf(error)}) and could not be moved aside (${reasonOf(renameError)}).`);
    }
    const store = open();
    const notice =
      `Your Sitbrief library could not be read (${reasonOf(error)}), so Sitbrief started with an empty library. ` +
      `The old file was kept as ${basename(backupPath)} in ${backupPath.slice(0, -basename(backupPath).length - 1)}.`;
    return { store, notice, backupPath };
  }
}
