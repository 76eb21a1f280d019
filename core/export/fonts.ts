/**
 * The PDF's fonts: Roboto from `assets/fonts` (or a folder the caller names), checked once per
 * folder. pdfmake reads them from disk, and only these files: the document may reach nothing else.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TFontDictionary } from 'pdfmake/interfaces.js';
import { assetsDir } from '../assets.js';
import { THEME } from './theme.js';

/** Roboto ships no Bold; Medium is its bold weight. */
const FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

export interface PdfFontSet {
  fonts: TFontDictionary;
  /** The four font paths: pdfmake's local access policy allows these and nothing more. */
  files: ReadonlySet<string>;
}

const cache = new Map<string, PdfFontSet>();

export function defaultFontDir(): string {
  return join(assetsDir(), 'fonts');
}

export function pdfFonts(fontDir: string = defaultFontDir()): PdfFontSet {
  const dir = resolve(fontDir);
  const known = cache.get(dir);
  if (known) return known;
  const path = (name: string): string => {
    const file = join(dir, name);
    if (!existsSync(file)) throw new Error(`The PDF font ${name} is missing from ${dir}`);
    return file;
  };
  const family = { normal: path(FILES.normal), bold: path(FILES.bold), italics: path(FILES.italics), bolditalics: path(FILES.bolditalics) };
  const set: PdfFontSet = { fonts: { [THEME.font]: family }, files: new Set(Object.values(family)) };
  cache.set(dir, set);
  return set;
}
