import type { PrintResult } from '../../core/ipc/contract.js';

/** Turns Electron's print callback into a PrintResult the UI can show. */
export function printOutcome(success: boolean, failureReason: string): PrintResult {
  if (success) return { ok: true };
  if (failureReason === 'cancelled') return { ok: false, error: 'Printing was cancelled.' };
  return { ok: false, error: `Printing failed: ${failureReason || 'the printer reported an error'}.` };
}
