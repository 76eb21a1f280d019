import { expect, test } from './harness.js';
import { items, openWithEmptyBrief, pasteSource, saved } from './steps.js';

function library(page: import('@playwright/test').Page) {
  return page.getByRole('navigation', { name: 'Library' });
}

test('edits autosave and survive a reload, which reopens the last brief', async ({ page, harness }) => {
  await harness.handlers.createBrief('Older brief');
  await openWithEmptyBrief(harness, 'Working brief');
  await page.getByLabel('Brief title').fill('Ceasefire talks — week 3');
  await page.getByLabel('Prepared for').fill('Director, Eastern Europe');
  await page.getByLabel('Marking').fill('official-sensitive');
  await expect(page.getByTestId('save-state')).toHaveText(/Saving…|Saved/);
  await saved(page);
  await page.reload();
  await expect(page.getByLabel('Brief title')).toHaveValue('Ceasefire talks — week 3');
  await expect(page.getByLabel('Prepared for')).toHaveValue('Director, Eastern Europe');
  await expect(page.getByLabel('Marking')).toHaveValue('OFFICIAL-SENSITIVE');
  await expect(page.locator('.marking-banner').first()).toHaveText('OFFICIAL-SENSITIVE');
  await expect(library(page).getByRole('button', { name: /Ceasefire talks — week 3/ })).toHaveAttribute('aria-current', 'page');
  // The library lists both, the last changed first.
  await expect(library(page).locator('.brief-title')).toHaveText(['Ceasefire talks — week 3', 'Older brief']);
  expect(harness.calls).not.toContain('createDemoBrief');
});

test('settings persist across a reload and shape new briefs', async ({ page, harness }) => {
  await openWithEmptyBrief(harness);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Author (prepared by)').fill('J. Analyst');
  await page.getByLabel('Default marking').selectOption('SECRET');
  await page.getByLabel('Summary length').selectOption('long');
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(async () => (await harness.handlers.getSettings()).author).toBe('J. Analyst');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.keyboard.press('Control+,');
  await expect(page.getByLabel('Author (prepared by)')).toHaveValue('J. Analyst');
  await expect(page.getByLabel('Summary length')).toHaveValue('long');
  await page.getByRole('button', { name: 'Back to brief' }).click();
  await library(page).getByRole('button', { name: 'New' }).click();
  await expect(page.getByLabel('Brief title')).toHaveValue('Untitled brief');
  await expect(page.getByLabel('Prepared by')).toHaveValue('J. Analyst');
  await expect(page.getByLabel('Marking')).toHaveValue('SECRET');
  await expect(page.locator('select[id$="-length"]').first()).toHaveValue('8');
});

test('library search finds briefs by title, source title and source text', async ({ page, harness }) => {
  await harness.handlers.createBrief('Grain corridor');
  await openWithEmptyBrief(harness, 'Energy grid');
  await pasteSource(page, 'Engineers restored power to the substation near Odesa after repairs overnight.', 'Substation repairs');
  await saved(page);
  const search = page.getByLabel('Search briefs');
  const titles = library(page).locator('.brief-title');
  await expect(titles).toHaveCount(2);
  await page.keyboard.press('Control+f');
  await expect(search).toBeFocused();
  await search.fill('grain');
  await expect(titles).toHaveText(['Grain corridor']);
  await search.fill('substation rep');
  await expect(titles).toHaveText(['Energy grid']);
  await search.fill('odesa');
  await expect(titles).toHaveText(['Energy grid']);
  await search.fill('no such words anywhere');
  await expect(titles).toHaveCount(0);
  await expect(library(page)).toContainText('No brief matches.');
  await search.press('Escape');
  await expect(titles).toHaveCount(2);
});

test('delete offers undo; duplicate opens the copy', async ({ page, harness }) => {
  await harness.handlers.createBrief('Keep me');
  await openWithEmptyBrief(harness, 'Delete me');
  await library(page).getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByLabel('Brief title')).toHaveValue('Delete me (copy)');
  await expect(library(page).locator('.brief-title')).toHaveCount(3);
  await library(page).getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(library(page).locator('.brief-title')).toHaveCount(2);
  await expect(page.getByTestId('status-message')).toContainText('Deleted “Delete me (copy)”');
  await page.getByTestId('status-message').getByRole('button', { name: 'Undo' }).click();
  await expect(library(page).locator('.brief-title')).toHaveCount(3);
  await expect(page.getByLabel('Brief title')).toHaveValue('Delete me (copy)');
  expect((await harness.handlers.listBriefs()).map((l) => l.title).sort()).toEqual(['Delete me', 'Delete me (copy)', 'Keep me']);
});

test('menu commands reach the desk: new brief, open brief, settings, find', async ({ page, harness }) => {
  const other = await harness.handlers.createBrief('Opened from the menu');
  await openWithEmptyBrief(harness, 'Start');
  await harness.menu('new-brief');
  await expect(page.getByLabel('Brief title')).toHaveValue('Untitled brief');
  await harness.menu('open-brief', other.id);
  await expect(page.getByLabel('Brief title')).toHaveValue('Opened from the menu');
  await harness.menu('settings');
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await harness.menu('settings');
  await harness.menu('find');
  await expect(page.getByLabel('Search briefs')).toBeFocused();
  await harness.menu('add-url');
  await expect(page.getByLabel('Web address')).toBeFocused();
  // Undo from the menu walks back the brief's edits (not across briefs) when no text field has focus.
  await page.getByLabel('Brief title').fill('Renamed');
  await page.getByRole('heading', { name: 'Briefs' }).click();
  await harness.menu('undo');
  await expect(page.getByLabel('Brief title')).toHaveValue('Opened from the menu');
  await harness.menu('redo');
  await expect(page.getByLabel('Brief title')).toHaveValue('Renamed');
  expect(await items(page, 'Key quotes').count()).toBe(0);
});
