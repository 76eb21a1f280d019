/**
 * The brief preview is set in the PDF's own Roboto files (served from the build, allowed by
 * font-src 'self'), while the app's chrome and the controls on the sheet keep the system font.
 * The harness fails the test on any console error, so a CSP refusal of the font fails it too.
 */
import { expect, test } from './harness.js';

const FAMILY = 'Sitbrief Brief';

/** The first family name the element's computed font-family asks for, unquoted. */
async function firstFamily(locator: import('@playwright/test').Locator): Promise<string> {
  const family = await locator.evaluate((el) => getComputedStyle(el).fontFamily);
  return family.split(',')[0]!.trim().replace(/^"|"$/g, '');
}

test('the brief preview renders in the PDF font; the chrome stays in the system font', async ({ page, harness }) => {
  await harness.open();
  await expect(page.getByLabel('Brief title')).not.toHaveValue('');
  await page.evaluate(() => document.fonts.ready);

  // Faces the page actually drew with have loaded: regular text and the Medium headings.
  const loaded = await page.evaluate(() =>
    [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family.replace(/"/g, '')} ${f.weight} ${f.style}`),
  );
  expect(loaded).toEqual(expect.arrayContaining([`${FAMILY} 100 499 normal`, `${FAMILY} 500 900 normal`]));
  expect(await page.evaluate((f) => document.fonts.check(`15px "${f}"`), FAMILY)).toBe(true);

  const memo = page.getByRole('article', { name: 'Brief' });
  const printed = {
    marking: memo.locator('.marking-banner').first(),
    title: page.getByLabel('Brief title'),
    preparedFor: memo.getByLabel('Prepared for'),
    heading: memo.getByRole('heading', { name: /Key quotes/ }),
    item: memo.getByRole('region', { name: /Key quotes/ }).getByRole('listitem').first().locator('.item-text'),
    dtg: memo.getByLabel('Date-time group'),
  };
  for (const [name, locator] of Object.entries(printed)) {
    expect(await firstFamily(locator), name).toBe(FAMILY);
  }

  const chrome = {
    toolbar: page.getByRole('button', { name: 'Settings' }),
    sectionTool: memo.getByRole('button', { name: /Add/ }).first(),
    sourceList: page.getByRole('list', { name: 'Source list' }),
  };
  for (const [name, locator] of Object.entries(chrome)) {
    expect(await firstFamily(locator), name).not.toBe(FAMILY);
  }
});
