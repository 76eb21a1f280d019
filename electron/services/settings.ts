/** User settings, validated on every read so a hand-edited file cannot break the app. */
import { SettingsSchema, type Settings, type SettingsPatch } from '../../core/ipc/contract.js';
import type { KeyValueStore } from './kv-store.js';

const SETTINGS_KEY = 'settings';

export interface SettingsService {
  get(): Settings;
  update(patch: SettingsPatch): Settings;
}

export function createSettings(store: KeyValueStore): SettingsService {
  const get = (): Settings => {
    const parsed = SettingsSchema.safeParse(store.get(SETTINGS_KEY) ?? {});
    return parsed.success ? parsed.data : SettingsSchema.parse({});
  };
  return {
    get,
    update(patch) {
      const next = SettingsSchema.parse({ ...get(), ...patch });
      store.set(SETTINGS_KEY, next);
      return next;
    },
  };
}
