import { describe, expect, it, vi } from 'vitest';
import { API_CHANNELS, type SitbriefApi } from '../../core/ipc/contract.js';
import { newBriefing } from '../../core/brief/create.js';
import { isAppUrl, isTrustedSender, registerApi, type InvokeEventLike } from '../../electron/ipc/register-api.js';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

function fakeIpc() {
  const listeners = new Map<string, Listener>();
  return {
    listeners,
    handle(channel: string, listener: Listener) {
      if (listeners.has(channel)) throw new Error(`second handler for ${channel}`);
      listeners.set(channel, listener);
    },
    invoke(channel: string, event: InvokeEventLike, ...args: unknown[]) {
      const listener = listeners.get(channel);
      if (!listener) throw new Error(`no handler for ${channel}`);
      return listener(event, ...args);
    },
  };
}

function fakeHandlers() {
  const calls: Array<[string, unknown[]]> = [];
  const handlers = new Proxy({} as SitbriefApi, {
    get: (_target, method: string) => async (...args: unknown[]) => {
      calls.push([method, args]);
      return `${method} done`;
    },
  });
  return { calls, handlers };
}

const ours: InvokeEventLike = { sender: { id: 7 }, senderFrame: { url: 'app://sitbrief/index.html' } };
const trustedIds = new Set([7]);

function setup() {
  const ipc = fakeIpc();
  const { calls, handlers } = fakeHandlers();
  registerApi(ipc, handlers, (event) => isTrustedSender(event, trustedIds));
  return { ipc, calls };
}

describe('registerApi', () => {
  it('registers exactly one handler per contract channel', () => {
    const { ipc } = setup();
    expect([...ipc.listeners.keys()].sort()).toEqual(Object.values(API_CHANNELS).sort());
  });

  it('passes valid calls from our window to the handler with parsed arguments', async () => {
    const { ipc, calls } = setup();
    await expect(ipc.invoke('library:get', ours, 'brief-1')).resolves.toBe('getBrief done');
    const brief = newBriefing({ title: 'Test brief' });
    await expect(ipc.invoke('export:save', ours, brief, 'pdf')).resolves.toBe('exportBrief done');
    expect(calls.map(([m]) => m)).toEqual(['getBrief', 'exportBrief']);
    expect(calls[1]?.[1]?.[1]).toBe('pdf');
  });

  it.each([
    ['wrong type', 'library:get', [42]],
    ['missing argument', 'library:get', []],
    ['extra argument', 'library:list', ['surprise']],
    ['empty id', 'library:delete', ['']],
    ['unknown export format', 'export:save', [newBriefing({ title: 'x' }), 'exe']],
    ['not a brief', 'library:save', [{ id: 'x', title: 'no sources' }]],
    ['file bytes as a string', 'sources:ingestFile', ['a.txt', 'not bytes']],
    ['settings with a bad theme', 'settings:update', [{ theme: 'neon' }]],
  ])('rejects invalid arguments: %s', async (_name, channel, args) => {
    const { ipc, calls } = setup();
    await expect(ipc.invoke(channel, ours, ...args)).rejects.toThrow(/refused: invalid arguments/);
    expect(calls).toEqual([]);
  });

  it.each([
    ['a window that is not ours', { sender: { id: 99 }, senderFrame: { url: 'app://sitbrief/index.html' } }],
    ['our window showing a file: page', { sender: { id: 7 }, senderFrame: { url: 'file:///tmp/evil.html' } }],
    ['our window showing a web page', { sender: { id: 7 }, senderFrame: { url: 'https://evil.example/' } }],
    ['a look-alike app host', { sender: { id: 7 }, senderFrame: { url: 'app://sitbrief.evil/index.html' } }],
    ['the print page host', { sender: { id: 7 }, senderFrame: { url: 'app://print/0.html' } }],
    ['a destroyed frame', { sender: { id: 7 }, senderFrame: null }],
  ])('rejects calls from %s', async (_name, event) => {
    const { ipc, calls } = setup();
    await expect(ipc.invoke('library:list', event)).rejects.toThrow(/did not come from a Sitbrief window/);
    expect(calls).toEqual([]);
  });

  it('checks the sender before looking at arguments', async () => {
    const isTrusted = vi.fn(() => false);
    const ipc = fakeIpc();
    registerApi(ipc, fakeHandlers().handlers, isTrusted);
    await expect(ipc.invoke('library:get', ours, 42)).rejects.toThrow(/did not come from/);
    expect(isTrusted).toHaveBeenCalledOnce();
  });
});

describe('isAppUrl', () => {
  it('accepts only the app origin', () => {
    expect(isAppUrl('app://sitbrief/index.html#/brief/1')).toBe(true);
    expect(isAppUrl('app://sitbrief')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('http://sitbrief/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});
