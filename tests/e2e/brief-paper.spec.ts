/**
 * The brief on screen reads like the PDF it prints as: title-case headings in the print blue,
 * the bottom line boxed, quotes and figures in ruled tables with the paper's column titles
 * and the citation in the source column. Also shoots the whole sheet in both themes into the
 * screenshots folder, to set beside the PDF's pages.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, test } from './harness.js';
import { SECTION_HEADINGS } from '../../core/export/layout.js';
import { COLUMNS, THEME } from '../../core/export/theme.js';

const OUT = process.env.SITBRIEF_SCREENSHOTS ?? join(tmpdir(), 'sitbrief-screens');
/** Height of one screenshot slice of the sheet, in CSS pixels. */
const SLICE = 1000;

/** "#1f3a5f" as the browser computes it: "rgb(31, 58, 95)". */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
}

const style = (locator: Locator, property: string): Promise<string> =>
  locator.evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);

test('the preview sets headings, bottom line and tables as the PDF does', async ({ page, harness }) => {
  await harness.open();
  const memo = page.getByRole('article', { name: 'Brief' });
  await expect(memo.getByRole('region', { name: /Key quotes/ }).getByRole('listitem').first()).toBeVisible();

  // Headings: the paper's words, in title case, unspaced, in the print blue.
  for (const heading of [SECTION_HEADINGS.bottomLine, SECTION_HEADINGS.situation, SECTION_HEADINGS.figures, SECTION_HEADINGS.quotes, SECTION_HEADINGS.sources]) {
    const h2 = memo.getByRole('heading', { level: 2, name: new RegExp(`^${heading}`) });
    await expect(h2).toBeVisible();
    expect(await style(h2, 'text-transform'), heading).toBe('none');
    expect(await style(h2, 'letter-spacing'), heading).toBe('normal');
    expect(await style(h2, 'color'), heading).toBe(rgb(THEME.accent));
  }

  // The bottom line: a tinted box with the heavier rule on its left, in regular weight.
  const box = memo.getByRole('region', { name: SECTION_HEADINGS.bottomLine }).getByRole('list');
  expect(await style(box, 'background-color')).toBe(rgb(THEME.fill));
  expect(await style(box, 'border-top-color')).toBe(rgb(THEME.accent));
  expect(parseFloat(await style(box, 'border-left-width'))).toBeGreaterThan(2 * parseFloat(await style(box, 'border-top-width')));
  expect(await style(box.locator('.item-text'), 'font-weight')).toBe('400');

  // Key quotes: the paper's column titles, then rows with the speaker left of the upright
  // quote on the same line and the citation under "Source".
  const quotes = memo.getByRole('region', { name: /Key quotes/ });
  const titles = quotes.locator('.memo-table-head .item-cell');
  await expect(titles).toHaveText([...COLUMNS.quotes]);
  const row = quotes.getByRole('listitem').first();
  const speaker = (await row.locator('.item-lead').boundingBox())!;
  const words = (await row.locator('.item-text').boundingBox())!;
  const cite = (await row.locator('.cite-marker').boundingBox())!;
  const quoteTitle = (await titles.nth(1).boundingBox())!;
  const sourceTitle = (await titles.nth(2).boundingBox())!;
  expect(speaker.x + speaker.width).toBeLessThan(words.x);
  expect(Math.abs(speaker.y - words.y)).toBeLessThan(2);
  expect(Math.abs(words.x - quoteTitle.x)).toBeLessThan(1);
  expect(Math.abs(cite.x - sourceTitle.x)).toBeLessThan(1);
  expect(await style(row.locator('.item-text'), 'font-style')).toBe('normal');
  await expect(row.locator('.item-text')).toHaveText(/^“.+”\[\d+(, \d+)*\]$/);

  // Figures: four columns, the counted thing and the place/time beside the figure.
  const figures = memo.getByRole('region', { name: /Key facts and figures/ });
  await expect(figures.locator('.memo-table-head .item-cell')).toHaveText([...COLUMNS.figures]);
  const cells = figures.getByRole('listitem').first().locator('.item-cell');
  await expect(cells).toHaveCount(3);
  const [first, second, third] = await Promise.all([0, 1, 2].map(async (i) => (await cells.nth(i).boundingBox())!));
  expect(first!.x < second!.x && second!.x < third!.x).toBe(true);
});

const SHOTS = [
  { theme: 'light', width: 1440, name: 'light' },
  { theme: 'dark', width: 1440, name: 'dark' },
  { theme: 'light', width: 1100, name: 'narrow' },
] as const;

for (const { theme, width, name } of SHOTS) {
  test(`screenshot of the whole sheet (${name})`, async ({ page, harness }) => {
    await harness.handlers.updateSettings({ theme });
    // Tall enough that the whole sheet is on screen at once.
    await page.setViewportSize({ width, height: 5200 });
    await harness.open();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await page.evaluate(() => document.fonts.ready);
    const memo = page.getByRole('article', { name: 'Brief' });
    // A note on a quote, printed under the quote's words as on paper; the next quote selected.
    const quotes = memo.getByRole('region', { name: /Key quotes/ }).getByRole('listitem');
    await quotes.nth(0).click();
    await quotes.nth(0).getByRole('button', { name: 'Note' }).click();
    await quotes.nth(0).getByLabel('Note').fill('Check the wording against the ministry transcript.');
    await quotes.nth(0).getByRole('button', { name: 'Save note' }).click();
    await expect(quotes.nth(0).locator('.item-main .item-note')).toHaveText('Note: Check the wording against the ministry transcript.');
    await quotes.nth(1).click();
    await memo.screenshot({ path: join(OUT, `brief-paper-${name}.png`) });
    // And in page-sized slices, which an image viewer shows at full size.
    const sheet = (await memo.boundingBox())!;
    for (let top = 0, n = 1; top < sheet.height; top += SLICE, n++) {
      const clip = { x: sheet.x, y: sheet.y + top, width: sheet.width, height: Math.min(SLICE, sheet.height - top) };
      await page.screenshot({ path: join(OUT, `brief-paper-${name}-${n}.png`), clip });
    }
  });
}
