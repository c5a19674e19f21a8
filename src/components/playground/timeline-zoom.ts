import type { TimelineLayout } from '~/explorables/timeline-layout.ts';
import type { LaneRange } from '~/explorables/timeline-rows.ts';
import {
  clampWindow,
  describeWindow,
  fullWindow,
  panWindow,
  type TimeWindow,
  zoomWindow,
} from '~/explorables/timeline-window.ts';
import { drawTimeline, type TimelineColours } from './timeline-canvas.ts';
import {
  addLaneControls,
  type LaneAction,
  nextLaneRange,
  syncLaneControls,
  visibleLanes,
} from './timeline-lanes.ts';
import './timeline-zoom.css';

interface Drawn {
  canvas: HTMLCanvasElement;
  layout: TimelineLayout;
  colours: TimelineColours;
}

/**
 * One playground's zoom: the window all its timelines share (compared sides keep the same time scale), and
 * which environments they show (`lanes`: undefined = all).
 */
interface ZoomState {
  window: TimeWindow;
  lanes?: LaneRange | undefined;
  horizonMs: number;
  drawn: Map<HTMLElement, Drawn>;
}

const states = new WeakMap<HTMLElement, ZoomState>();

const BUTTONS = [
  ['in', '+ Zoom in', 'Zoom in (+)'],
  ['out', '− Zoom out', 'Zoom out (−)'],
  ['earlier', '← Earlier', 'Earlier (←)'],
  ['later', 'Later →', 'Later (→)'],
  ['all', 'Whole run', 'Whole run (0)'],
] as const;

/** The window a playground starts at: `data-timeline-window="startMs,endMs"` on the host, else the whole run. */
function initialWindow(host: HTMLElement, horizonMs: number): TimeWindow {
  const [a, b] = (host.dataset['timelineWindow'] ?? '').split(',').map(Number);
  if (a === undefined || b === undefined || !(b > a)) return fullWindow(horizonMs);
  return clampWindow({ startMs: a, endMs: b }, horizonMs);
}

function stateOf(host: HTMLElement, horizonMs: number): ZoomState {
  let state = states.get(host);
  if (!state || state.horizonMs !== horizonMs) {
    state = { window: initialWindow(host, horizonMs), horizonMs, drawn: new Map() };
    states.set(host, state);
  }
  return state;
}

/** Draws one view's lanes (the state's range of them) at the state's window, with the note on rows. */
function draw(view: HTMLElement, d: Drawn, state: ZoomState): void {
  const shown = visibleLanes(d.layout, state.lanes);
  drawTimeline(d.canvas, shown.layout, state.window, d.colours, Math.max(200, view.clientWidth));
  syncLaneControls(view, d.layout.lanes.length, state.lanes, shown.note);
}

function redraw(host: HTMLElement, state: ZoomState): void {
  for (const [view, d] of state.drawn) draw(view, d, state);
  for (const out of host.querySelectorAll<HTMLElement>('[data-zoom-window]')) {
    out.textContent = `Showing ${describeWindow(state.window, state.horizonMs)}.`;
  }
}

function setWindow(host: HTMLElement, state: ZoomState, w: TimeWindow): void {
  state.window = clampWindow(w, state.horizonMs);
  redraw(host, state);
}

/** Keys: ← → pan by a quarter, + − zoom ×2, 0 or Home shows the whole run. */
function onKey(host: HTMLElement, state: ZoomState, event: KeyboardEvent): void {
  const w = state.window;
  const h = state.horizonMs;
  const next: Record<string, () => TimeWindow> = {
    ArrowLeft: () => panWindow(w, -0.25, h),
    ArrowRight: () => panWindow(w, 0.25, h),
    '+': () => zoomWindow(w, 2, h),
    '=': () => zoomWindow(w, 2, h),
    '-': () => zoomWindow(w, 0.5, h),
    '0': () => fullWindow(h),
    Home: () => fullWindow(h),
  };
  const lanes: Record<string, LaneAction> = { PageUp: 'earlier', PageDown: 'later' };
  const fn = next[event.key];
  const action = lanes[event.key];
  if (fn) setWindow(host, state, fn());
  else if (action) setLanes(host, state, action);
  else return;
  event.preventDefault();
}

/** Moves or resets the range of environments every timeline of the playground shows. */
function setLanes(host: HTMLElement, state: ZoomState, action: LaneAction): void {
  const total = Math.max(0, ...[...state.drawn.values()].map((d) => d.layout.lanes.length));
  state.lanes = nextLaneRange(state.lanes, action, total);
  redraw(host, state);
}

/** Dragging across the canvas zooms to the dragged stretch; the selection is shown while dragging. */
function wireDrag(host: HTMLElement, state: ZoomState, view: HTMLElement, canvas: HTMLCanvasElement): void {
  const band = document.createElement('div');
  band.className = 'pg-zoom-band';
  band.hidden = true;
  canvas.after(band);
  let from: number | undefined;
  const msAt = (clientX: number) => {
    const r = canvas.getBoundingClientRect();
    const f = Math.min(1, Math.max(0, (clientX - r.left - 4) / Math.max(1, r.width - 12)));
    return state.window.startMs + f * (state.window.endMs - state.window.startMs);
  };
  const showBand = (x0: number, x1: number) => {
    const r = canvas.getBoundingClientRect();
    const v = view.getBoundingClientRect();
    band.hidden = false;
    band.style.left = `${Math.min(x0, x1) - v.left}px`;
    band.style.width = `${Math.abs(x1 - x0)}px`;
    band.style.top = `${r.top - v.top}px`;
    band.style.height = `${r.height}px`;
  };
  canvas.addEventListener('pointerdown', (e) => {
    from = e.clientX;
    canvas.setPointerCapture(e.pointerId);
  });
  canvas.addEventListener('pointermove', (e) => {
    if (from !== undefined) showBand(from, e.clientX);
  });
  const end = (e: PointerEvent) => {
    if (from === undefined) return;
    const [a, b] = [msAt(from), msAt(e.clientX)].sort((p, q) => p - q) as [number, number];
    const moved = Math.abs(e.clientX - from) > 6;
    from = undefined;
    band.hidden = true;
    if (moved && e.type === 'pointerup') setWindow(host, state, { startMs: a, endMs: b });
  };
  canvas.addEventListener('pointerup', end);
  canvas.addEventListener('pointercancel', end);
}

function addToolbar(host: HTMLElement, state: ZoomState, view: HTMLElement, canvas: HTMLCanvasElement): void {
  const bar = document.createElement('div');
  bar.className = 'pg-zoom';
  bar.setAttribute('role', 'group');
  const title = view.querySelector('.pg-view-title')?.textContent ?? 'Environment timeline';
  bar.setAttribute('aria-label', `Zoom: ${title}`);
  for (const [action, text, label] of BUTTONS) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'pg-button';
    button.dataset['zoom'] = action;
    button.textContent = text;
    button.setAttribute('aria-label', label);
    button.addEventListener('click', () => {
      const w = state.window;
      const h = state.horizonMs;
      const next = {
        in: () => zoomWindow(w, 2, h),
        out: () => zoomWindow(w, 0.5, h),
        earlier: () => panWindow(w, -0.5, h),
        later: () => panWindow(w, 0.5, h),
        all: () => fullWindow(h),
      }[action];
      setWindow(host, state, next());
    });
    bar.append(button);
  }
  const out = document.createElement('p');
  out.className = 'pg-zoom-window';
  out.dataset['zoomWindow'] = '';
  out.setAttribute('aria-live', 'polite');
  const hint = document.createElement('p');
  hint.className = 'pg-help';
  hint.textContent =
    'Drag across the timeline to zoom to that stretch; ← → move, + − zoom, Page Up/Down earlier or later environments.';
  bar.addEventListener('keydown', (e) => onKey(host, state, e));
  canvas.before(bar, out);
  addLaneControls(canvas, (action) => setLanes(host, state, action));
  view.querySelector('.pg-lanes')?.addEventListener('keydown', (e) => onKey(host, state, e as KeyboardEvent));
  canvas.after(hint);
  wireDrag(host, state, view, canvas);
}

/**
 * Draws one timeline view at its playground's zoom, adding the zoom controls the first time. Zooming redraws
 * every timeline of the playground from the layout it last drew (no new simulation).
 */
export function drawZoomableTimeline(
  host: HTMLElement,
  view: HTMLElement,
  layout: TimelineLayout,
  horizonMs: number,
  colours: TimelineColours,
): void {
  const canvas = view.querySelector('canvas');
  if (!canvas) return;
  const state = stateOf(host, horizonMs);
  if (!view.querySelector('.pg-zoom')) addToolbar(host, state, view, canvas);
  const drawn = { canvas, layout, colours };
  state.drawn.set(view, drawn);
  draw(view, drawn, state);
  const out = view.querySelector('[data-zoom-window]');
  if (out && !out.textContent) out.textContent = `Showing ${describeWindow(state.window, horizonMs)}.`;
}
