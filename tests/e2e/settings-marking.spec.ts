/**
 * The default marking in Settings: a list of the standard markings plus "Custom…" with a text
 * field, used from the keyboard alone, saved at once, shown again after a reload and given to
 * new briefs.
 */
import AxeBuilder from '@axe-core/playwright';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './harness.js';
import { MARKINGS } from '../../renderer/brief/markings.js';
import { openWithEmptyBrief } from './steps.js';

test('the default marking is chosen from the standard list or typed as a custom marking, by keyboard', async ({ page, harness }) => {
  await openWithEmptyBrief(harness);
  await page.getByRole('button', { name: 'Settings' }).click();
  const marking = page.getByRole('combobox', { name: 'Default marking' });
  const custom = page.getByRole('textbox', { name: 'Custom marking' });
  await expect(marking.locator('option')).toHaveText([...MARKINGS, 'Custom…']);
  await expect(marking).toHaveValue('OFFICIAL');
  await expect(custom).toHaveCount(0);

  // Type-ahead on the focused list picks "Custom…"; focus stays on the list, the field follows it.
  await marking.focus();
  await page.keyboard.type('C');
  await expect(marking.locator('option:checked')).toHaveText('Custom…');
  await expect(marking).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(custom).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('nato restricted');
  await expect(custom).toHaveValue('NATO RESTRICTED');
  await expect.poll(async () => (await harness.handlers.getSettings()).defaultMarking).toBe('NATO RESTRICTED');
  const { violations } = await new AxeBuilder({ page }).include('.settings-panel').analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: join(process.env.SITBRIEF_SCREENSHOTS ?? join(tmpdir(), 'sitbrief-screens'), 'light-settings-custom-marking.png') });

  // A custom marking comes back as custom, and new briefs carry it.
  await harness.open();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(marking.locator('option:checked')).toHaveText('Custom…');
  await expect(custom).toHaveValue('NATO RESTRICTED');
  await page.getByRole('button', { name: 'Back to brief' }).click();
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'New' }).click();
  await expect(page.getByLabel('Brief title')).toHaveValue('Untitled brief');
  await expect(page.getByLabel('Marking', { exact: true })).toHaveValue('NATO RESTRICTED');

  // Back to a standard marking from the keyboard: the field goes away, the choice is saved.
  await page.getByRole('button', { name: 'Settings' }).click();
  await marking.focus();
  await page.keyboard.type('S');
  await expect(marking).toHaveValue('SECRET');
  await expect(custom).toHaveCount(0);
  await expect.poll(async () => (await harness.handlers.getSettings()).defaultMarking).toBe('SECRET');
});
