/** The native open and save dialogs behind the `Dialogs` service, attached to our window. */
import { join } from 'node:path';
import { dialog, type BrowserWindow, type FileFilter } from 'electron';
import type { ExportFormat } from '../core/ipc/contract.js';
import type { Dialogs } from './services/api-handlers.js';

export const SOURCE_FILTERS: FileFilter[] = [
  { name: 'Sources', extensions: ['txt', 'md', 'html', 'htm', 'pdf', 'docx'] },
  { name: 'All files', extensions: ['*'] },
];

export const EXPORT_FILTERS: Record<ExportFormat, FileFilter[]> = {
  pdf: [{ name: 'PDF document', extensions: ['pdf'] }],
  docx: [{ name: 'Word document', extensions: ['docx'] }],
  md: [{ name: 'Markdown', extensions: ['md'] }],
};

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
