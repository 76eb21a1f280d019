/**
 * The printed brief's look, shared by the PDF, the DOCX and the print HTML so the three read
 * as one document: a restrained memo palette (near-black ink, one dark blue for hierarchy)
 * and one clean sans (Roboto, which covers Cyrillic and accented Latin).
 */
export const THEME = {
  font: 'Roboto',
  ink: '#1b1f24',
  accent: '#1f3a5f',
  muted: '#5b6470',
  rule: '#c9ced6',
  fill: '#eef1f5',
  /** Sizes in points. */
  size: { title: 19, heading: 12.5, body: 10, table: 9, small: 8.5, marking: 9 },
  /** Column widths in points for the PDF's tables (A4 with 62 pt side margins leaves ~471 pt). */
  cols: { cite: 46 },
} as const;

export { COLUMNS } from '../model/item-text.js';
