/** Steps the specs share: seeding the library, adding the seed article, analysing, finding sections. */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect, type Harness } from './harness.js';
import { seedArticle, seedGold } from '../helpers/paths.js';

export interface GoldQuote {
  text: string;
  speaker: string;
  role?: string;
}

export async function goldQuotes(): Promise<GoldQuote[]> {
  return (JSON.parse(await readFile(seedGold, 'utf8')) as { quotes: GoldQuote[] }).quotes;
}

/** Puts an empty brief in the library before the app opens, so the first-run demo is skipped. */
export async function openWithEmptyBrief(harness: Harness, title = 'Kyiv strike brief'): Promise<void> {
  await harness.handlers.createBrief(title);
  await harness.open();
}

export async function pasteSource(page: Page, text: string, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Paste text' }).click();
  await page.getByLabel('Title (optional)').fill(title);
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Add source' }).click();
  await expect(page.getByRole('list', { name: 'Source list' }).getByRole('button', { name: title, exact: true })).toBeVisible();
}

export async function pasteSeedAndAnalyse(page: Page): Promise<void> {
  await pasteSource(page, await readFile(seedArticle, 'utf8'), 'Kyiv strike article');
  await page.getByRole('button', { name: 'Analyse', exact: true }).click();
  await expect(page.getByTestId('status-message')).toContainText('Brief updated', { timeout: 30_000 });
}

export function section(page: Page, name: string): Locator {
  return page.getByRole('region', { name: new RegExp(`^${name}`) });
}

/** The visible items of a section, as listitems. */
export function items(page: Page, name: string): Locator {
  return section(page, name).locator(':scope > ul.items > li.item');
}

export async function saved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An exported PDF's text, pages joined and whitespace collapsed, for "is this on paper" checks. */
export async function pdfText(path: string): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(await readFile(path)), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((i) => ('str' in i ? i.str : '')).join(' '));
  }
  await doc.destroy();
  return pages.join('\n').replace(/\s+/g, ' ');
}
