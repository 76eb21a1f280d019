/**
 * The store's on-disk shape, its version and its migrations, shared by electron-store in
 * the app and plain conf in Node tests. The version is the store format's, not the app's,
 * so a release that does not change the format runs no migration.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Options } from 'conf';

export interface StoreShape extends Record<string, unknown> {
  briefs: Record<string, unknown>;
  settings: Record<string, unknown>;
}

/** Bump (semver) with a new entry in `migrations` whenever the stored shape changes. */
export const STORE_FORMAT_VERSION = '1.0.0';
export const STORE_FILE_NAME = 'config.json';

export function storeFilePath(dir: string): string {
  return join(dir, STORE_FILE_NAME);
}

/** Options for conf / electron-store; the caller adds where the file lives. */
export function storeOptions(): Options<StoreShape> {
  return {
    configName: 'config',
    projectVersion: STORE_FORMAT_VERSION,
    defaults: { briefs: {}, settings: {} },
    // Top-level shape only: briefs are validated one by one with zod when read, so one bad
    // brief hides itself instead of condemning the whole file.
    schema: {
      briefs: { type: 'object' },
      settings: { type: 'object' },
    },
    migrations: {
      '1.0.0': (store) => {
        if (!store.has('briefs')) store.set('briefs', {});
        if (!store.has('settings')) store.set('settings', {});
      },
    },
    clearInvalidConfig: false,
  };
}

/** The format version recorded in a store file, or null (no file, unreadable, or never migrated). */
export function storedFormatVersion(filePath: string): string | null {
  try {
    const data: unknown = JSON.parse(readFileSync(filePath, 'utf8'));
    const version = (data as { __internal__?: { migrations?: { version?: unknown } } } | null)?.__internal__?.migrations?.version;
    return typeof version === 'string' ? version : null;
  } catch {
    return null;
  }
}

function olderThan(a: string, b: string): boolean {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i += 1) {
    const x = pa[i] ?? 0;
    const y = pb[i] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}

/**
 * Copies a store file of an older format to `<file>.before-<new version>` before it is
 * opened (conf rewrites it while migrating), so a bad migration can be undone by hand.
 * Returns the copy's path, or null when no migration is due.
 */
export function backupBeforeMigration(filePath: string): string | null {
  const version = storedFormatVersion(filePath);
  if (version === null || !olderThan(version, STORE_FORMAT_VERSION)) return null;
  const copy = `${filePath}.before-${STORE_FORMAT_VERSION}`;
  copyFileSync(filePath, copy);
  return copy;
}
