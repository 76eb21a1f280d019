/** File-type filters for the native dialogs: what "Add sources" offers, and one per export format. */
import type { FileFilter } from 'electron';
import type { ExportFormat } from '../core/ipc/contract.js';

export const SOURCE_FILTERS: FileFilter[] = [
  { name: 'Sources', extensions: ['txt', 'md', 'html', 'htm', 'pdf', 'docx'] },
  { name: 'All files', extensions: ['*'] },
];

export const EXPORT_FILTERS: Record<ExportFormat, FileFilter[]> = {
  pdf: [{ name: 'PDF document', extensions: ['pdf'] }],
  docx: [{ name: 'Word document', extensions: ['docx'] }],
  md: [{ name: 'Markdown', extensions: ['md'] }],
};
