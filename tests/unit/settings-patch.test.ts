/** A settings patch arrives through IPC validation; it must change only the fields it names. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, describe, expect, it } from 'vitest';
import { API_ARGS, SettingsPatchSchema } from '../../core/ipc/contract.js';
import { createSettings } from '../../electron/services/settings.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('settings patch', () => {
  it('parses to only the named fields', () => {
    expect(SettingsPatchSchema.parse({ theme: 'dark' })).toEqual({ theme: 'dark' });
    expect(SettingsPatchSchema.safeParse({ theme: 'sepia' }).success).toBe(false);
  });

  it('keeps every other setting when one changes through the IPC argument check', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitbrief-settings-'));
    dirs.push(dir);
    const settings = createSettings(new Conf<Record<string, unknown>>({ cwd: dir }));
    settings.update({ author: 'J. Analyst', lastBriefId: 'brief-1' });
    const [patch] = API_ARGS.updateSettings.parse([{ theme: 'dark' }]);
    expect(settings.update(patch)).toMatchObject({ author: 'J. Analyst', lastBriefId: 'brief-1', theme: 'dark' });
  });
});
