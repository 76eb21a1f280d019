import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './harness.js';
import { items, openWithEmptyBrief, pasteSeedAndAnalyse, pasteSource, saved } from './steps.js';
import { seedArticle } from '../helpers/paths.js';

test('a source that cannot be read shows its error on its own row, and the brief stays as it was', async ({ page, harness }) => {
  await openWithEmptyBrief(harness);
  await pasteSeedAndAnalyse(page);
  await saved(page);
  const [listing] = await harness.handlers.listBriefs();
  const before = await harness.handlers.getBrief(listing!.id);
  const empty = join(harness.dir, 'empty.txt');
  const odd = join(harness.dir, 'scan.pdf');
  await writeFile(empty, '');
  await writeFile(odd, Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
  harness.pickPaths = [empty, odd];
  await page.getByRole('button', { name: 'Add files…' }).click();
  const failed = page.locator('.source-row.failed');
  await expect(failed).toHaveCount(2);
  await expect(failed.filter({ hasText: 'empty.txt' })).toContainText('Could not add:');
  await expect(failed.filter({ hasText: 'scan.pdf' })).toContainText('Could not add:');
  await expect(page.getByTestId('status-message')).toContainText('Could not add');
  await expect(page.locator('.source-row:not(.failed)')).toHaveCount(1);
  await page.waitForTimeout(600);
  const after = await harness.handlers.getBrief(listing!.id);
  expect(after?.sources.map((s) => s.id)).toEqual(before?.sources.map((s) => s.id));
  expect(after?.quotes).toEqual(before?.quotes);
  await failed.first().getByRole('button', { name: /Dismiss error/ }).click();
  await expect(failed).toHaveCount(1);
});

test('files dropped on the window are added as sources; a second analysis marks new items', async ({ page, harness }) => {
  await openWithEmptyBrief(harness);
  await pasteSeedAndAnalyse(page);
  const quotesBefore = await items(page, 'Key quotes').count();
  const text = 'Officials in Brussels said on Friday that 40 interceptors would be delivered. "We will not wait for the next attack," said Kaja Kallas, the EU foreign policy chief.';
  const drop = await page.evaluateHandle((body) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([body], 'brussels-update.txt', { type: 'text/plain' }));
    return transfer;
  }, text);
  await page.locator('.document').dispatchEvent('dragover', { dataTransfer: drop });
  await page.locator('.document').dispatchEvent('drop', { dataTransfer: drop });
  const rows = page.locator('.source-row:not(.failed)');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('not analysed');
  await page.getByRole('button', { name: 'Update brief' }).click();
  await expect(page.getByTestId('status-message')).toContainText('Brief updated');
  await expect(items(page, 'Key quotes')).toHaveCount(quotesBefore + 1);
  const fresh = items(page, 'Key quotes').filter({ hasText: 'We will not wait for the next attack' });
  await expect(fresh.locator('.badge-new')).toHaveText('new');
  await expect(items(page, 'Key quotes').first().locator('.badge-new')).toHaveCount(0);
  expect(harness.calls).toContain('ingestFile');
});

test('the publication date of a source can be set', async ({ page, harness }) => {
  await openWithEmptyBrief(harness);
  await pasteSource(page, await readFile(seedArticle, 'utf8'), 'Seed');
  await page.getByLabel('Publication date of Seed').fill('2025-04-24');
  await saved(page);
  const [listing] = await harness.handlers.listBriefs();
  expect((await harness.handlers.getBrief(listing!.id))?.sources[0]?.publishedAt).toBe('2025-04-24');
});

test('analysis shows its progress, and a failed analysis leaves the brief as it was and says why', async ({ page, harness }) => {
  await openWithEmptyBrief(harness);
  await pasteSeedAndAnalyse(page);
  const quotes = await items(page, 'Key quotes').allTextContents();
  let release!: () => void;
  harness.analyseGate = new Promise((resolve) => (release = resolve));
  harness.analyseError = 'the analysis worker stopped';
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('button', { name: 'Analysing…' })).toBeDisabled();
  await expect(page.getByRole('progressbar', { name: 'Analysing sources' })).toBeVisible();
  await expect(page.getByTestId('status-message')).toHaveText('Analysing 1 source…');
  release();
  await expect(page.getByTestId('status-message')).toContainText('Analysis failed (the analysis worker stopped); the brief is unchanged.');
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(items(page, 'Key quotes')).toHaveText(quotes);
  await expect(page.getByRole('button', { name: 'Update brief' })).toBeEnabled();
});

test('a dropped file shows a "Reading…" row with its size until the ingester answers', async ({ page, harness }) => {
  await openWithEmptyBrief(harness);
  // Hold the ingest call so the in-between state can be seen.
  let release = () => {};
  harness.gates.ingestFile = new Promise<void>((go) => { release = go; });
  const drop = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['Officials said on Monday that the bridge would reopen. '.repeat(2000)], 'long-report.txt', { type: 'text/plain' }));
    return transfer;
  });
  await page.locator('.document').dispatchEvent('dragover', { dataTransfer: drop });
  await page.locator('.document').dispatchEvent('drop', { dataTransfer: drop });
  const reading = page.locator('.source-row.reading');
  await expect(reading).toHaveCount(1);
  await expect(reading).toContainText('long-report.txt');
  await expect(reading).toContainText('Reading… 107 KB');
  await expect(reading.getByRole('progressbar', { name: 'Reading long-report.txt' })).toBeVisible();
  release();
  await expect(reading).toHaveCount(0);
  await expect(page.locator('.source-row:not(.failed)')).toHaveCount(1);
  await expect(page.locator('.source-row').first()).toContainText('not analysed');
});
