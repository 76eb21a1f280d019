/** Screenshots of every main view in light and dark, into the temp folder, for a person to look at. */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './harness.js';

const OUT = process.env.SITBRIEF_SCREENSHOTS ?? join(tmpdir(), 'sitbrief-screens');

for (const theme of ['light', 'dark'] as const) {
  test(`screenshots of the main views (${theme})`, async ({ page, harness }) => {
    await harness.handlers.updateSettings({ theme });
    await harness.open();
    await expect(page.getByLabel('Brief title')).not.toHaveValue('');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    // The brief is set in the PDF's Roboto: shoot once the faces have loaded, not the fallback.
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(OUT, `${theme}-brief-top.png`) });
    const firstQuote = page.getByRole('region', { name: /Key quotes/ }).getByRole('listitem').first();
    await firstQuote.click();
    await expect(page.locator('mark.cited-span')).toBeVisible();
    await page.screenshot({ path: join(OUT, `${theme}-brief.png`) });
    await firstQuote.getByRole('button', { name: 'Reject' }).click();
    await page.getByRole('region', { name: /Key quotes/ }).getByRole('button', { name: /Show rejected/ }).click();
    const second = page.getByRole('region', { name: /Key quotes/ }).getByRole('listitem').nth(1);
    await second.click();
    await second.getByRole('button', { name: 'Edit' }).click();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.screenshot({ path: join(OUT, `${theme}-review-narrow.png`) });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.screenshot({ path: join(OUT, `${theme}-settings.png`) });
    await page.getByRole('button', { name: 'Back to brief' }).click();
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await expect(page.getByLabel('Brief title')).toHaveValue('Untitled brief');
    await page.getByRole('button', { name: 'Paste text' }).click();
    await page.screenshot({ path: join(OUT, `${theme}-new-brief.png`) });
  });
}
