import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './harness.js';
import { items, openWithEmptyBrief, pasteSeedAndAnalyse, pdfText } from './steps.js';

test('the exported PDF carries the analyst’s edits', async ({ page, harness }) => {
  await openWithEmptyBrief(harness);
  await pasteSeedAndAnalyse(page);
  await page.getByLabel('Brief title').fill('Kyiv strike: reactions and talks');
  const quote = items(page, 'Key quotes').first();
  await quote.click();
  await quote.getByRole('button', { name: 'Edit' }).click();
  await quote.getByLabel('Quoted words').fill('Edited quote for the export check');
  await quote.getByRole('button', { name: 'Save' }).click();
  // A quote whose words appear nowhere else in the brief, so its absence from the PDF means something.
  const rejectedText = 'The balls are clearly in the Russian court';
  const rejected = items(page, 'Key quotes').filter({ hasText: rejectedText });
  await rejected.click();
  await rejected.getByRole('button', { name: 'Reject' }).click();
  harness.savePath = join(harness.dir, 'brief.pdf');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(page.getByTestId('status-message')).toContainText(`Exported PDF to ${harness.savePath}`);
  const text = await pdfText(harness.savePath);
  expect(text).toContain('Edited quote for the export check');
  expect(text).toContain('Kyiv strike: reactions and talks');
  expect(text).not.toContain(rejectedText);
});

test('Markdown export from the menu, a cancelled save, and print', async ({ page, harness }) => {
  await openWithEmptyBrief(harness, 'Menu export');
  harness.savePath = join(harness.dir, 'out.md');
  await harness.menu('export-md');
  await expect(page.getByTestId('status-message')).toContainText(`Exported Markdown to ${harness.savePath}`);
  expect(await readFile(harness.savePath, 'utf8')).toContain('Menu export');
  harness.savePath = null;
  await page.getByRole('button', { name: 'DOCX' }).click();
  await expect(page.getByTestId('status-message')).toHaveText('Export cancelled.');
  await page.keyboard.press('Control+p');
  await expect(page.getByTestId('status-message')).toHaveText('Sent to the printer.');
  expect(harness.printed.map((b) => b.title)).toEqual(['Menu export']);
});
