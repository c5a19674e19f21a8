import type { Scenario } from '@lab/sim';
import {
  concurrencyColumns,
  eventColumns,
  LATENCY_STATS,
  latencyColumns,
  limitsOf,
  tableRows,
} from '~/explorables/chart-data.ts';
import { diffSummaries } from '~/explorables/compare.ts';
import {
  CONTROL_DEFAULTS,
  CONTROLS,
  type ControlDef,
  type ControlKey,
  type ControlValues,
  CUSTOM,
  isControlKey,
} from '~/explorables/controls.ts';
import { formatClock, formatMs, formatNumber } from '~/explorables/format.ts';
import { metricLabel, readMetric } from '~/explorables/metric.ts';
import { errorFloor, parseGuess, scorePrediction } from '~/explorables/predict.ts';
import type { SessionReply, SessionRequest, Side } from '~/explorables/sim-session.ts';
import { formatControlValue, fromSlider, toSlider } from '~/explorables/slider.ts';
import { SUMMARY_METRICS } from '~/explorables/summary-metrics.ts';
import {
  describeConcurrency,
  describeCost,
  describeEvents,
  describeLatency,
  describeTimeline,
} from '~/explorables/text-alternatives.ts';
import { unpackTimeline } from '~/explorables/timeline-pack.ts';
import { readUrlState, writeUrlState } from '~/explorables/url-state.ts';
import { Chart, type LineSpec } from './chart.ts';
import { renderAlternative, renderCost, renderDiff, renderSummary } from './render.ts';
import { connect, type SimClient } from './sim-client.ts';
import { drawTimeline } from './timeline-canvas.ts';
import type { ViewKey } from './views.ts';

interface Config {
  id: string;
  a: Scenario;
  b?: Scenario;
  controls: ControlKey[];
  views: ViewKey[];
  predict?: { question: string; metric: string; unit?: string; side?: Side };
  labels: [string, string];
  horizonMs: number;
  /** Each input's control definition as fitted to its preset (label, widened range, extra options), by id. */
  defs: Record<string, ControlDef>;
}

type Frame = Extract<SessionReply, { type: 'frame' }>;

const CONCURRENCY_LINES: LineSpec[] = [
  { key: 'concurrency', label: 'Requests in flight', color: '--pg-c-concurrency', width: 2 },
  { key: 'environments', label: 'Environments alive', color: '--pg-c-envs', dash: [6, 4], width: 1.5 },
  { key: 'reserved', label: 'Reserved limit', color: '--pg-c-limit', dash: [2, 3], width: 2 },
  { key: 'provisioned', label: 'Provisioned', color: '--pg-c-provisioned', dash: [10, 3, 2, 3], width: 2 },
  { key: 'account', label: 'Account limit', color: '--pg-c-account', dash: [1, 5], width: 2 },
];
const EVENT_LINES: LineSpec[] = [
  { key: 'throttles', label: 'Throttled (bars)', color: '--pg-c-throttle', kind: 'bars', hatch: true },
  {
    key: 'coldStarts',
    label: 'Cold starts (line, dots)',
    color: '--pg-c-cold',
    kind: 'step',
    points: true,
    width: 2,
  },
];
const LATENCY_LINES: LineSpec[] = [
  {
    key: 'cold',
    label: 'Cold start (hatched)',
    color: '--pg-c-init',
    kind: 'bars',
    barAlign: -1,
    hatch: true,
  },
  { key: 'warm', label: 'Warm (solid)', color: '--pg-c-busy', kind: 'bars', barAlign: 1 },
];

/** Environments the timeline draws, earliest first (the rest are counted in its sentence). */
const TIMELINE_LANES = 120;

/** Simulated ms per real ms for each speed choice is the option value (1 = real time). */
const REDUCED_MOTION_TICK_MS = 1000;

/**
 * `<sim-playground>`: wires the server-rendered controls to the simulation worker and draws the views.
 * Time: the run is first computed to the end; Play replays it from the start (or from the scrubber), Step
 * processes one event, the scrubber seeks. Off-screen, playback pauses; with reduced motion it advances
 * once a second instead of animating.
 */
class SimPlaygroundElement extends HTMLElement {
  #config!: Config;
  #client!: SimClient;
  #values: Record<Side, ControlValues> = { a: {}, b: {} };
  #frames: Partial<Record<Side, Frame>> = {};
  #seq = 0;
  /** A playback request still in flight when the learner paused: its frame is dropped, not shown. */
  #stale = -1;
  #awaiting = new Set<Side>();
  #queued: (() => void) | undefined;
  /** Sides with a re-configuration waiting in `#queued` (a later seek must not drop it). */
  #queuedConfigure = new Set<Side>();
  #playing = false;
  #visible = true;
  #speed = 60;
  #lastTick = 0;
  #timer = 0;
  #revealed = true;
  #guess: number | undefined;
  #verdictPending = false;
  #charts = new Map<string, Chart>();
  /** The frame each side's views were last drawn from: a side whose frame did not change is not redrawn. */
  #drawn: Partial<Record<Side, Frame>> = {};
  #measure: string | undefined;
  #reduceMotion = matchMedia('(prefers-reduced-motion: reduce)');

  connectedCallback(): void {
    if (this.#client) return;
    const raw = this.querySelector('script[data-config]')?.textContent ?? '{}';
    this.#config = JSON.parse(raw) as Config;
    this.#revealed = !this.#config.predict;
    this.#client = connect(this.#config.id, (reply) => this.#onReply(reply));
    const url = readUrlState(location.search, this.#config.id);
    if (url) {
      this.#values = { a: url.a, b: url.b ?? {} };
      this.#syncInputs();
    }
    this.#wire();
    for (const el of this.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>(
      ':disabled:not([data-fixed])',
    )) {
      el.disabled = false;
    }
    new IntersectionObserver((entries) => {
      this.#visible = entries.some((e) => e.isIntersecting);
      if (this.#visible && this.#playing) this.#schedule();
    }).observe(this);
    new MutationObserver(() => {
      for (const chart of this.#charts.values()) chart.invalidate();
      this.#drawn = {};
      this.#render();
    }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    this.#configure('end');
  }

  // ---- wiring -------------------------------------------------------------------------------------------

  #wire(): void {
    for (const input of this.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-control]')) {
      input.addEventListener('input', () => this.#onControl(input));
      input.addEventListener('change', () => this.#onControl(input));
    }
    const on = (action: string, type: string, fn: (el: HTMLElement) => void) => {
      const el = this.querySelector<HTMLElement>(`[data-action="${action}"]`);
      el?.addEventListener(type, () => fn(el));
    };
    on('play', 'click', () => (this.#playing ? this.#pauseHere() : this.#play()));
    on('step', 'click', () => this.#step());
    on('end', 'click', () => {
      this.#pause();
      this.#seek('end');
    });
    on('speed', 'change', (el) => {
      this.#speed = Number((el as HTMLSelectElement).value) || 60;
    });
    on('scrub', 'input', (el) => {
      this.#pause();
      this.#seek(Number((el as HTMLInputElement).value));
    });
    on('share', 'click', (el) => void this.#share(el));
    on('reset', 'click', () => {
      this.#values = { a: {}, b: {} };
      this.#syncInputs(true);
      this.#persist();
      this.#configure(this.#atMs());
    });
    on('skip', 'click', () => this.#reveal(undefined));
    this.querySelector('[data-predict]')?.addEventListener('submit', (event) => {
      event.preventDefault();
      const input = this.querySelector<HTMLInputElement>('[data-predict] input');
      const guess = parseGuess(input?.value ?? '');
      if (guess === undefined) {
        this.#setText('[data-verdict]', 'Type a number first (for example 12).');
        input?.focus();
        return;
      }
      this.#reveal(guess);
    });
    this.#reduceMotion.addEventListener('change', () => this.#playing && this.#schedule());
  }

  /** The control's definition as this input was rendered with it (fitted to its preset). */
  #defFor(input: HTMLInputElement | HTMLSelectElement, key: ControlKey): ControlDef {
    return this.#config.defs[input.id] ?? CONTROLS[key];
  }

  /**
   * Runtime and package size set INIT together: once the learner sets one while the other still shows a
   * custom INIT, the other shows the default that INIT is now computed with.
   */
  #showInitPartner(key: ControlKey, sides: Side[]): void {
    if (key !== 'runtime' && key !== 'packageMb') return;
    const partner: ControlKey = key === 'runtime' ? 'packageMb' : 'runtime';
    for (const input of this.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
      `[data-control="${partner}"]`,
    )) {
      const side: Side = input.dataset.side === 'b' ? 'b' : 'a';
      const initial = input.dataset.initial ?? (input instanceof HTMLSelectElement ? input.value : '');
      const shown = partner === 'runtime' ? (input as HTMLSelectElement).value : initial;
      if (!sides.includes(side) && input.dataset.side !== 'ab') continue;
      if (this.#values[side][partner] !== undefined || shown !== CUSTOM) continue;
      const value = CONTROL_DEFAULTS[partner];
      const def = this.#defFor(input, partner);
      input.value = def.kind === 'range' ? String(toSlider(def, Number(value))) : String(value);
      this.#showValue(input, partner, value);
    }
  }

  #onControl(input: HTMLInputElement | HTMLSelectElement): void {
    const key = input.dataset.control ?? '';
    if (!isControlKey(key)) return;
    const def = this.#defFor(input, key);
    let value: number | string;
    if (def.kind === 'range') value = fromSlider(def, Number(input.value));
    else if (def.kind === 'integer') {
      const n = Math.trunc(Number(input.value));
      if (!Number.isFinite(n) || n < def.min || n > def.max) return;
      value = n;
    } else value = input.value;
    const sides: Side[] = input.dataset.side === 'ab' ? ['a', 'b'] : [input.dataset.side === 'b' ? 'b' : 'a'];
    if (value === CUSTOM) {
      // Back to the lesson's own INIT: forget runtime and package for these sides, and show them as such.
      for (const s of sides) {
        delete this.#values[s].runtime;
        delete this.#values[s].packageMb;
      }
      for (const other of this.querySelectorAll<HTMLInputElement>('input[data-control="packageMb"]')) {
        if (other.dataset.side !== input.dataset.side) continue;
        other.value = other.defaultValue;
        this.#showValue(other, 'packageMb', other.dataset.initial ?? CUSTOM);
      }
    } else if (sides.every((s) => this.#values[s][key] === value)) return;
    else for (const s of sides) this.#values[s][key] = value;
    this.#showValue(input, key, value);
    this.#showInitPartner(key, sides);
    this.#persist();
    performance.mark(`pg:${this.#config.id}:input`);
    this.#measure = `pg:${this.#config.id}:control-redraw`;
    // A control for one side of a comparison re-simulates only that side.
    this.#configure(this.#atMs(), this.#config.b ? sides : ['a']);
  }

  #showValue(input: HTMLInputElement | HTMLSelectElement, key: ControlKey, value: number | string): void {
    const text = value === CUSTOM ? 'as in the lesson' : formatControlValue(this.#defFor(input, key), value);
    if (input instanceof HTMLInputElement && input.type === 'range')
      input.setAttribute('aria-valuetext', text);
    const out = this.querySelector(`output[for="${input.id}"]`);
    if (out) out.textContent = text;
  }

  /** Puts the current values into the inputs (after reading the URL, or on reset). */
  #syncInputs(reset = false): void {
    for (const input of this.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-control]')) {
      const key = input.dataset.control ?? '';
      if (!isControlKey(key)) continue;
      const side: Side = input.dataset.side === 'b' ? 'b' : 'a';
      const def = this.#defFor(input, key);
      if (reset) {
        input.value =
          input.getAttribute('value') ?? input.querySelector('option[selected]')?.getAttribute('value') ?? '';
        // The preset's own value, not the slider position's rounding of it.
        if (def.kind === 'range') this.#showValue(input, key, input.dataset.initial ?? input.value);
        continue;
      }
      const value = this.#values[side][key];
      if (value === undefined) continue;
      input.value = def.kind === 'range' ? String(toSlider(def, Number(value))) : String(value);
      this.#showValue(input, key, value);
    }
  }

  #persist(): void {
    const { a, b } = this.#values;
    const state = this.#config.b ? { v: 1 as const, a, b } : { v: 1 as const, a };
    history.replaceState(history.state, '', writeUrlState(location.href, this.#config.id, state));
  }

  async #share(button: HTMLElement): Promise<void> {
    this.#persist();
    try {
      await navigator.clipboard.writeText(location.href);
      button.textContent = 'Link copied';
    } catch {
      button.textContent = 'Copy the address bar to share';
    }
    setTimeout(() => {
      button.textContent = 'Copy link to this setup';
    }, 2500);
  }

  // ---- simulation requests ------------------------------------------------------------------------------

  #sides(): Side[] {
    return this.#config.b ? ['a', 'b'] : ['a'];
  }

  #atMs(): number | 'end' {
    const f = this.#frames.a;
    return !f || f.done ? 'end' : f.nowMs;
  }

  /** Sends one request per side; a request made while others are in flight waits (only the latest). */
  #send(make: (seq: number, side: Side) => SessionRequest, sides = this.#sides()): void {
    const go = () => {
      this.#queuedConfigure.clear();
      const seq = ++this.#seq;
      this.#awaiting = new Set(sides);
      for (const side of sides) this.#client.send(make(seq, side));
    };
    if (this.#awaiting.size > 0) this.#queued = go;
    else go();
  }

  #configure(atMs: number | 'end', sides = this.#sides()): void {
    const { a, b } = this.#config;
    this.#setStatus('Simulating…');
    if (this.#awaiting.size > 0) {
      for (const side of sides) this.#queuedConfigure.add(side);
      sides = this.#sides().filter((side) => this.#queuedConfigure.has(side));
    }
    this.#send(
      (seq, side) => ({
        type: 'configure',
        seq,
        side,
        base: side === 'b' && b ? b : a,
        values: this.#values[side],
        atMs,
        timelineLanes: this.#config.views.includes('timeline') ? TIMELINE_LANES : 0,
      }),
      sides,
    );
  }

  #seek(atMs: number | 'end'): void {
    // A waiting re-configuration also moves to the new time, so it is not lost behind the seek.
    if (this.#awaiting.size > 0 && this.#queuedConfigure.size > 0) this.#configure(atMs, []);
    else this.#send((seq, side) => ({ type: 'seek', seq, side, atMs }));
  }

  #step(): void {
    this.#pause();
    // Side A processes one event; side B follows to the same simulated time.
    const seq = ++this.#seq;
    if (this.#awaiting.size > 0) return;
    this.#awaiting = new Set(['a']);
    this.#client.send({ type: 'step', seq, side: 'a' });
  }

  #onReply(reply: SessionReply): void {
    if (reply.seq !== this.#seq && reply.seq !== -1) return;
    if (reply.type === 'error') {
      this.#awaiting.clear();
      this.#setStatus(`That setting does not work: ${reply.message}`, 'error');
      this.#pause();
      return;
    }
    if (reply.type !== 'frame') return;
    if (reply.seq === this.#stale) {
      this.#awaiting.delete(reply.side);
      if (this.#awaiting.size === 0) {
        const next = this.#queued;
        this.#queued = undefined;
        next?.();
      }
      return;
    }
    this.#frames[reply.side] = reply;
    this.#awaiting.delete(reply.side);
    if (reply.event !== undefined && reply.side === 'a') {
      this.#describeEvent(reply);
      if (this.#config.b) {
        const seq = ++this.#seq;
        this.#awaiting = new Set(['b']);
        this.#client.send({ type: 'seek', seq, side: 'b', atMs: reply.nowMs });
        return;
      }
    }
    if (this.#awaiting.size > 0) return;
    this.#render();
    const next = this.#queued;
    this.#queued = undefined;
    if (next) next();
    else if (this.#playing && this.#frames.a?.done) this.#pause();
  }

  #describeEvent(frame: Frame): void {
    const e = frame.event;
    const text = !e
      ? 'The run is over: nothing left to process.'
      : `${formatClock(e.atMs)} (+${formatNumber(e.atMs % 1000, 0)} ms): ${
          {
            arrival: 'a request arrived',
            retry: 'a retry arrived',
            'init-end': `environment ${e.envId} finished INIT and took its request`,
            complete: `environment ${e.envId} finished a request and went idle`,
            reclaim:
              e.envId >= 0
                ? `environment ${e.envId} was reclaimed`
                : 'idle environments past their lifetime were reclaimed',
            provision: `provisioned environment ${e.envId} was initialised`,
          }[e.kind]
        }${e.outcome ? ` — ${{ warm: 'served warm', cold: 'cold start', throttled: 'throttled', dropped: 'dropped' }[e.outcome]}` : ''}${e.envId >= 0 && e.kind === 'arrival' && e.outcome !== 'throttled' ? ` (environment ${e.envId})` : ''}.`;
    this.#setText('[data-event]', text);
  }

  // ---- time ---------------------------------------------------------------------------------------------

  #play(): void {
    this.#playing = true;
    const button = this.querySelector('[data-action="play"]');
    button?.setAttribute('aria-pressed', 'true');
    if (button) button.textContent = '❚❚ Pause';
    if (!this.#frames.a || this.#frames.a.done) this.#seek(0);
    this.#lastTick = performance.now();
    this.#schedule();
  }

  /**
   * Pauses at the time on screen. A playback step already sent would move the clock after the click, so
   * its frame is dropped and the simulation is brought back to the time the learner paused at.
   */
  #pauseHere(): void {
    this.#pause();
    const shown = this.#frames.a;
    if (this.#awaiting.size > 0 && shown) {
      this.#stale = this.#seq;
      this.#seek(shown.nowMs);
    }
  }

  #pause(): void {
    if (!this.#playing) return;
    this.#playing = false;
    cancelAnimationFrame(this.#timer);
    clearTimeout(this.#timer);
    const button = this.querySelector('[data-action="play"]');
    button?.setAttribute('aria-pressed', 'false');
    if (button) button.textContent = '▶ Play';
  }

  #schedule(): void {
    cancelAnimationFrame(this.#timer);
    clearTimeout(this.#timer);
    if (!this.#playing || !this.#visible) return;
    const tick = () => {
      if (!this.#playing || !this.#visible) return;
      const now = performance.now();
      const reduced = this.#reduceMotion.matches;
      const dt = reduced ? REDUCED_MOTION_TICK_MS : Math.min(250, now - this.#lastTick);
      this.#lastTick = now;
      if (this.#awaiting.size === 0 && this.#frames.a) {
        this.#seek(Math.min(this.#config.horizonMs, this.#frames.a.nowMs + dt * this.#speed));
      }
      this.#schedule();
    };
    if (this.#reduceMotion.matches) this.#timer = window.setTimeout(tick, REDUCED_MOTION_TICK_MS);
    else this.#timer = requestAnimationFrame(tick);
  }

  // ---- predict ------------------------------------------------------------------------------------------

  #reveal(guess: number | undefined): void {
    this.#guess = guess;
    this.#verdictPending = true;
    this.#revealed = true;
    const results = this.querySelector<HTMLElement>('[data-results]');
    if (results) results.hidden = false;
    const form = this.querySelector('[data-predict]');
    for (const el of form?.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button') ?? [])
      el.disabled = true;
    this.#render();
  }

  /** Says how close the guess was, once the result it is scored against has arrived. */
  #verdict(): void {
    const predict = this.#config.predict;
    const guess = this.#guess;
    const frame = this.#frames[predict?.side === 'b' && this.#config.b ? 'b' : 'a'];
    if (predict && frame?.done && this.#verdictPending) {
      this.#verdictPending = false;
      const actual = readMetric(frame.result.total, predict.metric);
      const verdict = this.querySelector<HTMLElement>('[data-verdict]');
      if (actual === undefined) {
        this.#setText('[data-verdict]', `The summary has no number called ${predict.metric}.`);
      } else if (guess === undefined) {
        this.#setText(
          '[data-verdict]',
          `The simulation gave ${formatNumber(actual)}${predict.unit ? ` ${predict.unit}` : ''} (${metricLabel(predict.metric)}).`,
        );
      } else {
        const score = scorePrediction(guess, actual, predict.unit ?? '', errorFloor(predict.metric));
        this.#setText('[data-verdict]', score.message);
        verdict?.setAttribute('data-score', String(score.score));
      }
    } else if (predict && frame && !frame.done && this.#verdictPending) {
      this.#setText(
        '[data-verdict]',
        'Your guess is scored against the whole run: press “Compute the whole run”.',
      );
    }
  }

  // ---- drawing ------------------------------------------------------------------------------------------

  #setStatus(text: string, kind = 'info'): void {
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (!status) return;
    status.dataset.kind = kind;
    if (status.textContent !== text) status.textContent = text;
  }

  #setText(selector: string, text: string): void {
    const node = this.querySelector(selector);
    if (node && node.textContent !== text) node.textContent = text;
  }

  #render(): void {
    const a = this.#frames.a;
    if (!a) return;
    const nowMs = a.nowMs;
    const horizonMs = a.horizonMs;
    const scrub = this.querySelector<HTMLInputElement>('[data-action="scrub"]');
    if (scrub) {
      scrub.value = String(nowMs);
      scrub.setAttribute('aria-valuetext', `${formatClock(nowMs)} of ${formatClock(horizonMs)}`);
    }
    this.#setText('.pg-clock', `${formatClock(nowMs)} / ${formatClock(horizonMs)}`);
    const computeMs = Math.max(...this.#sides().map((s) => this.#frames[s]?.computeMs ?? 0));
    this.#setStatus(
      a.done
        ? `Whole run computed (${formatNumber(a.result.total.requests, 0)} requests, ${formatMs(computeMs)} in the worker).`
        : `Paused at ${formatClock(nowMs)}: ${formatNumber(a.result.total.requests, 0)} requests so far.`,
    );
    if (!this.#revealed) return;
    this.#verdict();
    const b = this.#frames.b;
    const diffs = b ? diffSummaries(a.result.total, b.result.total) : [];
    const differs = new Set(diffs.filter((d) => d.differs).map((d) => d.path));
    for (const side of this.#sides()) {
      const frame = this.#frames[side];
      const section = this.querySelector<HTMLElement>(`.pg-side[data-side="${side}"]`);
      if (!frame || !section) continue;
      if (frame === this.#drawn[side]) {
        // Unchanged side (a control for the other side moved): only its "differs" marks can change.
        const dl = section.querySelector<HTMLElement>('.pg-summary');
        if (dl) renderSummary(dl, frame.result.total, differs);
        continue;
      }
      this.#drawn[side] = frame;
      this.#renderSide(side, section, frame, nowMs, horizonMs, differs);
    }
    const diffHolder = this.querySelector<HTMLElement>('[data-diff]');
    if (diffHolder && b) {
      const fmt = (path: string, v: number) =>
        SUMMARY_METRICS.find((m) => m.path === path)?.format(v) ?? String(v);
      renderDiff(diffHolder, diffs, this.#config.labels, fmt);
    }
    if (this.#measure) {
      const name = this.#measure;
      this.#measure = undefined;
      // Measured after layout of the redrawn charts: the next frame is when the learner sees them.
      requestAnimationFrame(() => {
        performance.mark(`pg:${this.#config.id}:redrawn`);
        performance.measure(name, `pg:${this.#config.id}:input`, `pg:${this.#config.id}:redrawn`);
      });
    }
  }

  #renderSide(
    side: Side,
    section: HTMLElement,
    frame: Frame,
    nowMs: number,
    horizonMs: number,
    differs: ReadonlySet<string>,
  ): void {
    const result = frame.result;
    const horizonS = horizonMs / 1000;
    const timeAxis = {
      x: (v: number) => formatClock(v * 1000),
      xRange: [0, horizonS] as [number, number],
      // Round clock times: 1 s … 6 h.
      xIncrs: [1, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600],
    };
    for (const view of section.querySelectorAll<HTMLElement>('[data-view]')) {
      const kind = view.dataset.view as ViewKey;
      const chartHost = view.querySelector<HTMLElement>('.pg-chart');
      const chart = (key: string) => {
        let c = this.#charts.get(`${side}:${key}`);
        if (!c && chartHost) {
          c = new Chart(chartHost, window.innerWidth < 500 ? 170 : 210);
          this.#charts.set(`${side}:${key}`, c);
        }
        return c;
      };
      if (kind === 'timeline') {
        const canvas = view.querySelector('canvas');
        // Laid out in the worker at the frame's time (the page would copy every span otherwise).
        const layout = frame.timeline
          ? unpackTimeline(frame.timeline)
          : { lanes: [], hidden: 0, nowMs: frame.nowMs };
        const style = getComputedStyle(this);
        const colour = (name: string) => style.getPropertyValue(name).trim() || '#888';
        if (canvas) {
          drawTimeline(
            canvas,
            layout,
            horizonMs,
            {
              text: colour('--pg-text'),
              grid: colour('--pg-grid'),
              init: colour('--pg-c-init'),
              busy: colour('--pg-c-busy'),
              idle: colour('--pg-c-idle'),
              reclaimed: colour('--pg-c-reclaimed'),
            },
            Math.max(200, view.clientWidth),
          );
          const t = result.total;
          const alt = describeTimeline(layout, {
            created: t.environments.created,
            coldStarts: t.coldStarts,
            reclaimed: t.environments.reclaimed,
          });
          canvas.setAttribute('aria-label', `Environment timeline: ${alt.sentence}`);
          renderAlternative(view, alt);
        }
      } else if (kind === 'concurrency') {
        const columns = concurrencyColumns(result, nowMs);
        chart('concurrency')?.update(columns, CONCURRENCY_LINES, {
          ...timeAxis,
          yLabel: 'count',
        });
        renderAlternative(view, describeConcurrency(columns, limitsOf(result), tableRows(columns)));
      } else if (kind === 'throttles') {
        const columns = eventColumns(result, nowMs);
        chart('throttles')?.update(columns, EVENT_LINES, { ...timeAxis, yLabel: 'per interval' });
        renderAlternative(view, describeEvents(columns, tableRows(columns)));
      } else if (kind === 'latency') {
        const columns = latencyColumns(result.total);
        chart('latency')?.update(columns, LATENCY_LINES, {
          x: (v) => LATENCY_STATS[Math.round(v)] ?? '',
          xTicks: [0, 1, 2, 3],
          xRange: [-0.6, 3.6],
          yLabel: 'latency',
          y: (v) => formatMs(v),
        });
        renderAlternative(view, describeLatency(result.total));
      } else if (kind === 'cost') {
        const holder = view.querySelector<HTMLElement>('.pg-cost');
        if (holder) renderCost(holder, result.total);
        renderAlternative(view, describeCost(result.total));
      } else if (kind === 'summary') {
        const dl = view.querySelector<HTMLElement>('.pg-summary');
        if (dl) renderSummary(dl, result.total, differs);
      }
    }
  }
}

if (!customElements.get('sim-playground')) customElements.define('sim-playground', SimPlaygroundElement);
