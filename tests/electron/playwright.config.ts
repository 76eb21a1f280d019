import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts$/,
  // Each test starts its own Electron app; two cores are shared, so one at a time.
  workers: 1,
  reporter: 'list',
  globalSetup: './announce-skip.ts',
  timeout: 90_000,
  expect: { timeout: 20_000 },
});
