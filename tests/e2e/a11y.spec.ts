import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './harness.js';
import { items, section } from './steps.js';

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation on the main views (${theme})`, async ({ page, harness }) => {
    test.setTimeout(150_000);
    await harness.handlers.updateSettings({ theme });
    await harness.open();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(items(page, 'Key quotes').first()).toBeVisible();

    // The brief with an item selected (actions shown, cited span highlighted).
    const quote = items(page, 'Key quotes').first();
    await quote.click();
    await expect(page.locator('mark.cited-span')).toBeVisible();
    expect(await seriousViolations(page), 'brief view').toEqual([]);

    // An item being edited, a rejected item shown, an "add" form open.
    await quote.getByRole('button', { name: 'Reject' }).click();
    await section(page, 'Key quotes').getByRole('button', { name: /Show rejected/ }).click();
    await items(page, 'Open questions').first().click();
    await items(page, 'Open questions').first().getByRole('button', { name: 'Edit' }).click();
    await section(page, 'Actors').getByRole('button', { name: 'Add actor' }).click();
    expect(await seriousViolations(page), 'editing').toEqual([]);

    await page.getByRole('button', { name: 'Settings' }).click();
    expect(await seriousViolations(page), 'settings').toEqual([]);

    await page.getByRole('button', { name: 'Back to brief' }).click();
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'New', exact: true }).click();
    await page.getByRole('button', { name: 'Paste text' }).click();
    harness.pickPaths = ['/nonexistent/file.txt'];
    await page.getByRole('button', { name: 'Add files…' }).click();
    await expect(page.locator('.source-row.failed')).toHaveCount(1);
    expect(await seriousViolations(page), 'new brief with a failed source').toEqual([]);
  });
}
