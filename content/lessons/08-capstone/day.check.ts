import {
  coldStartPreset,
  type Distribution,
  defineChecks,
  type ResolvedScenario,
  type Scenario,
  simulate,
  validateScenario,
} from '@lab/sim';
import type { Answer } from './day.solution';

/** Targets of the task. */
const P99_WINDOW_MS = 400;
/** The 18:00 push notification, s. */
const PUSH_AT_S = 18 * 3600;
/** Lead time and shortest level of a provisioned schedule, s (allocation takes minutes; billed in 5-minute steps). */
const PROVISION_STEP_S = 300;
/** How far above the reference design's cost an answer may be. */
const TOLERANCE = 1.1;

/** checkout's handler at a memory size (the same model as the task). */
function checkoutDuration(memoryMb: number): Distribution {
  const cpuShare = Math.min(1, memoryMb / 1769);
  const medianMs = Math.round(30 / cpuShare + 50);
  return { kind: 'lognormal', medianMs, p99Ms: Math.round(medianMs * 1.5) };
}

/** The day's traffic, which the design must not change. */
const CHECKOUT_ARRIVALS = [
  { kind: 'diurnal', meanPerSecond: 3, peakToTrough: 6, peakHour: 13 },
  { kind: 'burst', count: 250, atSeconds: 18 * 3600 },
  {
    kind: 'steps',
    steps: [
      { atSeconds: 0, ratePerSecond: 0 },
      { atSeconds: 20 * 3600, ratePerSecond: 25 },
      { atSeconds: 20 * 3600 + 900, ratePerSecond: 0 },
    ],
  },
] as const;

/** A reference design that meets every target; the cost check compares against it. */
const REFERENCE: Scenario = {
  seed: 8,
  horizonSeconds: 86_400,
  account: { concurrencyLimit: 1000 },
  functions: [
    {
      name: 'checkout',
      memoryMb: 288,
      architecture: 'x86_64',
      timeoutMs: 10_000,
      durationMs: checkoutDuration(288),
      initMs: coldStartPreset({ runtime: 'nodejs22.x', packageMb: 5, memoryMb: 288 }),
      arrivals: CHECKOUT_ARRIVALS,
      provisionedConcurrency: [
        { atSeconds: 0, count: 0 },
        { atSeconds: 18 * 3600 - 300, count: 240 },
        { atSeconds: 18 * 3600 + 300, count: 0 },
      ],
    },
    {
      name: 'reports',
      memoryMb: 512,
      invocation: 'async',
      timeoutMs: 60_000,
      durationMs: { kind: 'lognormal', medianMs: 3000, p99Ms: 4500 },
      initMs: coldStartPreset({ runtime: 'python3.13', packageMb: 20, memoryMb: 512 }),
      arrivals: { kind: 'burst', count: 1500, atSeconds: 14 * 3600 },
      reservedConcurrency: 500,
    },
  ],
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const resolved = (a: Answer): ResolvedScenario => validateScenario(a);
const byName = (s: ResolvedScenario, name: string) => {
  const f = s.functions.find((fn) => fn.name === name);
  if (!f) throw new Error(`the scenario has no function named ${name}`);
  return f;
};

/** Simulates a design with 10-minute series; memoized, so each check does not re-run the day. */
const cache = new WeakMap<object, ReturnType<typeof simulate>>();
function run(a: Scenario) {
  let r = cache.get(a);
  if (!r) {
    r = simulate({ ...a, output: { seriesResolutionSeconds: 600 } });
    cache.set(a, r);
  }
  return r;
}
const summaryOf = (a: Answer, name: string) => {
  const f = run(a).functions.find((fn) => fn.name === name);
  if (!f) throw new Error(`no result for ${name}`);
  return f;
};

export default defineChecks<Answer>([
  {
    name: 'Same day: seed, horizon, account limit and both functions’ traffic and handlers',
    hint: 'Change only the levers listed in the task. Put back seed 8, 86,400 s, the 1,000 account limit, both arrival lists, reports’ memory (512 MB), handler and INIT, and checkout’s handler model checkoutDuration(memoryMb) on x86_64.',
    test: (a) => {
      const s = resolved(a);
      const checkout = byName(s, 'checkout');
      const reports = byName(s, 'reports');
      const ref = resolved(REFERENCE);
      const refReports = byName(ref, 'reports');
      return (
        s.functions.length === 2 &&
        s.seed === 8 &&
        s.horizonSeconds === 86_400 &&
        s.account.concurrencyLimit === 1000 &&
        same(checkout.arrivals, byName(ref, 'checkout').arrivals) &&
        same(checkout.durationMs, checkoutDuration(checkout.memoryMb)) &&
        checkout.architecture === 'x86_64' &&
        checkout.invocation === 'sync' &&
        same(reports.arrivals, refReports.arrivals) &&
        same(reports.durationMs, refReports.durationMs) &&
        same(reports.initMs, refReports.initMs) &&
        reports.memoryMb === 512 &&
        reports.invocation === 'async' &&
        same(reports.provisionedConcurrency, refReports.provisionedConcurrency)
      );
    },
  },
  {
    name: 'checkout’s INIT is at least what its 5 MB of real code costs',
    hint: "Build checkout's initMs with coldStartPreset({ runtime: 'nodejs22.x', packageMb, memoryMb }) and a packageMb of 5 or more: the handler cannot ship less code than it needs.",
    test: (a) => {
      const init = byName(resolved(a), 'checkout').initMs;
      const floor = coldStartPreset({
        runtime: 'nodejs22.x',
        packageMb: 5,
        memoryMb: byName(resolved(a), 'checkout').memoryMb,
      });
      return init.kind === 'lognormal' && init.medianMs >= floor.medianMs && init.p99Ms >= floor.p99Ms;
    },
  },
  {
    name: 'Provisioned concurrency is scheduled realistically (levels held ≥ 5 min, raised ≥ 5 min before 18:00)',
    hint: 'Allocating provisioned environments takes minutes and billing rounds up to 5 minutes: keep every step of the schedule at least 300 s after the previous one, and make the level that covers the 18:00 push start by 17:55 (64,500 s) at the latest.',
    test: (a) => {
      const steps = [...byName(resolved(a), 'checkout').provisionedConcurrency].sort(
        (x, y) => x.atSeconds - y.atSeconds,
      );
      const heldLongEnough = steps.every(
        (s, i) => i === 0 || s.atSeconds - (steps[i - 1]?.atSeconds ?? 0) >= PROVISION_STEP_S,
      );
      const inForce = steps.filter((s) => s.atSeconds <= PUSH_AT_S).at(-1);
      const raisedEarly =
        !inForce || inForce.count === 0 || inForce.atSeconds <= PUSH_AT_S - PROVISION_STEP_S;
      return heldLongEnough && raisedEarly;
    },
  },
  {
    name: 'checkout is never throttled',
    hint: 'At 14:00 the 1,500-event batch export can take the whole account’s 1,000 concurrency, and checkout gets 429s. Give reports a reserved concurrency well below 1,000 (its events wait and retry), or reserve checkout’s share.',
    test: (a) => summaryOf(a, 'checkout').throttled === 0,
  },
  {
    name: 'Every reports event is processed by the end of the day',
    hint: 'Some export events were dropped or never ran. A reserved concurrency of 0 stops the function entirely; any cap that lets it run a few hundred at a time clears the batch in seconds.',
    test: (a) => {
      const r = summaryOf(a, 'reports');
      return r.dropped === 0 && r.pending === 0 && r.errors === 0 && r.served === r.requests;
    },
  },
  {
    name: `checkout’s p99 is under ${P99_WINDOW_MS} ms in every 10-minute window`,
    hint: 'Find the window that misses (the 18:00 push lands 250 requests at once, all of them cold). Trimming the package shortens every INIT; memory speeds the CPU part of each request; for the push, provisioned concurrency on a schedule around 18:00 keeps those requests off the cold path.',
    test: (a) => {
      const windows = run(a).series?.functions.checkout?.p99 ?? [];
      return windows.length > 0 && windows.every((v) => v === null || v < P99_WINDOW_MS);
    },
  },
  {
    name: 'Cost within 10% of a reference design',
    hint: 'Every target is met, but the day costs too much. Provisioned concurrency bills every second it is configured: hold it only for the minutes around the push. Memory beyond what the target needs is paid on every request.',
    test: (a) => run(a).total.costUsd.total <= TOLERANCE * run(REFERENCE).total.costUsd.total,
  },
]);
