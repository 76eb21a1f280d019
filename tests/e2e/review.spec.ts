import { expect, test } from './harness.js';
import { escapeRegExp, goldQuotes, items, openWithEmptyBrief, pasteSeedAndAnalyse, saved, section } from './steps.js';

test.describe('reviewing the seed article', () => {
  test.beforeEach(async ({ page, harness }) => {
    await openWithEmptyBrief(harness);
    await pasteSeedAndAnalyse(page);
  });

  test('analysis shows every gold quote with its speaker', async ({ page }) => {
    const gold = await goldQuotes();
    const quotes = items(page, 'Key quotes');
    await expect(quotes).toHaveCount(gold.length);
    for (const quote of gold) {
      const row = quotes.filter({ has: page.locator('.item-text', { hasText: new RegExp(`^“${escapeRegExp(quote.text.slice(0, 30))}`) }) });
      await expect(row, quote.text).toHaveCount(1);
      await expect(row.locator('.item-meta')).toContainText(quote.speaker);
    }
  });

  test('an item can be rewritten, and the rewrite is marked edited and autosaved', async ({ page, harness }) => {
    const first = items(page, 'Key quotes').first();
    await first.click();
    await first.getByRole('button', { name: 'Edit' }).click();
    await first.getByLabel('Quoted words').fill('Rewritten by the analyst');
    await first.getByLabel('Role').fill('President of the United States');
    await first.getByRole('button', { name: 'Save' }).click();
    await expect(first).toContainText('Rewritten by the analyst');
    await expect(first).toContainText('President of the United States');
    await expect(first.locator('.badge', { hasText: 'edited' })).toBeVisible();
    await saved(page);
    const [listing] = await harness.handlers.listBriefs();
    const stored = await harness.handlers.getBrief(listing!.id);
    expect(stored?.quotes[0]).toMatchObject({ text: 'Rewritten by the analyst', edited: true, speaker: { role: 'President of the United States' } });
  });

  test('a rejected item hides behind "Show rejected" and can be restored', async ({ page }) => {
    const quotes = items(page, 'Key quotes');
    const count = await quotes.count();
    const text = (await quotes.nth(1).locator('.item-text').textContent())!;
    await quotes.nth(1).click();
    await quotes.nth(1).getByRole('button', { name: 'Reject' }).click();
    await expect(quotes).toHaveCount(count - 1);
    await expect(quotes.filter({ hasText: text })).toHaveCount(0);
    const toggle = section(page, 'Key quotes').getByRole('button', { name: 'Show rejected (1)' });
    await toggle.click();
    const rejected = section(page, 'Key quotes').locator('.rejected-list li');
    await expect(rejected).toContainText(text.slice(1, 20));
    await rejected.getByRole('button', { name: 'Restore' }).click();
    await expect(quotes).toHaveCount(count);
    await expect(section(page, 'Key quotes').getByRole('button', { name: /Show rejected/ })).toHaveCount(0);
  });

  test('keyboard reordering keeps focus, and undo/redo walk it back and forth', async ({ page }) => {
    const quotes = items(page, 'Key quotes');
    const before = await quotes.locator('.item-text').allTextContents();
    await quotes.nth(2).focus();
    await page.keyboard.press('Alt+ArrowUp');
    const moved = [before[0], before[2], before[1], ...before.slice(3)];
    await expect(quotes.locator('.item-text')).toHaveText(moved as string[]);
    await expect(quotes.nth(1)).toBeFocused();
    await page.keyboard.press('Alt+ArrowUp');
    await expect(quotes.first().locator('.item-text')).toHaveText(before[2]!);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect(quotes.locator('.item-text')).toHaveText(before as string[]);
    await page.keyboard.press('Control+Shift+z');
    await expect(quotes.locator('.item-text')).toHaveText(moved as string[]);
    await page.keyboard.press('Control+y');
    await expect(quotes.first().locator('.item-text')).toHaveText(before[2]!);
    // Undo also reaches rewrites, through the toolbar.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(quotes.locator('.item-text')).toHaveText(moved as string[]);
  });

  test('an item can be dragged to a new place by its handle', async ({ page }) => {
    const quotes = items(page, 'Key quotes');
    const before = await quotes.locator('.item-text').allTextContents();
    await quotes.nth(3).locator('.drag-handle').dragTo(quotes.nth(0));
    await expect(quotes.locator('.item-text')).toHaveText([before[3]!, before[0]!, before[1]!, before[2]!, ...before.slice(4)]);
    await page.keyboard.press('Control+z');
    await expect(quotes.locator('.item-text')).toHaveText(before);
  });

  test('everything on an item is reachable from the keyboard', async ({ page }) => {
    const quote = items(page, 'Key quotes').nth(1);
    await quote.focus();
    await page.keyboard.press('Tab');
    await expect(quote.getByRole('button', { name: 'Accept' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(quote.locator('.badge-accepted')).toBeVisible();
    await quote.focus();
    await page.keyboard.press('e');
    await expect(quote.getByLabel('Quoted words')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(quote).toBeFocused();
    await page.keyboard.press('r');
    await expect(items(page, 'Key quotes')).toHaveCount((await goldQuotes()).length - 1);
  });

  test('clicking an item highlights its cited span in the source viewer', async ({ page }) => {
    const gold = await goldQuotes();
    const target = gold.find((q) => q.text.length > 40)!;
    await items(page, 'Key quotes').filter({ hasText: target.text.slice(0, 30) }).click();
    const mark = page.locator('.source-viewer mark.cited-span');
    await expect(mark).toBeVisible();
    await expect(mark).toContainText(target.text.slice(0, 30));
    await expect(mark).toBeInViewport();
    // A summary sentence cites a different span, and the highlight follows the selection.
    await items(page, 'Bottom line').first().click();
    const bottom = (await items(page, 'Bottom line').first().locator('.item-text').textContent())!.replace(/\[\d+(, \d+)*\]$/, '');
    await expect(mark).toContainText(bottom.slice(0, 25));
  });

  test('the analyst corrects a source\'s text; cites follow their words, it persists, and undo restores it', async ({ page, harness }) => {
    const gold = await goldQuotes();
    const target = gold.find((q) => q.text.length > 40)!;
    const quote = items(page, 'Key quotes').filter({ hasText: target.text.slice(0, 30) });
    await quote.click();
    const viewer = page.locator('.source-viewer');
    await viewer.getByRole('button', { name: 'Edit text' }).click();
    const editor = viewer.getByRole('textbox');
    const original = await editor.inputValue();
    const inserted = 'A paragraph the page reader had dropped, restored by the analyst.\n';
    await editor.fill(inserted + original);
    await viewer.getByRole('button', { name: 'Save text' }).click();
    await expect(viewer.getByText('A paragraph the page reader had dropped')).toBeVisible();
    await quote.click();
    await expect(page.locator('.source-viewer mark.cited-span')).toHaveText(target.text);
    await saved(page);
    const [listing] = await harness.handlers.listBriefs();
    const stored = await harness.handlers.getBrief(listing!.id);
    const source = stored!.sources[0]!;
    expect(source.text.startsWith('A paragraph the page reader had dropped')).toBe(true);
    const cite = stored!.quotes.find((q) => q.text === target.text)!.cites[0]!;
    expect(source.text.slice(cite.start, cite.end)).toBe(target.text);
    // One undo step takes the correction back, redo brings it again.
    await page.keyboard.press('Control+z');
    await expect(viewer.getByText('A paragraph the page reader had dropped')).toHaveCount(0);
    await page.keyboard.press('Control+Shift+z');
    await expect(viewer.getByText('A paragraph the page reader had dropped')).toBeVisible();
    // "Saved" still shows from the save before the undo, so wait for the store itself.
    await expect.poll(async () => (await harness.handlers.getBrief(listing!.id))?.sources[0]?.text.startsWith('A paragraph the page')).toBe(true);
    await page.reload();
    await items(page, 'Key quotes').filter({ hasText: target.text.slice(0, 30) }).click();
    await expect(page.locator('.source-viewer').getByText('A paragraph the page reader had dropped')).toBeVisible();
    await expect(page.locator('.source-viewer mark.cited-span')).toHaveText(target.text);
  });

  test('the analyst adds an item and a note of their own', async ({ page, harness }) => {
    const questions = section(page, 'Open questions');
    const before = await items(page, 'Open questions').count();
    // On a loaded CI machine the first click, right after the analysis lands, was once lost (the
    // button kept focus but no form opened: seen 1 run in 5); wait for the autosave, then retry the click.
    await saved(page);
    await expect(async () => {
      await questions.getByRole('button', { name: 'Add question' }).first().click({ timeout: 2_000 });
      await expect(questions.getByLabel('Question', { exact: true })).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 15_000 });
    await questions.getByLabel('Question', { exact: true }).fill('Will the talks resume before the summit?');
    await questions.getByRole('button', { name: 'Add question' }).last().click();
    await expect(items(page, 'Open questions')).toHaveCount(before + 1);
    const added = items(page, 'Open questions').last();
    await expect(added).toContainText('Will the talks resume before the summit?');
    await expect(added.locator('.badge', { hasText: 'analyst' })).toBeVisible();
    await added.click();
    await added.getByRole('button', { name: 'Note' }).click();
    await added.getByLabel('Note', { exact: true }).fill('Ask the embassy.');
    await added.getByRole('button', { name: 'Save note' }).click();
    await expect(added.locator('.item-note')).toHaveText('Note: Ask the embassy.');
    await saved(page);
    const [listing] = await harness.handlers.listBriefs();
    const stored = await harness.handlers.getBrief(listing!.id);
    expect(stored?.questions.at(-1)).toMatchObject({ origin: 'analyst', note: 'Ask the embassy.', text: 'Will the talks resume before the summit?' });

    // A note on the brief as a whole, in the Analyst notes section.
    const notes = page.getByRole('region', { name: /^Analyst notes/ });
    await notes.getByRole('button', { name: 'Add note' }).click();
    await notes.getByLabel('Note', { exact: true }).fill('Brief the minister before Thursday.');
    await notes.getByRole('button', { name: 'Add note' }).last().click();
    await expect(notes.locator('li .item-text')).toHaveText(['Brief the minister before Thursday.']);
    await saved(page);
    expect((await harness.handlers.getBrief(listing!.id))?.notes.map((n) => n.text)).toEqual(['Brief the minister before Thursday.']);
  });
});
