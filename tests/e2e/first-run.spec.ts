import { expect, test } from './harness.js';
import { DEMO_TITLE } from '../../core/brief/demo.js';

test('first run opens the demo brief, built by the real engine, and lists it in the library', async ({ page, harness }) => {
  await harness.open();
  const title = page.getByLabel('Brief title');
  await expect(title).toHaveValue(DEMO_TITLE);
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: new RegExp(DEMO_TITLE.slice(0, 20)) })).toBeVisible();
  // Both demo articles are sources, and the engine's summary gave the memo a bottom line.
  await expect(page.getByRole('list', { name: 'Source list' }).getByRole('listitem')).toHaveCount(2);
  const bottomLine = page.getByRole('region', { name: 'Bottom line' }).getByRole('listitem');
  await expect(bottomLine).toHaveCount(1);
  expect(harness.calls).toContain('createDemoBrief');
});
