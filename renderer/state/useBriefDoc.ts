/**
 * The open brief: its undo history and its autosave. Every change saves itself ~400 ms after
 * the last keystroke; switching briefs or closing flushes what is pending first.
 */
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { Briefing } from '../../core/model/briefing.js';
import { bridge, errorText } from '../bridge.js';
import { emptyHistory, historyReducer } from './history.js';

const SAVE_DELAY_MS = 400;

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'error'; message: string };

export interface BriefDoc {
  brief: Briefing | null;
  canUndo: boolean;
  canRedo: boolean;
  save: SaveState;
  load(brief: Briefing | null): Promise<void>;
  edit(update: (brief: Briefing) => Briefing, key?: string): void;
  undo(): void;
  redo(): void;
  /** Writes any pending change now. */
  flush(): Promise<void>;
}

export function useBriefDoc(onSaved: () => void): BriefDoc {
  const [history, dispatch] = useReducer(historyReducer, emptyHistory);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const saved = useRef<Briefing | null>(null);
  const pending = useRef<Briefing | null>(null);
  const timer = useRef<number | null>(null);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const write = useCallback(async () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    const brief = pending.current;
    if (!brief || brief === saved.current) return;
    pending.current = null;
    try {
      const { savedAt } = await bridge().saveBrief(brief);
      saved.current = brief;
      setSave(pending.current ? { kind: 'saving' } : { kind: 'saved', at: savedAt });
      onSavedRef.current();
    } catch (error) {
      pending.current ??= brief;
      setSave({ kind: 'error', message: `Not saved: ${errorText(error)}` });
    }
  }, []);

  useEffect(() => {
    const brief = history.present;
    if (!brief || brief === saved.current) return;
    pending.current = brief;
    setSave({ kind: 'saving' });
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void write(), SAVE_DELAY_MS);
  }, [history.present, write]);

  useEffect(() => {
    const flushOnHide = () => {
      if (document.visibilityState === 'hidden') void write();
    };
    window.addEventListener('pagehide', flushOnHide);
    document.addEventListener('visibilitychange', flushOnHide);
    return () => {
      window.removeEventListener('pagehide', flushOnHide);
      document.removeEventListener('visibilitychange', flushOnHide);
    };
  }, [write]);

  const load = useCallback(
    async (brief: Briefing | null) => {
      await write();
      saved.current = brief;
      pending.current = null;
      dispatch({ type: 'load', brief });
      setSave({ kind: 'idle' });
    },
    [write],
  );
  const edit = useCallback((update: (brief: Briefing) => Briefing, key?: string) => dispatch({ type: 'edit', update, key, at: Date.now() }), []);
  const undo = useCallback(() => dispatch({ type: 'undo' }), []);
  const redo = useCallback(() => dispatch({ type: 'redo' }), []);

  return {
    brief: history.present,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    save,
    load,
    edit,
    undo,
    redo,
    flush: write,
  };
}
