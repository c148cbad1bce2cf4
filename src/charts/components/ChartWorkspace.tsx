/**
 * The chart maker's page once it knows which chart to open: data in, a run
 * chart or SPC chart out, saved in this browser as the person works. View
 * code only: parsing, rules, words and storage live in ../data, ../rules,
 * ../maker and src/storage.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { documentFaultText } from '../../storage/messages';
import { download } from '../../site/browser/download';
import { clockTime, plural } from '../../site/lib/format';
import { notesToAnnotations, readData, rowsRead } from '../maker/read-data';
import { CHART_KEY_PREFIX, findDamaged, openChartStore, type DamagedCopy } from '../maker/chart-store';
import { MAX_TITLE, UNTITLED, type ChartDoc } from '../maker/model';
import type { ChartShareProblem, DecodedChart } from '../maker/share';
import { DataInput } from './DataInput';
import { SavedCharts } from './SavedCharts';
import { NOT_LOADED, useLoaded } from './use-loaded';
import { ChartPending } from './ChartPending';
import { useSaveSoon } from './use-save-soon';
import { openOrStart, type Opened } from '../maker/open';
import type { ImportOutcome } from '../maker/keep-imported';
import '../components/ChartMaker.scss';

/** Loaded when used: export and import, and the panel for damaged saved charts (shown only when there are some). */
const transfer = () => import('../maker/transfer');
const importing = () => import('../maker/keep-imported');
const damagedPanel = () => import('../components/DamagedCharts');
/**
 * The rules, the drawing, the options and the share link, loaded once there are points to draw. Asked for once (again
 * only after a failed fetch, so the chart can come back without a reload when the connection does), and first while the
 * workspace's first render runs, so a saved or shared chart's code is fetched as the page opens, not once it is drawn.
 */
let panelsLoading: Promise<typeof import('../components/ChartPanels')> | undefined;
export const chartPanels = () => {
  if (!panelsLoading) (panelsLoading = import('../components/ChartPanels')).catch(() => (panelsLoading = undefined));
  return panelsLoading;
};

/** A chart's name from a file's: "falls 2026.xlsx" becomes "falls 2026". */
const fileTitle = (name: string) => name.replace(/\.[^.]*$/, '').trim().slice(0, MAX_TITLE) || 'Imported chart';

export interface ChartWorkspaceProps {
  /** The chart link in the address, read; null when there is none. */
  shared: DecodedChart | null;
  /** What each problem with a chart link means (loaded with the link's code). */
  problems: Record<ChartShareProblem, string> | null;
}

export function ChartWorkspace({ shared, problems }: ChartWorkspaceProps) {
  const store = useMemo(openChartStore, []);
  // Damaged charts are set aside first, so the page never opens a blank chart while one sits unread.
  const [damaged, setDamaged] = useState(() => findDamaged(store));
  const [open, setOpen] = useState<Opened>(() => openOrStart(store, shared));
  const [saved, setSaved] = useState(() => store.list());
  const [note, setNote] = useState<string | null>(null);
  const [titleText, setTitleText] = useState(open.doc.title);
  const read = useMemo(() => readData(open.doc.data), [open.doc.data]);
  const rows = useMemo(() => rowsRead(read), [read]);
  const { id, doc } = open;
  const drawing = rows.points.length > 0;
  if (drawing) void chartPanels();
  const panels = useLoaded(chartPanels, drawing);
  const Panels = panels.mod?.ChartPanels;

  const persist = (next: Opened): Opened => {
    if (next.shared || next.readOnly) return next;
    const { fault, stored } = store.save(next.id, next.doc);
    // The saved list is patched, not read again: reading every saved chart on each keystroke cost more than drawing 1,000 points.
    if (!fault) setSaved((list) => [stored, ...list.filter((s) => s.id !== stored.id)]);
    return { ...next, faults: fault ? [fault] : [], savedAt: fault ? null : stored.updatedAt };
  };
  // A change is drawn first and saved when the browser is idle; the status says "Saved" once it is.
  const saving = useSaveSoon<Opened>((next) => {
    if (next.shared || next.readOnly) return;
    const done = persist(next);
    setOpen((o) => (o.id === done.id && !o.readOnly ? { ...o, faults: done.faults, savedAt: done.savedAt } : o));
  });
  const change = (patch: Partial<ChartDoc>, message = '') => {
    setNote(message || null);
    setOpen((o) => {
      const next = { ...o, doc: { ...o.doc, ...patch } };
      if (next.doc.data.trim() || o.savedAt) saving.soon(next);
      return next;
    });
  };
  const show = (next: Opened) => {
    saving.now();
    setOpen(next);
    setTitleText(next.doc.title);
  };

  useEffect(
    () =>
      store.onOtherTab((c) => {
        setSaved(store.list());
        if (c.id !== id && c.id !== '*') return;
        if (c.kind === 'changed') {
          saving.drop();
          show({ ...open, doc: c.stored.doc, savedAt: c.stored.updatedAt });
          setNote('This chart was changed in another tab or window. This page now shows the latest version.');
        } else if (c.kind === 'removed') {
          setOpen((o) => ({ ...o, savedAt: null }));
          setNote(
            'This chart was deleted in another tab or window, or this browser’s storage was cleared. It is still on this page, and will be saved again if you change it.',
          );
        } else {
          setOpen((o) => ({ ...o, readOnly: true, faults: [{ kind: 'newer-version', version: c.version }] }));
        }
      }),
    [store, id, open],
  );

  const Damaged = useLoaded(damagedPanel, damaged.copies.length > 0).mod?.DamagedCharts;
  // Said beside the import control, where the person is looking, not in the status line at the top.
  const [imported, setImported] = useState<ImportOutcome | null>(null);
  const importFile = async (file: File) => {
    saving.now();
    setImported(null);
    let read: [Awaited<ReturnType<typeof importing>>, string];
    try {
      read = await Promise.all([importing(), file.text()]);
    } catch {
      setImported({
        error: true,
        text: `${file.name} could not be read, or this part of the page could not be loaded. Check your connection, reload the page and try again.`,
      });
      return;
    }
    const [{ importChartsFile }, text] = read;
    setImported(importChartsFile(store, text, file.name));
    setSaved(store.list());
  };

  const status = open.readOnly
    ? 'Not saved: a newer version of QI Hub saved this chart, so this page shows it but will not change it.'
    : open.shared
      ? 'This chart was shared with you. It is not saved in this browser unless you save it.'
      : open.faults.length
        ? 'Not saved in this browser. Your chart stays on this page until you close it.'
        : open.savedAt
          ? `Saved in this browser at ${clockTime(open.savedAt)}.`
          : 'Your chart is saved in this browser as soon as it has data.';

  return (
    <div class="app-chart-maker">
      {open.shareProblem && problems && (
        <div class="nhsuk-error-summary" role="alert" tabIndex={-1}>
          <h2 class="nhsuk-error-summary__heading">The shared chart could not be opened</h2>
          <div class="nhsuk-error-summary__body">
            <p>{problems[open.shareProblem]}</p>
          </div>
        </div>
      )}
      {open.faults.map((f) => {
        const t = documentFaultText(f, 'chart');
        return (
          <div class="nhsuk-warning-callout" role="alert" key={f.kind}>
            <h2 class="nhsuk-warning-callout__label">
              <span>
                <span class="nhsuk-u-visually-hidden">Important: </span>
                {t.heading}
              </span>
            </h2>
            <p>{t.body}</p>
          </div>
        );
      })}
      {Damaged && (
        <Damaged
          fault={damaged.fault}
          copies={damaged.copies}
          onDownload={(c, n) => download(`damaged-chart-${n}.txt`, c.raw, 'text/plain')}
          onDiscard={(c: DamagedCopy) => {
            if (c.key.startsWith(CHART_KEY_PREFIX)) store.discard(c.key.slice(CHART_KEY_PREFIX.length));
            else store.discardKeptAside(c.key);
            setDamaged((d) => ({ ...d, copies: findDamaged(store).copies }));
            setNote('The damaged chart was discarded.');
          }}
        />
      )}
      <div class="nhsuk-form-group app-no-print">
        <label class="nhsuk-label nhsuk-label--s" for="chart-title">
          Chart name
        </label>
        <input
          class="nhsuk-input"
          id="chart-title"
          maxLength={MAX_TITLE}
          value={titleText}
          readOnly={open.readOnly}
          onInput={(e) => {
            setTitleText(e.currentTarget.value);
            change({ title: e.currentTarget.value.trim() || UNTITLED });
          }}
        />
      </div>
      <p class="app-chart-status app-no-print" role="status">
        {status} {note}
      </p>
      {open.shared && (
        <button
          type="button"
          class="nhsuk-button app-no-print"
          onClick={() => {
            history.replaceState(null, '', location.pathname + location.search);
            show(persist({ ...open, shared: false }));
          }}
        >
          Save this chart in this browser
        </button>
      )}
      <div class="app-no-print">
        <DataInput
          data={doc.data}
          ev={rows}
          readOnly={open.readOnly}
          onData={(data, how) => change({ data }, how)}
          onFileChosen={() => setNote(null)}
          onFileData={(data, name, notes) => {
            const how = `Imported ${name}${notes.length ? `, with ${plural(notes.length, 'note')}` : ''}`;
            const annotations = notesToAnnotations(readData(data).points, notes);
            if (!doc.data.trim()) {
              // An empty chart the person has not named takes the file's name, as a new chart from a file does.
              if (doc.title !== UNTITLED) return change({ data, rebaseAt: [], annotations }, `${how}.`);
              setTitleText(fileTitle(name));
              return change({ data, rebaseAt: [], annotations, title: fileTitle(name) }, `${how}.`);
            }
            // The open chart has data: the file becomes a new chart, so nothing the person had is replaced.
            const fresh = openOrStart(store, null, null);
            setNote(`${how} as a new chart, “${fileTitle(name)}”. Your other chart is still saved: open it from the list.`);
            show(persist({ ...fresh, doc: { ...fresh.doc, title: fileTitle(name), data, annotations } }));
          }}
        />
      </div>
      {Panels ? (
        <Panels id={id} doc={doc} read={read} readOnly={open.readOnly} onChange={(patch) => change(patch)} />
      ) : (
        <ChartPending status={drawing ? (panels.failed ? NOT_LOADED : 'Drawing your chart…') : undefined} />
      )}
      <SavedCharts
        saved={saved}
        currentId={id}
        onOpen={(other) => (setNote(null), show(openOrStart(store, null, other)))}
        onDelete={(gone) => {
          saving.now();
          store.remove(gone);
          setSaved(store.list());
          if (gone === id) show(openOrStart(store, null, null));
          setNote('The chart was deleted from this browser.');
        }}
        onNew={() => (setNote(null), show(openOrStart(store, null, null)))}
        onExport={async () => {
          saving.now();
          const list = store.list();
          const charts = [...(list.some((s) => s.id === id) ? [] : [doc]), ...list.map((s) => s.doc)];
          try {
            download('qi-hub-charts.json', (await transfer()).exportCharts(charts), 'application/json');
            setNote(null);
          } catch {
            setNote('The export could not be made: this part of the page could not be loaded. Check your connection, then try again.');
          }
        }}
        onImport={importFile}
        imported={imported}
      />
    </div>
  );
}
