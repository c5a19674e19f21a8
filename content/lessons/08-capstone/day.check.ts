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

/** checkout never throttled, every reports event processed, every 10-minute window under the target. */
function meetsTargets(a: Answer): boolean {
  const reports = summaryOf(a, 'reports');
  const windows = run(a).series?.functions.checkout?.p99 ?? [];
  return (
    summaryOf(a, 'checkout').throttled === 0 &&
    reports.served === reports.requests &&
    windows.every((v) => v === null || v < P99_WINDOW_MS)
  );
}

export default defineChecks<Answer>([
  {
    name: 'Same day: seed, horizon, account limit and both functions’ traffic and handlers',
    hints: [
      'Change only the levers listed in the task; the day itself stays as it is.',
      'The levers are checkout’s memoryMb, packageMb, reservedConcurrency and provisionedConcurrency, and reports’ reservedConcurrency. Everything else describes the day and the code.',
      'Put back seed 8, 86,400 s, the 1,000 account limit, both arrival lists, reports’ memory (512 MB), handler and INIT, and checkout’s handler model checkoutDuration(memoryMb) on x86_64.',
    ],
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
    hints: [
      'A cold start cannot be shorter than loading the code the handler really needs.',
      'checkout’s INIT comes from coldStartPreset with its runtime, package and memory: keep building it that way.',
      "coldStartPreset({ runtime: 'nodejs22.x', packageMb, memoryMb }) with a packageMb of 5 or more.",
    ],
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
    hints: [
      'Provisioned environments are not ready the instant you ask for them.',
      'Allocating provisioned environments takes minutes and billing rounds up to 5 minutes: each level of a schedule must last at least 300 s, and be in place 300 s before the moment it is for.',
      'Start the level that covers the 18:00 push by 17:55 (64,500 s) at the latest, and keep every step at least 300 s after the previous one.',
    ],
    mistakes: {
      'raised-late':
        'Your level for the 18:00 push starts less than 5 minutes before it: allocation would not be done in time. Raise it by 17:55 (64,500 s).',
      'short-level':
        'One level of your schedule lasts less than 5 minutes: allocation and billing work in 5-minute steps.',
    },
    diagnose: (a) => {
      const steps = [...byName(resolved(a), 'checkout').provisionedConcurrency].sort(
        (x, y) => x.atSeconds - y.atSeconds,
      );
      const inForce = steps.filter((s) => s.atSeconds <= PUSH_AT_S).at(-1);
      return inForce && inForce.count > 0 && inForce.atSeconds > PUSH_AT_S - PROVISION_STEP_S
        ? 'raised-late'
        : 'short-level';
    },
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
    hints: [
      'What else runs in the account when checkout is throttled?',
      'At 14:00 the 1,500-event batch export can take the whole account’s 1,000 concurrency. Async events wait and retry when throttled; a shopper’s request gets a 429.',
      'Give reports a reserved concurrency well below 1,000 (its events wait and retry), or reserve checkout’s share.',
    ],
    mistakes: {
      'reports-uncapped':
        'reports has no limit, so the 14:00 export takes the whole account and checkout gets 429s. Cap reports with a reservedConcurrency (its events queue and retry).',
      'checkout-cap':
        'checkout’s own reservedConcurrency caps it: at the 18:00 push 250 shoppers arrive at once. Reserve more, or protect it by capping reports instead.',
    },
    diagnose: (a) => {
      const s = resolved(a);
      if (byName(s, 'reports').reservedConcurrency === null) return 'reports-uncapped';
      return (byName(s, 'checkout').reservedConcurrency ?? Number.POSITIVE_INFINITY) < 250
        ? 'checkout-cap'
        : undefined;
    },
    test: (a) => summaryOf(a, 'checkout').throttled === 0,
  },
  {
    name: 'Every reports event is processed by the end of the day',
    hints: [
      'Some export events were dropped or never ran: what stops reports from running them?',
      'A reserved concurrency is a cap: 0 stops the function entirely, and a tiny cap makes events wait until they expire.',
      'Any cap that lets reports run a few hundred at a time clears 1,500 three-second events in seconds.',
    ],
    mistakes: {
      'reports-stopped':
        'reports has a reserved concurrency of 0: that switches the function off, so its events are never processed. Give it a few hundred.',
    },
    diagnose: (a) =>
      byName(resolved(a), 'reports').reservedConcurrency === 0 ? 'reports-stopped' : undefined,
    test: (a) => {
      const r = summaryOf(a, 'reports');
      return r.dropped === 0 && r.pending === 0 && r.errors === 0 && r.served === r.requests;
    },
  },
  {
    name: `checkout’s p99 is under ${P99_WINDOW_MS} ms in every 10-minute window`,
    hints: [
      'Find the window that misses: the output lists the 10-minute windows at or over the target.',
      'Trimming the package shortens every INIT; memory speeds the CPU part of each request; provisioned concurrency keeps requests off the cold path where many arrive at once.',
      'The 18:00 push lands 250 requests at once, all of them cold without provisioned concurrency: provision for it on a schedule around 18:00.',
    ],
    mistakes: {
      'package-untrimmed':
        'checkout still ships 30 MB, so every cold start loads all of it. The handler needs 5 MB: trim first, it is free.',
      'no-provisioned':
        'At 18:00, 250 shoppers arrive at the same instant and every one of them gets a new environment and waits for INIT. Provision environments for that moment.',
    },
    diagnose: (a) => {
      const checkout = byName(resolved(a), 'checkout');
      const trimmed = coldStartPreset({ runtime: 'nodejs22.x', packageMb: 5, memoryMb: checkout.memoryMb });
      if (checkout.initMs.kind === 'lognormal' && checkout.initMs.medianMs > trimmed.medianMs * 1.5)
        return 'package-untrimmed';
      return checkout.provisionedConcurrency.every((s) => s.count === 0) ? 'no-provisioned' : undefined;
    },
    test: (a) => {
      const windows = run(a).series?.functions.checkout?.p99 ?? [];
      return windows.length > 0 && windows.every((v) => v === null || v < P99_WINDOW_MS);
    },
  },
  {
    name: 'Cost within 10% of a reference design',
    hints: [
      'Every target is met, but the day costs too much: which lever is billed when nothing runs?',
      'Provisioned concurrency bills every second it is configured, used or not; memory beyond what the target needs is paid on every request.',
      'Hold provisioned concurrency only for the minutes around the push, at the smallest level that meets the target, and take memory down while every window still meets it.',
    ],
    mistakes: {
      'targets-first': 'First meet every target above: the cost check compares designs that work.',
      'provisioned-all-day':
        'Your provisioned concurrency is configured for much of the day and billed every second of it. The push needs it for minutes: use a schedule.',
    },
    diagnose: (a) => {
      const steps = byName(resolved(a), 'checkout').provisionedConcurrency;
      const held = steps.filter((s) => s.count > 0).length;
      if (!meetsTargets(a)) return 'targets-first';
      return held > 0 && steps.at(-1)?.count !== 0 ? 'provisioned-all-day' : undefined;
    },
    test: (a) => run(a).total.costUsd.total <= TOLERANCE * run(REFERENCE).total.costUsd.total,
  },
]);
