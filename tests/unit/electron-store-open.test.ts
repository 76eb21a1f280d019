import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newBriefing } from '../../core/brief/create.js';
import { createLibrary } from '../../electron/services/library.js';
import { createSettings } from '../../electron/services/settings.js';
import { openStoreWithBackup } from '../../electron/services/store-open.js';
import { STORE_FORMAT_VERSION, backupBeforeMigration, storeFilePath, storeOptions, type StoreShape } from '../../electron/services/store-schema.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitbrief-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const open = () => openStoreWithBackup(storeFilePath(dir), () => new Conf<StoreShape>({ ...storeOptions(), cwd: dir }), new Date('2026-11-26T23:50:01.234Z'));

describe('openStoreWithBackup with conf', () => {
  it('creates a fresh store with the format version and no notice', () => {
    const { store, notice, backupPath } = open();
    expect(notice).toBeNull();
    expect(backupPath).toBeNull();
    expect(store.get('briefs')).toEqual({});
    const onDisk = JSON.parse(readFileSync(storeFilePath(dir), 'utf8'));
    expect(onDisk.__internal__.migrations.version).toBe(STORE_FORMAT_VERSION);
  });

  it('keeps what was saved across reopenings', () => {
    const brief = newBriefing({ title: 'Kept' });
    createLibrary(open().store).put(brief);
    const { store, notice } = open();
    expect(notice).toBeNull();
    expect(createLibrary(store).get(brief.id)?.title).toBe('Kept');
  });

  it.each([
    ['garbage bytes', Buffer.from([0xff, 0xfe, 0x00, 0x13, 0x37])],
    ['truncated JSON', '{"briefs": {"a": {"id": "a", "tit'],
    ['the wrong shape', JSON.stringify({ briefs: 'not an object', settings: 3 })],
    ['an empty file', ''],
  ])('backs up a store holding %s and starts empty with a notice', (_name, content) => {
    writeFileSync(storeFilePath(dir), content);
    const { store, notice, backupPath } = open();
    expect(backupPath).toBe(`${storeFilePath(dir)}.corrupt-2026-11-26T23-50-01-234Z`);
    expect(readFileSync(backupPath!)).toEqual(Buffer.from(content));
    expect(notice).toMatch(/could not be read/);
    expect(notice).toContain('config.json.corrupt-2026-11-26T23-50-01-234Z');
    expect(createLibrary(store).list()).toEqual([]);
    expect(createSettings(store).get().defaultMarking).toBe('OFFICIAL');
    // The new store works and is valid on disk.
    createLibrary(store).put(newBriefing({ title: 'After recovery' }));
    expect(open().notice).toBeNull();
  });

  it('moves aside a store path that is a folder (unreadable)', () => {
    mkdirSync(storeFilePath(dir));
    const { notice, backupPath } = open();
    expect(notice).toMatch(/EISDIR/);
    expect(existsSync(backupPath!)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['config.json', 'config.json.corrupt-2026-11-26T23-50-01-234Z']);
  });

  it('does not hide errors that are not about the file', () => {
    expect(() => openStoreWithBackup(storeFilePath(dir), () => { throw new Error('no disk'); })).toThrow('no disk');
  });

  it('copies the file before migrating an older format', () => {
    const old = { briefs: { x: { keep: true } }, __internal__: { migrations: { version: '0.9.0' } } };
    writeFileSync(storeFilePath(dir), JSON.stringify(old));
    expect(backupBeforeMigration(storeFilePath(dir))).toBe(`${storeFilePath(dir)}.before-1.0.0`);
    const { store } = open();
    expect(backupBeforeMigration(storeFilePath(dir))).toBeNull();
    expect(store.get('settings')).toEqual({});
    expect(store.get('briefs')).toEqual({ x: { keep: true } });
    expect(JSON.parse(readFileSync(`${storeFilePath(dir)}.before-1.0.0`, 'utf8'))).toEqual(old);
  });
});
