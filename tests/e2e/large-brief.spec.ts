/**
 * A brief of 500 quotes over 50 sources stays usable: long sections render in pages, and an
 * edit re-renders only what changed. Timings are printed (as annotations), never asserted.
 */
import { newBriefing } from '../../core/brief/create.js';
import type { Briefing, Quote, SourceDoc } from '../../core/model/briefing.js';
import { expect, test } from './harness.js';
import { items, saved, section } from './steps.js';

function largeBrief(): Briefing {
  const sources: SourceDoc[] = Array.from({ length: 50 }, (_, s) => {
    const text = Array.from({ length: 40 }, (_, p) => `Paragraph ${p + 1} of report ${s + 1}: "Statement ${s}-${p} about the crossing," said Official ${p}.`).join('\n\n');
    return { id: `src-${s}`, title: `Field report ${s + 1}`, origin: `report-${s + 1}.txt`, kind: 'text', publishedAt: '2025-04-24', byline: null, text, paragraphs: [], addedAt: new Date().toISOString(), addedInVersion: 1 };
  });
  const quotes: Quote[] = Array.from({ length: 500 }, (_, i) => {
    const source = sources[i % 50]!;
    const words = `Statement ${i % 50}-${Math.floor(i / 50)} about the crossing,`;
    const start = source.text.indexOf(words);
    return {
      id: `q-${i}`, text: words, speaker: { name: `Official ${Math.floor(i / 50)}`, role: 'spokesperson' },
      cites: [{ source: source.id, start, end: start + words.length }],
      status: 'draft', origin: 'engine', edited: false, note: null, addedInVersion: 1,
    };
  });
  return { ...newBriefing({ title: 'Large brief' }), version: 1, sources, quotes };
}

test('a 500-quote, 50-source brief renders in pages and stays responsive to edits', async ({ page, harness }) => {
  await harness.handlers.saveBrief(largeBrief());
  const t0 = Date.now();
  await harness.open();
  await expect(page.getByLabel('Brief title')).toHaveValue('Large brief');
  const openMs = Date.now() - t0;
  const quotes = items(page, 'Key quotes');
  await expect(quotes).toHaveCount(40);
  await expect(section(page, 'Key quotes').locator('h2')).toContainText('500');
  await expect(page.locator('.source-row')).toHaveCount(50);

  // Selecting a quote shows its span in its own source.
  await quotes.nth(7).click();
  await expect(page.locator('.source-viewer h3')).toHaveText('Field report 8');
  await expect(page.locator('mark.cited-span')).toHaveText('Statement 7-0 about the crossing,');

  const t1 = Date.now();
  await quotes.nth(7).getByRole('button', { name: 'Reject' }).click();
  await expect(quotes.nth(7).locator('.item-text')).toContainText('Statement 8-0');
  const rejectMs = Date.now() - t1;
  // Let the reject's autosave land first: on a loaded CI machine its re-render could move the
  // button between Playwright's stability check and the click.
  await saved(page);

  await section(page, 'Key quotes').getByRole('button', { name: /^Show 200 more of 459/ }).click();
  await expect(quotes).toHaveCount(240);
  const t2 = Date.now();
  await quotes.nth(200).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(quotes.nth(199)).toBeFocused();
  const moveMs = Date.now() - t2;
  await saved(page);
  test.info().annotations.push({ type: 'timing', description: `open ${openMs} ms, reject ${rejectMs} ms, move ${moveMs} ms (500 quotes, 50 sources)` });
  console.log(`large brief: open ${openMs} ms, reject ${rejectMs} ms, keyboard move ${moveMs} ms`);
});
