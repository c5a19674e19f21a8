import type { Scenario } from '@lab/sim';
import type { MetricGoal } from '~/explorables/claim.ts';
import type { ControlDef } from '~/explorables/control-def.ts';
import type { ControlKey } from '~/explorables/controls.ts';
import type { SessionReply, Side } from '~/explorables/sim-session.ts';
import type { PredictConfig } from '~/explorables/verdict.ts';
import type { ViewKey } from './views.ts';

/** What `<SimPlayground>` hands its element in `script[data-config]`. */
export interface PlaygroundConfig {
  /** The playground's id: names its worker session, its URL state and its performance marks. */
  id: string;
  /** The scenario the controls start from. */
  a: Scenario;
  /** The scenario it is compared with, if any. */
  b?: Scenario;
  /** The controls shown. */
  controls: ControlKey[];
  /** The views shown. */
  views: ViewKey[];
  /** The prediction asked before the results are shown, if any. */
  predict?: PredictConfig;
  /** Names of the two scenarios, for the comparison. */
  labels: [string, string];
  /** Simulated time of a whole run, ms. */
  horizonMs: number;
  /** Each input's control definition as fitted to its preset (label, widened range, extra options), by id. */
  defs: Record<string, ControlDef>;
  /** The numbers the comparison judges, from the playground's claim (none: no "better" verdicts). */
  goals: MetricGoal[];
  /** Function names the picker offers (empty for a single function). */
  functions: string[];
  /** The function shown first (the claim's), absent for all together. */
  fn?: string;
  /** Whether a function is invoked asynchronously. */
  async: boolean;
}

/** One frame of a run, as the worker sends it. */
export type Frame = Extract<SessionReply, { type: 'frame' }>;

/** The latest frame of each side. */
export type Frames = Partial<Record<Side, Frame>>;

/** Reads the config the server rendered into the element. */
export function readConfig(host: HTMLElement): PlaygroundConfig {
  const raw = host.querySelector('script[data-config]')?.textContent ?? '{}';
  return JSON.parse(raw) as PlaygroundConfig;
}
