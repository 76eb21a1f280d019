/** Paths tests share: the repo root and the evaluation data beside it (../shared/data). */
import { join } from 'node:path';

export const repoRoot = join(import.meta.dirname, '..', '..');
export const sharedData = join(repoRoot, '..', 'shared', 'data');
export const seedArticle = join(sharedData, 'dev', 'kyiv-strike.txt');
export const seedGold = join(sharedData, 'dev', 'kyiv-strike.gold.json');
