import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { hardenWebContents } from '../../electron/security/harden-contents.js';

type OpenHandler = (details: { url: string }) => { action: string };

class FakeContents extends EventEmitter {
  openHandler: OpenHandler | null = null;
  setWindowOpenHandler(handler: OpenHandler) {
    this.openHandler = handler;
  }
}

function fakeEvent() {
  const event = { prevented: false, preventDefault() { event.prevented = true; } };
  return event;
}

function setup() {
  const contents = new FakeContents();
  const opened: string[] = [];
  const logged: string[] = [];
  hardenWebContents(contents as unknown as WebContents, {
    openInBrowser: async (url) => { opened.push(url); return true; },
    log: (m) => logged.push(m),
  });
  return { contents, opened, logged };
}

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])('prevents %s', (name) => {
    const { contents, logged } = setup();
    const event = fakeEvent();
    contents.emit(name, event, 'https://evil.example/');
    expect(event.prevented).toBe(true);
    expect(logged).toHaveLength(1);
  });

  it('holds subframe navigation and leaves the top frame to will-navigate', () => {
    const { contents, logged } = setup();
    const sub = { ...fakeEvent(), isMainFrame: false, url: 'https://evil.example/' };
    sub.preventDefault = () => { sub.prevented = true; };
    contents.emit('will-frame-navigate', sub);
    expect(sub.prevented).toBe(true);
    const top = { ...fakeEvent(), isMainFrame: true, url: 'app://sitbrief/index.html' };
    top.preventDefault = () => { top.prevented = true; };
    contents.emit('will-frame-navigate', top);
    expect(top.prevented).toBe(false);
    expect(logged).toEqual(['blocked frame navigation to https://evil.example/']);
  });

  it('denies every new window and hands the link to the external-URL gate', () => {
    const { contents, opened } = setup();
    expect(contents.openHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.org/', 'file:///etc/passwd']);
  });
});
