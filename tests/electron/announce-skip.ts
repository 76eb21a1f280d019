/** Says once, in the run's output, why the whole suite is skipped (the list reporter hides skip reasons). */
import { binary, skipReason } from './launch.js';

export default function announceSkip(): void {
  if (binary === null) console.log(`\n_electron suite skipped — ${skipReason}\n`);
}
