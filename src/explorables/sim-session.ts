import {
  compareSpectrum,
  createSimulation,
  type Scenario,
  ScenarioError,
  type SimEvent,
  type Simulation,
  type SimulationResult,
  type Snapshot,
  type SpectrumResult,
  validateScenario,
} from '@lab/sim';
import { applyControls } from './apply-controls.ts';
import { horizonOf } from './control-value.ts';
import type { ControlValues } from './controls.ts';
import { withPlaygroundOutput } from './presets.ts';
import { type SpectrumSettings, spectrumRun } from './spectrum.ts';
import { layoutTimeline } from './timeline-layout.ts';
import { type PackedTimeline, packTimeline } from './timeline-pack.ts';

/** Which scenario of a playground: the main one, or the one it is compared with. */
export type Side = 'a' | 'b';

/** A request to a session (sent to the worker). `seq` increases per playground; replies echo it. */
export type SessionRequest =
  | {
      type: 'configure';
      seq: number;
      side: Side;
      /** The preset as written in the lesson. */
      base: Scenario;
      /** The learner's control values. */
      values: ControlValues;
      /** Simulated time to advance to, ms; `'end'` runs to the horizon. */
      atMs: number | 'end';
      /**
       * Lanes to lay out for the environment timeline (the frame then carries `timeline`); 0 or absent when
       * the playground has no timeline, and then no spans are recorded at all.
       */
      timelineLanes?: number;
    }
  | { type: 'seek'; seq: number; side: Side; atMs: number | 'end' }
  | { type: 'step'; seq: number; side: Side }
  | {
      type: 'spectrum';
      seq: number;
      side: Side;
      /** The explorer's settings. */
      settings: SpectrumSettings;
    };

/** A reply: the state of one side after the request. */
export type SessionReply =
  | {
      type: 'frame';
      seq: number;
      side: Side;
      nowMs: number;
      horizonMs: number;
      done: boolean;
      /** The result so far, without `spans`: the page needs only the timeline laid out from them. */
      result: SimulationResult;
      /** The environment timeline at `nowMs`, when the configure request asked for lanes. */
      timeline?: PackedTimeline;
      snapshot: Snapshot;
      /** The event processed, for `step`. */
      event?: SimEvent | null;
      /** Wall-clock time the simulation took, ms. */
      computeMs: number;
    }
  | { type: 'spectrum'; seq: number; side: Side; result: SpectrumResult; computeMs: number }
  | { type: 'error'; seq: number; side: Side; message: string; issues: { path: string; message: string }[] };

/**
 * Runs the simulations of one or two playground sides: applies control values to the preset, validates,
 * and moves a stepping simulation (`createSimulation`) forwards, or rebuilds it to go backwards (a run is
 * deterministic, so replaying to an earlier time gives the same state). It also runs the spectrum
 * explorer's `compareSpectrum`. No DOM: it runs in a Worker, or inline when Workers are unavailable.
 */
export class SimSession {
  readonly #sims = new Map<Side, { scenario: Scenario; sim: Simulation; lanes: number }>();
  readonly #clock: () => number;

  /** @param clock wall clock in ms (for the reported compute time). */
  constructor(clock: () => number = () => performance.now()) {
    this.#clock = clock;
  }

  /** Handles one request and returns the reply. */
  handle(request: SessionRequest): SessionReply {
    const started = this.#clock();
    try {
      if (request.type === 'spectrum') {
        const { workload, options } = spectrumRun(request.settings);
        const result = compareSpectrum(workload, options);
        return {
          type: 'spectrum',
          seq: request.seq,
          side: request.side,
          result,
          computeMs: this.#clock() - started,
        };
      }
      let event: SimEvent | null | undefined;
      if (request.type === 'configure') {
        const lanes = request.timelineLanes ?? 0;
        const withOutput = withPlaygroundOutput(applyControls(request.base, request.values));
        // Spans only feed the timeline; recording none keeps a run without one lighter (same summary).
        const scenario =
          lanes > 0 ? withOutput : { ...withOutput, output: { ...withOutput.output, spans: false } };
        validateScenario(scenario);
        this.#sims.set(request.side, { scenario, sim: createSimulation(scenario), lanes });
        this.#seek(request.side, request.atMs);
      } else if (request.type === 'seek') {
        this.#seek(request.side, request.atMs);
      } else {
        const entry = this.#entry(request.side);
        if (entry.sim.done) this.#restart(request.side);
        event = this.#entry(request.side).sim.step();
      }
      const { sim, lanes } = this.#entry(request.side);
      const { spans, ...result } = sim.result();
      const snapshot = sim.snapshot();
      const reply: Extract<SessionReply, { type: 'frame' }> = {
        type: 'frame',
        seq: request.seq,
        side: request.side,
        nowMs: sim.now,
        horizonMs: result.horizonMs,
        done: sim.done,
        result,
        snapshot,
        computeMs: 0,
      };
      if (lanes > 0) {
        reply.timeline = packTimeline(
          layoutTimeline(spans ?? [], sim.now, lanes, sim.done ? [] : snapshot.environments),
        );
      }
      if (event !== undefined) reply.event = event;
      reply.computeMs = this.#clock() - started;
      return reply;
    } catch (error) {
      const issues = error instanceof ScenarioError ? [...error.issues] : [];
      const message = error instanceof Error ? error.message : String(error);
      return { type: 'error', seq: request.seq, side: request.side, message, issues };
    }
  }

  #entry(side: Side): { scenario: Scenario; sim: Simulation; lanes: number } {
    const entry = this.#sims.get(side);
    if (!entry) throw new RangeError(`side "${side}" has no scenario yet: send "configure" first`);
    return entry;
  }

  #restart(side: Side): void {
    const entry = this.#entry(side);
    this.#sims.set(side, { ...entry, sim: createSimulation(entry.scenario) });
  }

  #seek(side: Side, atMs: number | 'end'): void {
    const horizonMs = horizonOf(this.#entry(side).scenario) * 1000;
    const target = atMs === 'end' ? horizonMs : Math.max(0, Math.min(atMs, horizonMs));
    if (target < this.#entry(side).sim.now) this.#restart(side);
    this.#entry(side).sim.advanceTo(target);
  }
}
