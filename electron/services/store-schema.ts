/**
 * The store's on-disk shape, its version and its migrations, shared by electron-store in
 * the app and plain conf in Node tests. The version is the store format's, not the app's,
 * so a release that does not change the format runs no migration.
 */
import { copyFileSync, existsSync } from 'node:fs';
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
    // A copy before each migration, so a bad migration can be undone by hand.
    beforeEachMigration: (store, { fromVersion, toVersion }) => {
      if (fromVersion !== '0.0.0' && existsSync(store.path)) copyFileSync(store.path, `${store.path}.before-${toVersion}`);
    },
    clearInvalidConfig: false,
  };
}
