/**
 * The desk: library rail, the brief as a memo, the sources panel, toolbar and status bar.
 * It owns the app's state and turns every user action, key and menu command into calls on
 * the brief's history (which autosaves) or on window.sitbrief.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import type { Briefing, SectionKey } from '../core/model/briefing.js';
import type { AppInfo, BriefListing, ExportFormat, IngestResult, MenuEvent, Settings, SettingsPatch } from '../core/ipc/contract.js';
import { bridge, errorText } from './bridge.js';
import { useBriefDoc } from './state/useBriefDoc.js';
import * as edits from './state/edits.js';
import { analysisOutcome } from './state/analysis-outcome.js';
import { BriefView } from './brief/BriefView.js';
import type { ItemAction } from './brief/ItemCard.js';
import { LibraryRail } from './library/LibraryRail.js';
import { useTextSearch } from './library/useTextSearch.js';
import { SourcesPanel, type ReadingFile, type SourceFailure } from './sources/SourcesPanel.js';
import { SettingsPanel } from './settings/SettingsPanel.js';
import { Toolbar } from './shell/Toolbar.js';
import { StatusBar, type StatusMessage } from './shell/StatusBar.js';
import { useTheme } from './shell/useTheme.js';
import { commandForKey, isTextField, type DeskCommand } from './shell/shortcuts.js';

interface Selection {
  key: SectionKey;
  id: string;
  cite: number;
}

const FORMAT_NAMES: Record<ExportFormat, string> = { pdf: 'PDF', docx: 'DOCX', md: 'Markdown' };

function kilobytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${Math.round(bytes / 1024)} KB`;
}

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [appInfo, setAppInfo] = useState<AppInfo | null>(null);
  const [listings, setListings] = useState<BriefListing[]>([]);
  const [query, setQuery] = useState('');
  const [selection, setSelection] = useState<Selection | null>(null);
  const [viewedSourceId, setViewedSourceId] = useState<string | null>(null);
  const [failures, setFailures] = useState<SourceFailure[]>([]);
  const [analysing, setAnalysing] = useState(false);
  const [busyText, setBusyText] = useState<string | null>(null);
  // Files being read right now, shown as rows in the source list until their result arrives.
  const [reading, setReading] = useState<ReadingFile[]>([]);
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [urlRequest, setUrlRequest] = useState(0);
  const [dropping, setDropping] = useState(false);
  const [ready, setReady] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const started = useRef(false);

  const refreshListings = useCallback(async () => setListings(await bridge().listBriefs()), []);
  const doc = useBriefDoc(() => void refreshListings());
  const brief = doc.brief;
  const briefRef = useRef<Briefing | null>(brief);
  briefRef.current = brief;
  const textMatches = useTextSearch(listings, query);
  useTheme(settings?.theme);

  const fail = useCallback((text: string) => setMessage({ kind: 'error', text }), []);
  const info = useCallback((text: string, action?: StatusMessage['action']) => setMessage({ kind: 'info', text, action }), []);

  const show = useCallback(
    async (next: Briefing | null) => {
      await doc.load(next);
      setSelection(null);
      setFailures([]);
      setViewedSourceId(next?.sources[0]?.id ?? null);
      setSettingsOpen(false);
    },
    [doc.load],
  );

  const openBrief = useCallback(
    async (id: string) => {
      if (briefRef.current?.id === id) {
        setSettingsOpen(false);
        return;
      }
      await doc.flush();
      const next = await bridge().getBrief(id);
      if (!next) return fail('That brief could not be opened: it is missing or damaged.');
      await show(next);
      await bridge().updateSettings({ lastBriefId: id });
    },
    [doc.flush, fail, show],
  );

  // First start: reopen the last brief, else the newest, else build the demo brief.
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void (async () => {
      try {
        const api = bridge();
        const [prefs, about, list] = await Promise.all([api.getSettings(), api.getAppInfo(), api.listBriefs()]);
        setSettings(prefs);
        setAppInfo(about);
        if (about.startupNotice) info(about.startupNotice);
        let first = prefs.lastBriefId ? await api.getBrief(prefs.lastBriefId) : null;
        if (!first && list[0]) first = await api.getBrief(list[0].id);
        if (!first && list.length === 0) {
          setBusyText('Preparing the demo brief…');
          first = await api.createDemoBrief();
          setBusyText(null);
          info('Welcome: this is a fictional demo brief. Create your own with New.');
        }
        await show(first);
        await refreshListings();
      } catch (error) {
        setBusyText(null);
        fail(`Could not start: ${errorText(error)}`);
      } finally {
        setReady(true);
      }
    })();
  }, [fail, info, refreshListings, show]);

  // Info fades after a while; errors and offers (like undoing a deletion) stay longer.
  useEffect(() => {
    if (!message) return;
    const timer = window.setTimeout(() => setMessage((m) => (m === message ? null : m)), message.kind === 'error' || message.action ? 30_000 : 10_000);
    return () => window.clearTimeout(timer);
  }, [message]);

  useEffect(() => {
    document.title = brief ? `${brief.title || 'Untitled brief'} — Sitbrief` : 'Sitbrief';
  }, [brief?.title]);

  // ——— items ———
  const onItem = useCallback(
    (key: SectionKey, id: string, action: ItemAction) => {
      switch (action.type) {
        case 'select': {
          const item = (briefRef.current?.[key] as { id: string; cites: { source: string }[] }[] | undefined)?.find((i) => i.id === id);
          setSelection({ key, id, cite: 0 });
          if (item?.cites[0]) setViewedSourceId(item.cites[0].source);
          return;
        }
        case 'status':
          return doc.edit((b) => edits.setItemStatus(b, key, id, action.status));
        case 'rewrite':
          return doc.edit((b) => edits.rewriteItem(b, key, id, action.values));
        case 'note':
          return doc.edit((b) => edits.setItemNote(b, key, id, action.note));
        case 'step':
          setFocusId(id);
          return doc.edit((b) => edits.stepItem(b, key, id, action.direction, (s) => s !== 'rejected'));
        case 'drop':
          return doc.edit((b) => edits.moveItem(b, key, id, (b[key] as { id: string }[]).findIndex((i) => i.id === action.beforeId)));
        case 'remove':
          return doc.edit((b) => edits.removeAnalystItem(b, key, id));
      }
    },
    [doc.edit],
  );
  const onAdd = useCallback((key: SectionKey, values: Record<string, string>) => doc.edit((b) => edits.addAnalystItem(b, key, crypto.randomUUID(), values)), [doc.edit]);
  const onMeta = useCallback(
    <F extends keyof edits.BriefMeta>(field: F, value: edits.BriefMeta[F]) => doc.edit((b) => edits.setMeta(b, field, value), `meta:${field}`),
    [doc.edit],
  );

  // ——— sources ———
  const takeResults = useCallback(
    (results: IngestResult[]) => {
      const added = results.flatMap((r) => (r.ok ? [r.source] : []));
      const failed = results.flatMap((r) => (r.ok ? [] : [{ id: crypto.randomUUID(), name: r.name, error: r.error }]));
      if (added.length > 0) {
        doc.edit((b) => edits.addSources(b, added));
        setViewedSourceId(added[0]!.id);
      }
      if (failed.length > 0) setFailures((f) => [...failed, ...f]);
      if (added.length > 0) info(`Added ${added.length} source${added.length === 1 ? '' : 's'}. Analyse to update the brief.`);
      else if (failed.length > 0) fail(`Could not add ${failed.map((f) => f.name).join(', ')}: ${failed[0]!.error}`);
      return added.length > 0;
    },
    [doc.edit, fail, info],
  );
  const withBusy = useCallback(async <T,>(text: string, run: () => Promise<T>): Promise<T | undefined> => {
    setBusyText(text);
    try {
      return await run();
    } catch (error) {
      fail(errorText(error));
      return undefined;
    } finally {
      setBusyText(null);
    }
  }, [fail]);

  const pasteSource = useCallback(
    async (text: string, title: string) => takeResults([(await withBusy('Reading the text…', () => bridge().ingestText(text, title))) ?? { ok: false, name: title || 'pasted text', error: 'it could not be read' }]),
    [takeResults, withBusy],
  );
  const pickFiles = useCallback(async () => {
    if (!briefRef.current) return;
    const results = await withBusy('Reading files…', () => bridge().pickSourceFiles());
    if (results && results.length > 0) takeResults(results);
  }, [takeResults, withBusy]);
  const fetchUrl = useCallback(
    async (url: string) => takeResults([(await withBusy(`Fetching ${url}…`, () => bridge().fetchUrl(url))) ?? { ok: false, name: url, error: 'it could not be fetched' }]),
    [takeResults, withBusy],
  );
  const dropFiles = useCallback(
    async (files: File[]) => {
      if (!briefRef.current || files.length === 0) return;
      const results = await withBusy(`Reading ${files.length} file${files.length === 1 ? '' : 's'}…`, () =>
        Promise.all(
          files.map(async (file): Promise<IngestResult> => {
            const row: ReadingFile = { id: crypto.randomUUID(), name: file.name, bytes: file.size };
            setReading((r) => [...r, row]);
            try {
              return await bridge().ingestFile(file.name, new Uint8Array(await file.arrayBuffer()));
            } catch (error) {
              return { ok: false, name: file.name, error: errorText(error) };
            } finally {
              setReading((r) => r.filter((x) => x.id !== row.id));
            }
          }),
        ),
      );
      if (results) takeResults(results);
    },
    [takeResults, withBusy],
  );

  const analyse = useCallback(async () => {
    const start = briefRef.current;
    if (!start || analysing || start.sources.length === 0) return;
    setAnalysing(true);
    setMessage(null);
    try {
      const result = await bridge().analyseBrief(start);
      if (!result.ok) return fail(`Analysis failed (${result.error}); the brief is unchanged.`);
      if (briefRef.current?.id === start.id) {
        // Untouched meanwhile: take the engine's update whole (it refreshes and orders items itself).
        doc.edit((current) => (current === start ? result.brief : current.id === start.id ? edits.mergeAnalysis(current, result.brief) : current));
      } else {
        // The analyst moved to another brief meanwhile: fold the result into the stored copy.
        const stored = await bridge().getBrief(start.id);
        if (stored) await bridge().saveBrief(edits.mergeAnalysis(stored, result.brief));
        void refreshListings();
      }
      info(analysisOutcome(result.brief, briefRef.current?.id === start.id ? 'Brief' : `“${start.title}”`));
    } catch (error) {
      fail(`Analysis failed (${errorText(error)}); the brief is unchanged.`);
    } finally {
      setAnalysing(false);
    }
  }, [analysing, doc.edit, fail, info, refreshListings]);

  // ——— library ———
  const newBrief = useCallback(async () => {
    const created = await withBusy('Creating a brief…', async () => {
      await doc.flush();
      return bridge().createBrief('Untitled brief');
    });
    if (!created) return;
    await show(created);
    await refreshListings();
    window.setTimeout(() => document.querySelector<HTMLElement>('.title-input')?.focus(), 0);
  }, [doc.flush, refreshListings, show, withBusy]);

  const duplicate = useCallback(async (id: string) => {
    const copy = await withBusy('Duplicating…', async () => {
      await doc.flush();
      return bridge().duplicateBrief(id);
    });
    if (!copy) return;
    await show(copy);
    await bridge().updateSettings({ lastBriefId: copy.id });
    await refreshListings();
    info(`Duplicated as “${copy.title}”.`);
  }, [doc.flush, info, refreshListings, show, withBusy]);

  const remove = useCallback(async (id: string) => {
    await doc.flush();
    const api = bridge();
    const gone = await api.getBrief(id);
    await api.deleteBrief(id);
    const list = await api.listBriefs();
    setListings(list);
    if (briefRef.current?.id === id) {
      const next = list[0] ? await api.getBrief(list[0].id) : null;
      await show(next);
      if (next) await api.updateSettings({ lastBriefId: next.id });
    }
    if (gone) {
      info(`Deleted “${gone.title}”.`, {
        label: 'Undo',
        run: () => void (async () => {
          await api.saveBrief(gone);
          await refreshListings();
          await show(gone);
          info(`Restored “${gone.title}”.`);
        })(),
      });
    }
  }, [doc.flush, info, refreshListings, show]);

  // ——— export, print, settings ———
  const exportAs = useCallback(async (format: ExportFormat) => {
    const current = briefRef.current;
    if (!current) return;
    const result = await withBusy(`Exporting ${FORMAT_NAMES[format]}…`, () => bridge().exportBrief(current, format));
    if (!result) return;
    if (result.ok) info(`Exported ${FORMAT_NAMES[format]} to ${result.path} (${kilobytes(result.bytes)}).`);
    else if (result.cancelled) info('Export cancelled.');
    else fail(`${FORMAT_NAMES[format]} export failed: ${result.error}`);
  }, [fail, info, withBusy]);

  const print = useCallback(async () => {
    const current = briefRef.current;
    if (!current) return;
    const result = await withBusy('Preparing to print…', () => bridge().printBrief(current));
    if (!result) return;
    if (result.ok) info('Sent to the printer.');
    else fail(`Printing failed: ${result.error}`);
  }, [fail, info, withBusy]);

  const changeSettings = useCallback((patch: SettingsPatch) => {
    setSettings((s) => (s ? { ...s, ...patch } : s));
    // The local state is already right; on failure, show what the store really holds.
    bridge().updateSettings(patch).catch(async (error) => {
      fail(`Settings not saved: ${errorText(error)}`);
      setSettings(await bridge().getSettings());
    });
  }, [fail]);

  // ——— commands from keys and the menu ———
  const run = useCallback((command: DeskCommand, briefId?: string) => {
    switch (command) {
      case 'new-brief': return void newBrief();
      case 'add-sources': return void pickFiles();
      case 'add-url': setSettingsOpen(false); return setUrlRequest((n) => n + 1);
      case 'export-pdf': return void exportAs('pdf');
      case 'export-docx': return void exportAs('docx');
      case 'export-md': return void exportAs('md');
      case 'print': return void print();
      case 'undo': return doc.undo();
      case 'redo': return doc.redo();
      case 'find': searchRef.current?.focus(); return searchRef.current?.select();
      case 'settings': return setSettingsOpen((open) => !open);
      case 'reanalyse':
      case 'analyse': return void analyse();
      case 'open-brief': return void (briefId && openBrief(briefId));
      // Main holds the window open until what is pending is saved, then the page closes it.
      case 'prepare-close': return void doc.flush().finally(() => window.close());
    }
  }, [analyse, doc.redo, doc.undo, exportAs, newBrief, openBrief, pickFiles, print]);
  const runRef = useRef(run);
  runRef.current = run;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = commandForKey(event);
      if (!command) return;
      event.preventDefault();
      runRef.current(command);
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = bridge().onMenuCommand((event: MenuEvent) => {
      // The menu's Undo/Redo accelerators swallow the key, so a text field's own undo is done here.
      if ((event.command === 'undo' || event.command === 'redo') && isTextField(document.activeElement)) {
        document.execCommand(event.command);
        return;
      }
      runRef.current(event.command, event.briefId);
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, []);

  // ——— drag and drop of files onto the window ———
  const dropProps = {
    onDragOver: (event: DragEvent) => {
      if (!event.dataTransfer.types.includes('Files')) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      setDropping(true);
    },
    onDragLeave: (event: DragEvent) => {
      if (event.relatedTarget === null) setDropping(false);
    },
    onDrop: (event: DragEvent) => {
      setDropping(false);
      if (!event.dataTransfer.types.includes('Files')) return;
      event.preventDefault();
      void dropFiles([...event.dataTransfer.files]);
    },
  };

  const selectedItem = useMemo(() => {
    if (!brief || !selection) return null;
    return (brief[selection.key] as { id: string; cites: { source: string; start: number; end: number }[] }[]).find((i) => i.id === selection.id) ?? null;
  }, [brief, selection]);
  const cites = selectedItem?.cites ?? [];
  const cite = cites[selection?.cite ?? 0] ?? null;
  const stepCite = useCallback((delta: -1 | 1) => {
    setSelection((s) => {
      if (!s) return s;
      const next = { ...s, cite: Math.max(0, Math.min(cites.length - 1, s.cite + delta)) };
      const target = cites[next.cite];
      if (target) setViewedSourceId(target.source);
      return next;
    });
  }, [cites]);

  return (
    <div className="desk" {...dropProps}>
      <Toolbar
        canUndo={doc.canUndo}
        canRedo={doc.canRedo}
        hasBrief={brief !== null}
        busy={busyText !== null}
        settingsOpen={settingsOpen}
        onUndo={doc.undo}
        onRedo={doc.redo}
        onExport={(f) => void exportAs(f)}
        onPrint={() => void print()}
        onSettings={() => setSettingsOpen((o) => !o)}
      />
      <LibraryRail
        ref={searchRef}
        listings={listings}
        query={query}
        textMatches={textMatches}
        currentId={brief?.id ?? null}
        onQuery={setQuery}
        onOpen={(id) => void openBrief(id)}
        onNew={() => void newBrief()}
        onDuplicate={(id) => void duplicate(id)}
        onDelete={(id) => void remove(id)}
      />
      <main className="document" aria-busy={!ready}>
        {settingsOpen && settings ? (
          <SettingsPanel settings={settings} appInfo={appInfo} onChange={changeSettings} onClose={() => setSettingsOpen(false)} />
        ) : brief ? (
          <BriefView
            brief={brief}
            selectedId={selection?.id ?? null}
            focusId={focusId}
            onMeta={onMeta}
            onItem={onItem}
            onAdd={onAdd}
            onNoteAdd={(text) => doc.edit((b) => edits.addNote(b, { id: crypto.randomUUID(), text, createdAt: new Date().toISOString() }))}
            onNoteEdit={(id, text) => doc.edit((b) => edits.editNote(b, id, text))}
            onNoteDelete={(id) => doc.edit((b) => edits.deleteNote(b, id))}
            onShowSource={setViewedSourceId}
          />
        ) : (
          ready && (
            <div className="empty-desk">
              <h1>No brief open</h1>
              <p>Start a new brief, then add the articles it should draw on.</p>
              <button type="button" className="primary" onClick={() => void newBrief()}>New brief</button>
            </div>
          )
        )}
      </main>
      {brief && (
        <SourcesPanel
          brief={brief}
          failures={failures}
          reading={reading}
          busy={busyText !== null}
          analysing={analysing}
          urlRequest={urlRequest}
          viewedSourceId={viewedSourceId}
          cite={cite}
          citeIndex={selection?.cite ?? 0}
          citeCount={cites.length}
          onCiteStep={stepCite}
          onView={setViewedSourceId}
          onDate={(id, date) => doc.edit((b) => edits.setSourceDate(b, id, date))}
          onCorrectText={(id, text) => doc.edit((b) => edits.correctSourceText(b, id, text))}
          onRemove={(id) => doc.edit((b) => edits.removeSource(b, id))}
          onOpenOrigin={(url) => void bridge().openExternal(url).then((opened) => opened || fail(`Not opened: ${url} is not a web address Sitbrief will open.`))}
          onDismissFailure={(id) => setFailures((f) => f.filter((x) => x.id !== id))}
          onAnalyse={() => void analyse()}
          onPaste={pasteSource}
          onPickFiles={() => void pickFiles()}
          onUrl={fetchUrl}
        />
      )}
      <StatusBar save={doc.save} message={message} busyText={analysing ? `Analysing ${brief?.sources.length ?? 0} source${brief?.sources.length === 1 ? '' : 's'}…` : busyText} />
      {dropping && <div className="drop-overlay" aria-hidden="true">Drop files to add them as sources</div>}
    </div>
  );
}
