import {
  coldStartPreset,
  DEFAULT_IDLE_LIFETIME_MS,
  DURATION_TIERS,
  INVOCATIONS_PER_SECOND_PER_CONCURRENCY as PER_ENV,
  type RUNTIMES,
  type Scenario,
} from '@lab/sim';
import { spiky, steady } from '../../../content/lessons/05-cold-starts/playground.ts';
import { rushes, rushesProvisioned } from '../../../content/lessons/06-provisioned-concurrency/playground.ts';
import { steadyOnDemand, steadyProvisioned } from '../../../content/lessons/07-cost/playground.ts';
import { lesson, num, type ProseRow, pct, sim, usd } from './quote-helpers.ts';

const base = (runtime: (typeof RUNTIMES)[number], architecture: 'x86_64' | 'arm64' = 'x86_64') =>
  coldStartPreset({ runtime, packageMb: 0, architecture });
const ms = (runtime: (typeof RUNTIMES)[number], architecture: 'x86_64' | 'arm64' = 'x86_64') =>
  num(base(runtime, architecture).medianMs);
const billions = (gbs: number) => num(gbs / 1e9, Number.isInteger(gbs / 1e9) ? 0 : 2).replace(/0$/, '');
const idleMinutes = DEFAULT_IDLE_LIFETIME_MS / 60_000;
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const TEENS = [
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
/** A whole number 0–19 as a word (the prose writes small ratios in words). */
const word = (n: number) => (n <= 10 ? WORDS[n] : TEENS[n - 11]) ?? String(n);

/** A copy of a one-function scenario at another Poisson rate. */
const atRate = (s: Scenario, ratePerSecond: number): Scenario => ({
  ...s,
  functions: s.functions.map((f) => ({ ...f, arrivals: { kind: 'poisson', ratePerSecond } })),
});

/** The smallest provisioned count from `from` up that leaves lesson 6's rushes without a cold start. */
function provisionedForNoColdStart(from: number): number {
  for (let n = from; n <= 200; n++) {
    const s = { ...rushes, functions: rushes.functions.map((f) => ({ ...f, provisionedConcurrency: n })) };
    if (sim(s).total.coldStarts === 0) return n;
  }
  return Number.NaN;
}

/** Model constants and searches quoted in the pages (idle lifetime, presets, quotas, tiers). */
export const rowsExtra: ProseRow[] = [
  {
    page: lesson('02-concurrency'),
    label: 'requests per second per environment',
    quote: () =>
      `each environment may serve **at most ${PER_ENV} requests per second**, so the total request rate a function may reach is ${PER_ENV} times its concurrency limit. A function with a reserved concurrency of 10 may start at most ${num(10 * PER_ENV)} requests per second`,
  },
  {
    page: lesson('04-environment-reuse'),
    label: 'default idle lifetime, waves story',
    quote: () => `longer than the simulator's default idle lifetime of ${WORDS[idleMinutes] ?? idleMinutes}`,
  },
  {
    page: lesson('04-environment-reuse'),
    label: 'default idle lifetime, parameter',
    quote: () => `as a **parameter**: ${idleMinutes} minutes by default`,
  },
  {
    page: 'glossary.mdx',
    label: 'default idle lifetime',
    quote: () => `a parameter with a default of ${idleMinutes} minutes`,
  },
  {
    page: lesson('05-cold-starts'),
    label: 'hello-world ranking, x86_64',
    quote: () => {
      const slow = (['java21', 'ruby3.3', 'dotnet8'] as const).map((r) => base(r).medianMs);
      return `Go ${ms('provided.al2023')} ms), then Python 3.13 (${ms('python3.13')} ms) and Node.js 22 (${ms('nodejs22.x')} ms); Java 21, Ruby 3.3 and .NET 8 are the slowest and close together, at ${Math.min(...slow)}–${Math.max(...slow)} ms`;
    },
  },
  {
    page: lesson('05-cold-starts'),
    label: 'hello-world ranking, arm64',
    quote: () => {
      const gains = (['nodejs22.x', 'python3.13', 'provided.al2023'] as const).map(
        (r) => 1 - base(r, 'arm64').medianMs / base(r).medianMs,
      );
      return `Node.js, Python, Go and Rust start ${num(Math.min(...gains) * 100)}–${pct(Math.max(...gains))} faster, Java and Ruby a little slower, and .NET 8 clearly slower (${ms('dotnet8', 'arm64')} ms)`;
    },
  },
  {
    page: lesson('05-cold-starts'),
    label: 'p99 over median of the presets',
    quote: () => {
      const r = (rt: (typeof RUNTIMES)[number]) => base(rt).p99Ms / base(rt).medianMs;
      return `from ${num(r('provided.al2023'), 1)} times for Go to ${num(Math.max(r('java21'), r('dotnet8')), 1)} times for Java and .NET`;
    },
  },
  {
    page: lesson('06-provisioned-concurrency'),
    label: 'provisioned environments for no cold start',
    quote: () =>
      `it takes **${provisionedForNoColdStart(36)}** provisioned environments before the rushes have no cold start at all`,
  },
  {
    page: lesson('05-cold-starts'),
    label: 'spiky p99 over steady p99, in words',
    quote: () =>
      `its p99 is **${num(sim(spiky).total.latencyMs.p99)} ms**, about ${word(Math.round(sim(spiky).total.latencyMs.p99 / sim(steady).total.latencyMs.p99))} times higher`,
  },
  {
    page: lesson('06-provisioned-concurrency'),
    label: 'provisioned price over on-demand price, in words',
    quote: () =>
      `at ${word(Math.round(sim(rushesProvisioned).total.costUsd.total / sim(rushes).total.costUsd.total))} times the price`,
  },
  {
    page: lesson('07-cost'),
    label: 'provisioned costs more at 35 req/s',
    quote: () => {
      const [od, pc] = [sim(atRate(steadyOnDemand, 35)), sim(atRate(steadyProvisioned, 35))];
      return `(${usd(pc.total.costUsd.total, 3)} against ${usd(od.total.costUsd.total, 3)})`;
    },
  },
  {
    page: 'what-changed.mdx',
    label: 'duration tiers',
    quote: () => {
      const [x1, x2] = DURATION_TIERS.bounds.x86_64;
      const [a1, a2] = DURATION_TIERS.bounds.arm64;
      const [d1, d2] = DURATION_TIERS.discounts;
      return `On x86 the first ${billions(x1)} billion GB-seconds a month are billed at the standard rate, the next ${billions(x2 - x1)} billion at ${pct(d1)} less, and everything above ${billions(x2)} billion at ${pct(d2)} less; on arm64 the steps are at ${billions(a1)} billion and ${billions(a2)} billion GB-seconds`;
    },
  },
  {
    page: lesson('07-cost'),
    label: 'duration tiers',
    quote: () => {
      const [x1, x2] = DURATION_TIERS.bounds.x86_64;
      const [a1, a2] = DURATION_TIERS.bounds.arm64;
      const [d1, d2] = DURATION_TIERS.discounts;
      return `${pct(d1)} less above ${billions(x1)} billion GB-seconds a month on x86 (${billions(a1)} billion on arm64) and ${pct(d2)} less above ${billions(x2)} billion (${billions(a2)} billion)`;
    },
  },
];
