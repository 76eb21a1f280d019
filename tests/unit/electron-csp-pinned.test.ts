/** The renderer's meta-tag CSP and the header main sends are one policy, written twice: keep them equal. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { APP_CSP } from '../../electron/security/csp.js';
import { repoRoot } from '../helpers/paths.js';

it('index.html carries exactly the policy main sends as a header', () => {
  const html = readFileSync(join(repoRoot, 'renderer', 'index.html'), 'utf8');
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  expect(meta).toBe(APP_CSP);
});
