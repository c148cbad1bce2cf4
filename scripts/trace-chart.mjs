/**
 * Where the chart maker's frame time goes, edit by edit: runs the timed edits
 * of bench-chart.mjs (1,000 points, CPU slowed 4x) under a Chromium
 * performance trace and splits each edit's time, from its input event to the
 * next frame drawn, into our script (with Preact and garbage collection),
 * style, layout, pre-paint, paint and the rest, with how many elements were
 * restyled and how many layout objects were laid out. Medians of the runs.
 * After a build: `node scripts/trace-chart.mjs [dist] [runs] [trace.json]`
 * (default dist/, 5 runs; the trace is kept only when a path is given, and
 * opens in Chromium's DevTools Performance panel). A report, not a test.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chartTiming } from './bench-chart.mjs';
import { builtFor } from './serve.mjs';

/** Trace event names, by the part of the frame they are. Anything else on the main thread is "other". */
const PARTS = {
  script: /^(EventDispatch|FunctionCall|RunMicrotasks|TimerFire|FireAnimationFrame|v8\.|V8\.|MinorGC|MajorGC|BlinkGC|ThreadState|EvaluateScript|CompileScript|.*GC.*)/,
  style: /^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation|ParseAuthorStyleSheet|InvalidateLayout|StyleInvalidatorInvalidationTracking)$/,
  layout: /^(Layout|UpdateLayout|LocalFrameView::layout|LayoutShift|IntersectionObserverController::computeIntersections|ResizeObserver.*)$/,
  prepaint: /^(PrePaint|LocalFrameView::RunPrePaintLifecyclePhase)$/,
  paint: /^(Paint|PaintImage|Layerize|UpdateLayer|UpdateLayerTree|Commit|CompositeLayers|LocalFrameView::RunPaintLifecyclePhase|PaintArtifactCompositor::.*)$/,
};

const median = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : 0);

/** The renderer's main thread: the one the edit marks were made on. */
function mainThread(events) {
  const mark = events.find((e) => e.cat?.includes('blink.user_timing') && e.name.startsWith('edit '));
  if (!mark) throw new Error('The trace holds none of the edit marks.');
  return { pid: mark.pid, tid: mark.tid };
}

/** Self time (ms) of each event name on the thread between `from` and `to` (µs), and the style and layout counts. */
function breakDown(events, from, to) {
  const spans = events.filter((e) => e.ph === 'X' && e.ts >= from && e.ts < to && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Time is the part of the nearest enclosing event that names one (a text shaped inside Layout is layout).
  const self = new Map();
  const partOf = new Map();
  const stack = [];
  let busy = 0;
  const counts = { restyled: 0, laidOut: 0, layoutTotal: 0 };
  for (const e of spans) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    const own = Object.keys(PARTS).find((p) => PARTS[p].test(e.name));
    const part = own ?? (parent ? partOf.get(parent) : undefined);
    partOf.set(e, part);
    const key = part ?? e.name;
    if (parent) self.set(partOf.get(parent) ?? parent.name, (self.get(partOf.get(parent) ?? parent.name) ?? 0) - e.dur);
    else busy += e.dur;
    self.set(key, (self.get(key) ?? 0) + e.dur);
    stack.push(e);
    if (e.name === 'UpdateLayoutTree') counts.restyled += e.args?.elementCount ?? 0;
    if (e.name === 'Layout') {
      counts.laidOut += e.args?.beginData?.dirtyObjects ?? 0;
      counts.layoutTotal = Math.max(counts.layoutTotal, e.args?.beginData?.totalObjects ?? 0);
    }
  }
  const parts = { script: 0, style: 0, layout: 0, prepaint: 0, paint: 0, other: 0 };
  const others = new Map();
  for (const [name, us] of self) {
    const part = name in PARTS ? name : 'other';
    parts[part] += us / 1000;
    if (part === 'other') others.set(name, (others.get(name) ?? 0) + us / 1000);
  }
  return { ...parts, idle: (to - from - busy) / 1000, ...counts, others };
}

const dist = process.argv[2] ?? 'dist';
const runs = Number(process.argv[3] ?? 5);
const keep = process.argv[4];
const dir = keep ? null : mkdtempSync(path.join(tmpdir(), 'trace-chart-'));
const tracePath = keep ?? path.join(dir, 'trace.json');
try {
  const timing = await chartTiming(dist, builtFor(dist).base, process.env.CHROME_PATH ?? '/usr/bin/chromium', runs, null, tracePath);
  const { traceEvents } = JSON.parse(readFileSync(tracePath, 'utf8'));
  const { pid, tid } = mainThread(traceEvents);
  const own = traceEvents.filter((e) => e.pid === pid && e.tid === tid);
  const marks = own.filter((e) => e.cat?.includes('blink.user_timing') && e.name.startsWith('edit ')).sort((a, b) => a.ts - b.ts);
  const byEdit = new Map();
  for (let k = 0; k < marks.length; k++) {
    const [, what, at] = marks[k].name.split(' ');
    if (at !== 'start') continue;
    const ours = marks.slice(k + 1).find((m) => m.name === `edit ${what} ours`);
    const end = marks.slice(k + 1).find((m) => m.name === `edit ${what} frame`);
    if (!ours || !end) continue;
    const list = byEdit.get(what) ?? [];
    // Our script runs inside the bench's own evaluation, which the trace does not name, so "ours" is its marks' span;
    // what the trace splits is the rest, from the end of our script to the frame.
    list.push({ total: (end.ts - marks[k].ts) / 1000, ours: (ours.ts - marks[k].ts) / 1000, ...breakDown(own, ours.ts, end.ts) });
    byEdit.set(what, list);
  }
  console.log(`Chart maker, 1,000 points, CPU slowed 4x, trace of ${runs} runs, medians (ms; ours = our script;
    the rest is after it: script = timers and idle callbacks; elements restyled, layout objects dirty/total):`);
  const cols = ['total', 'ours', 'script', 'style', 'layout', 'prepaint', 'paint', 'other', 'idle'];
  console.log(`${'edit'.padEnd(10)}${cols.map((c) => c.padStart(9)).join('')}  restyled  laid out`);
  for (const [what, list] of byEdit) {
    const m = (key) => median(list.map((x) => x[key]));
    const topOther = [...list.flatMap((x) => [...x.others])].reduce((acc, [n, v]) => acc.set(n, (acc.get(n) ?? 0) + v / list.length), new Map());
    const named = [...topOther].sort((a, b) => b[1] - a[1]).slice(0, 3).filter(([, v]) => v >= 0.5).map(([n, v]) => `${n} ${v.toFixed(1)}`);
    console.log(
      `${what.padEnd(10)}${cols.map((c) => m(c).toFixed(1).padStart(9)).join('')}  ${String(m('restyled')).padStart(8)}  ${m('laidOut')}/${m('layoutTotal')}${named.length ? `  (other: ${named.join(', ')})` : ''}`,
    );
  }
  console.log(`Bench figures of the same runs (ours/frame): ${timing.rows.map((r) => `${r.what} ${r.oursMs.toFixed(0)}/${r.frameMs.toFixed(0)}`).join(', ')}`);
} finally {
  if (dir) rmSync(dir, { recursive: true, force: true });
}
