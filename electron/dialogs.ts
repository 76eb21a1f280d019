/** The native open and save dialogs behind the `Dialogs` service, attached to our window. */
import { join } from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import { EXPORT_FILTERS, SOURCE_FILTERS } from './dialog-filters.js';
import type { Dialogs } from './services/api-handlers.js';

export function createDialogs(currentWindow: () => BrowserWindow | null, defaultDir: () => string): Dialogs {
  return {
    async pickSourceFiles() {
      const options = { title: 'Add sources', properties: ['openFile', 'multiSelections'] as Array<'openFile' | 'multiSelections'>, filters: SOURCE_FILTERS };
      const window = currentWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    async chooseSavePath(defaultName, format) {
      const options = { title: `Export ${format.toUpperCase()}`, defaultPath: join(defaultDir(), defaultName), filters: EXPORT_FILTERS[format] };
      const window = currentWindow();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
