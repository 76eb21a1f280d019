/**
 * Closing a window must not lose the last edit. The renderer autosaves after a short pause,
 * and a save sent while the page unloads can arrive after its frame is gone — when main's
 * sender check rightly refuses it. So the first close is held: main asks the renderer to
 * save what is pending (it then closes the window itself), and closes anyway after a grace
 * period so a hung page can never keep the window open.
 */
export interface ClosableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  isDestroyed(): boolean;
  destroy(): void;
}

export const CLOSE_GRACE_MS = 3000;

export function holdCloseUntilSaved(window: ClosableWindow, askToSave: () => void, graceMs = CLOSE_GRACE_MS): void {
  let asked = false;
  window.on('close', (event) => {
    // The second close comes from the renderer once it has saved, or from an impatient user.
    if (asked) return;
    asked = true;
    event.preventDefault();
    askToSave();
    const timer = setTimeout(() => {
      if (!window.isDestroyed()) window.destroy();
    }, graceMs);
    timer.unref?.();
  });
}
