/** The library over a real conf store in a temp folder, as main and the browser harness use it. */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { createLibrary } from '../../electron/services/library.js';
import { newBriefing } from '../../core/brief/create.js';

async function tempStore() {
  const cwd = await mkdtemp(join(tmpdir(), 'sitbrief-library-'));
  return new Conf<Record<string, unknown>>({ cwd, projectName: 'sitbrief-test' });
}

describe('library', () => {
  it('keeps briefs across store instances and lists the newest change first', async () => {
    const store = await tempStore();
    const library = createLibrary(store);
    const older = { ...newBriefing({ title: 'Older' }), updatedAt: '2026-01-01T00:00:00.000Z' };
    const newer = { ...newBriefing({ title: 'Newer' }), updatedAt: '2026-02-01T00:00:00.000Z' };
    library.put(older);
    library.put(newer);
    const reopened = createLibrary(new Conf<Record<string, unknown>>({ cwd: join(store.path, '..'), projectName: 'sitbrief-test' }));
    expect(reopened.list().map((b) => b.title)).toEqual(['Newer', 'Older']);
    expect(reopened.get(older.id)?.title).toBe('Older');
    reopened.remove(older.id);
    expect(createLibrary(store).get(older.id)).toBeNull();
  });

  it('hides a brief that no longer validates but never drops it from the file', async () => {
    const store = await tempStore();
    store.set('briefs', { broken: { id: 'broken', title: 42 } });
    const library = createLibrary(store);
    expect(library.list()).toEqual([]);
    library.put(newBriefing({ title: 'Fine' }));
    const file = JSON.parse(await readFile(store.path, 'utf8')) as { briefs: Record<string, { title: unknown }> };
    expect(file.briefs.broken).toEqual({ id: 'broken', title: 42 });
    expect(Object.values(file.briefs).map((b) => b.title)).toContain('Fine');
  });

  it('refuses to store a brief that breaks the schema', async () => {
    const library = createLibrary(await tempStore());
    const bad = { ...newBriefing(), schemaVersion: 99 } as unknown as ReturnType<typeof newBriefing>;
    expect(() => library.put(bad)).toThrow();
    expect(library.list()).toEqual([]);
  });
});
