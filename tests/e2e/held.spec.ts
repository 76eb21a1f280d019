/**
 * The draft length in the editor: a brief over a dozen real articles keeps its best quotes in
 * the draft and lists the rest under "N more found — show"; the analyst adds one to the brief
 * (by mouse, then by keyboard after an undo) and the exported PDF carries it, not the others.
 * Also leaves a screenshot of the open list in the temp folder for a person to look at.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newBriefing } from '../../core/brief/create.js';
import { draftCap } from '../../core/brief/draft-length.js';
import { sourceFromText } from '../../core/ingest/index.js';
import type { Briefing } from '../../core/model/briefing.js';
import { sharedData } from '../helpers/paths.js';
import { expect, test } from './harness.js';
import { escapeRegExp, items, pdfText, saved, section } from './steps.js';

const ARTICLES = 12;
const SHOTS = process.env.SITBRIEF_SCREENSHOTS ?? join(tmpdir(), 'sitbrief-screens');

async function campaignBrief(): Promise<Briefing> {
  const lines = (await readFile(join(sharedData, 'polnear-dev.jsonl'), 'utf8')).split('\n').filter(Boolean).slice(0, ARTICLES);
  const sources = lines.map((line) => {
    const article = JSON.parse(line) as { title: string; text: string; date: string };
    return sourceFromText(article.text, { origin: `${article.title}.txt`, kind: 'text', publishedAt: article.date });
  });
  return { ...newBriefing({ title: 'Campaign coverage' }), sources };
}

const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();

test('held-back quotes: listed apart, added to the brief by mouse and keyboard, undoable, and printed once added', async ({ page, harness }) => {
  // Analysis of a dozen articles, two PDF read-backs and two axe passes: slow on a shared machine.
  test.setTimeout(150_000);
  const brief = await campaignBrief();
  await harness.handlers.saveBrief(brief);
  await harness.open();
  await page.getByRole('button', { name: 'Analyse', exact: true }).click();
  await expect(page.getByTestId('status-message')).toContainText('Brief updated', { timeout: 30_000 });

  const cap = draftCap('quotes', ARTICLES);
  const quotes = items(page, 'Key quotes');
  await expect(quotes).toHaveCount(cap);
  const toggle = section(page, 'Key quotes').locator('button.held-toggle');
  await expect(toggle).toHaveText(/^\d+ more found — show$/);
  await expect(toggle).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  const heldCount = Number(/^(\d+)/.exec((await toggle.textContent()) ?? '')?.[1]);
  expect(heldCount).toBeGreaterThan(0);

  await page.evaluate(() => document.fonts.ready);
  await toggle.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: join(SHOTS, 'held-toggle.png') });
  await toggle.click();
  const held = page.getByRole('list', { name: /^Key quotes: \d+ more found/ });
  await expect(held.getByRole('listitem')).toHaveCount(Math.min(heldCount, 40));
  await toggle.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: join(SHOTS, 'held-quotes.png') });
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
    const { violations } = await new AxeBuilder({ page }).include('.held-items').analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id), theme).toEqual([]);
    if (theme === 'dark') await page.screenshot({ path: join(SHOTS, 'held-quotes-dark.png') });
  }
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
  await page.setViewportSize({ width: 1100, height: 800 });
  await toggle.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: join(SHOTS, 'held-quotes-narrow.png') });
  await page.setViewportSize({ width: 1440, height: 900 });

  // A held finding shows where it came from like any other.
  const first = held.getByRole('listitem').first();
  await first.locator('button.held-text').click();
  await expect(page.locator('mark.cited-span')).toBeVisible();
  await expect(first).toHaveClass(/is-selected/);

  // Add the first held quote with the mouse: it joins the draft, focus moves to the next one.
  const added = flat((await first.locator('.held-main').textContent()) ?? '').replace(/^“|”$/g, '');
  await first.getByRole('button', { name: /^Add to brief/ }).click();
  await expect(quotes).toHaveCount(cap + 1);
  await expect(quotes.filter({ hasText: new RegExp(escapeRegExp(added.slice(0, 60))) })).toHaveCount(1);
  await expect(toggle).toHaveText(`Hide the ${heldCount - 1} more found`);
  await expect(held.getByRole('listitem').first().getByRole('button', { name: /^Add to brief/ })).toBeFocused();

  // One undo step puts it back among the held; the keyboard adds it again.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(quotes).toHaveCount(cap);
  await expect(toggle).toHaveText(`Hide the ${heldCount} more found`);
  const again = held.getByRole('listitem').first().getByRole('button', { name: /^Add to brief/ });
  await again.focus();
  await page.keyboard.press('Enter');
  await expect(quotes).toHaveCount(cap + 1);
  await saved(page);

  // The stored brief: the added quote is the analyst's now; a quote still held is one to look for in vain.
  const stored = (await harness.handlers.getBrief(brief.id))!;
  const mine = stored.quotes.find((q) => flat(q.text) === added)!;
  expect(mine).toMatchObject({ status: 'accepted', held: false });
  const printedWords = [stored.summary, stored.claims, stored.questions].flat().filter((i) => !i.held).map((i) => i.text).join(' ');
  const stillHeld = stored.quotes.find((q) => q.held && q.text.length > 30 && !printedWords.includes(q.text))!;
  expect(stillHeld).toBeDefined();

  harness.savePath = join(harness.dir, 'campaign.pdf');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(page.getByTestId('status-message')).toContainText(`Exported PDF to ${harness.savePath}`);
  const text = await pdfText(harness.savePath);
  expect(text).toContain(added);
  expect(text).not.toContain(flat(stillHeld.text));
});
