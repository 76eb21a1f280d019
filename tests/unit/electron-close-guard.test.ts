/** A closing window is held until the renderer has saved, and never held forever. */
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdCloseUntilSaved } from '../../electron/window/close-guard.js';

class FakeWindow extends EventEmitter {
  destroyed = false;
  isDestroyed(): boolean { return this.destroyed; }
  destroy(): void { this.destroyed = true; }
  /** Emits 'close' as Electron does; returns whether the close went ahead. */
  tryClose(): boolean {
    let prevented = false;
    this.emit('close', { preventDefault: () => { prevented = true; } });
    return !prevented;
  }
}

afterEach(() => vi.useRealTimers());

describe('holdCloseUntilSaved', () => {
  it('holds the first close and asks the renderer to save', () => {
    const window = new FakeWindow();
    const ask = vi.fn();
    holdCloseUntilSaved(window, ask);
    expect(window.tryClose()).toBe(false);
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('lets the renderer’s own close through once it has saved', () => {
    const window = new FakeWindow();
    holdCloseUntilSaved(window, () => undefined);
    window.tryClose();
    expect(window.tryClose()).toBe(true);
  });

  it('closes anyway after the grace period when the page never answers', () => {
    vi.useFakeTimers();
    const window = new FakeWindow();
    holdCloseUntilSaved(window, () => undefined, 3000);
    window.tryClose();
    vi.advanceTimersByTime(2999);
    expect(window.destroyed).toBe(false);
    vi.advanceTimersByTime(1);
    expect(window.destroyed).toBe(true);
  });
});
