import { coldStartPreset, type Runtime } from '@lab/sim';
import { lean, monolith, spiky, split, steady } from '../../../content/lessons/05-cold-starts/playground.ts';
import {
  day,
  dayScheduled,
  rushes,
  rushesPinged,
  rushesProvisioned,
} from '../../../content/lessons/06-provisioned-concurrency/playground.ts';
import { lesson, num, type ProseRow, pct, sim, usd } from './quote-helpers.ts';

const L5 = lesson('05-cold-starts');
const L6 = lesson('06-provisioned-concurrency');

const node = (packageMb: number, memoryMb = 512) =>
  coldStartPreset({ runtime: 'nodejs22.x', packageMb, memoryMb });
const median = (runtime: Runtime, packageMb: number) =>
  num(coldStartPreset({ runtime, packageMb, memoryMb: 512 }).medianMs);
const tableRow = (name: string, runtime: Runtime) =>
  `| ${name} | ${median(runtime, 1)} | ${median(runtime, 5)} | ${median(runtime, 30)} |`;
const l5 = { lean, monolith, spiky, split, steady };
const l6 = { day, dayScheduled, rushes, rushesPinged, rushesProvisioned };
const t = (s: keyof typeof l5) => sim(l5[s]).total;
const r6 = (s: keyof typeof l6) => sim(l6[s]).total;

/** Simulator figures quoted in lessons 5 and 6. */
export const rows5to6: ProseRow[] = [
  {
    page: L5,
    label: 'lean and kitchen-sink presets',
    quote: () => {
      const [a, b] = [node(2), node(30)];
      return `// → { kind: 'lognormal', medianMs: ${a.medianMs}, p99Ms: ${a.p99Ms} } const sink = coldStartPreset({ runtime: 'nodejs22.x', packageMb: 30, memoryMb: 512 }); // → { kind: 'lognormal', medianMs: ${b.medianMs}, p99Ms: ${b.p99Ms} }`;
    },
  },
  { page: L5, label: 'table: Go', quote: () => tableRow('Go (`provided.al2023`)', 'provided.al2023') },
  { page: L5, label: 'table: Python', quote: () => tableRow('Python 3.13', 'python3.13') },
  { page: L5, label: 'table: Node.js', quote: () => tableRow('Node.js 22', 'nodejs22.x') },
  { page: L5, label: 'table: Java', quote: () => tableRow('Java 21', 'java21') },
  { page: L5, label: 'table: Ruby', quote: () => tableRow('Ruby 3.3', 'ruby3.3') },
  { page: L5, label: 'table: .NET', quote: () => tableRow('.NET 8', 'dotnet8') },
  {
    page: L5,
    label: 'more memory shortens the package part',
    quote: () => `comes down from ${num(node(30).medianMs)} ms to ${num(node(30, 1024).medianMs)} ms`,
  },
  {
    page: L5,
    label: 'steady hour',
    quote: () => {
      const s = t('steady');
      return `the steady hour has **${num(s.coldStarts)}** cold starts among ${num(s.requests)} requests (${pct(s.coldStartProbability, 2)}), and its p99 is **${num(s.latencyMs.p99)} ms** — the same as the p99 of its warm requests alone (${num(s.latencyMs.warm.p99)} ms)`;
    },
  },
  {
    page: L5,
    label: 'spiky hour',
    quote: () => {
      const s = t('spiky');
      return `has **${num(s.coldStarts)}** cold starts (${pct(s.coldStartProbability, 1)}), and its p99 is **${num(s.latencyMs.p99)} ms**`;
    },
  },
  {
    page: L5,
    label: 'lean spiky hour',
    quote: () => {
      const [lean, sink] = [t('lean'), t('spiky')];
      return `At 5 MB, the spiky hour has **${num(lean.coldStarts)}** cold starts and a p99 of **${num(lean.latencyMs.p99)} ms**; with the 30 MB package it had ${num(sink.coldStarts)} and ${num(sink.latencyMs.p99)} ms`;
    },
  },
  {
    page: L5,
    label: 'cold p99 and peak concurrency, lean vs sink',
    quote: () => {
      const [lean, sink] = [t('lean'), t('spiky')];
      return `(the cold requests' p99 fell from ${num(sink.latencyMs.cold.p99)} ms to ${num(lean.latencyMs.cold.p99)} ms)`;
    },
  },
  {
    page: L5,
    label: 'peak environments, lean vs sink',
    quote: () =>
      `(${num(t('lean').concurrency.max)} at the peak instead of ${num(t('spiky').concurrency.max)})`,
  },
  {
    page: L5,
    label: 'GB-seconds, spiky vs steady',
    quote: () =>
      `bills **${num(t('spiky').gbSeconds)}** GB-seconds and the steady hour **${num(t('steady').gbSeconds)}**`,
  },
  {
    page: L5,
    label: 'INIT share of the duration line',
    quote: () => {
      const [sp, st] = [t('spiky'), t('steady')];
      return `about ${num(sp.gbSeconds - st.gbSeconds)} GB-seconds, is INIT: ${num(sp.coldStarts)} cold starts`;
    },
  },
  {
    page: L5,
    label: 'INIT adds to the duration line',
    quote: () => {
      const [sp, st] = [t('spiky'), t('steady')];
      return `It adds **${pct(sp.costUsd.duration / st.costUsd.duration - 1)}** to that hour's duration line (${usd(sp.costUsd.duration, 4)} instead of ${usd(st.costUsd.duration, 4)})`;
    },
  },
  {
    page: L5,
    label: 'lean GB-seconds',
    quote: () => `The 5 MB version of the spiky hour bills ${num(t('lean').gbSeconds)} GB-seconds`,
  },
  {
    page: L5,
    label: 'monolith',
    quote: () => {
      const m = t('monolith');
      return `the single function has **${num(m.coldStarts)}** cold starts in ${num(m.requests)} requests (${pct(m.coldStartProbability, 1)}), each slow (the cold requests' p99 is ${num(m.latencyMs.cold.p99)} ms)`;
    },
  },
  {
    page: L5,
    label: 'split',
    quote: () => {
      const s = t('split');
      return `The five functions together have **${num(s.coldStarts)}** cold starts in ${num(s.requests)} requests (${pct(s.coldStartProbability, 1)}), each short (cold p99 ${num(s.latencyMs.cold.p99)} ms)`;
    },
  },
  {
    page: L5,
    label: 'overall p99s, monolith and split',
    quote: () => `(${num(t('monolith').latencyMs.p99)} and ${num(t('split').latencyMs.p99)} ms)`,
  },
  {
    page: L6,
    label: 'rushes on demand',
    quote: () => {
      const r = r6('rushes');
      return `on demand, **${num(r.coldStarts)}** of ${num(r.requests)} requests are cold (${pct(r.coldStartProbability, 1)}) and the p99 is **${num(r.latencyMs.p99)} ms**`;
    },
  },
  {
    page: L6,
    label: 'rushes warm p99',
    quote: () => `the warm requests' p99 (${num(r6('rushes').latencyMs.warm.p99)} ms)`,
  },
  {
    page: L6,
    label: 'rushes with 40 provisioned',
    quote: () => {
      const r = r6('rushesProvisioned');
      return `With 40 provisioned environments, **${num(r.coldStarts)}** are cold (${pct(r.coldStartProbability, 1)}) and the p99 falls to **${num(r.latencyMs.p99)} ms**`;
    },
  },
  {
    page: L6,
    label: 'rushes cost',
    quote: () => {
      const [od, pc] = [r6('rushes').costUsd, r6('rushesProvisioned').costUsd];
      return `the two hours cost **${usd(od.total, 3)}**; with 40 provisioned environments of 1 GB they cost **${usd(pc.total)}**, of which ${usd(pc.provisioned)} is capacity`;
    },
  },
  {
    page: L6,
    label: 'rushes duration line',
    quote: () =>
      `from ${usd(r6('rushes').costUsd.duration, 3)} to ${usd(r6('rushesProvisioned').costUsd.duration, 3)}`,
  },
  {
    page: L6,
    label: 'day: requests and always-on cost',
    quote: () => {
      const d = r6('day');
      return `Over the simulated day (${num(d.requests)} requests), holding 12 provisioned environments around the clock costs **${usd(d.costUsd.total)}**, ${usd(d.costUsd.provisioned)} of it`;
    },
  },
  {
    page: L6,
    label: 'day: scheduled cost and p99',
    quote: () => {
      const [d, s] = [r6('day'), r6('dayScheduled')];
      return `costs **${usd(s.costUsd.total)}**, ${usd(s.costUsd.provisioned)} of it provisioned: **${pct(1 - s.costUsd.total / d.costUsd.total)} less** for the day, with the same p99 (${num(s.latencyMs.p99)} ms against ${num(d.latencyMs.p99)} ms)`;
    },
  },
  {
    page: L6,
    label: 'day: cold starts',
    quote: () =>
      `(${num(r6('dayScheduled').coldStarts)} against ${num(r6('day').coldStarts)}), far too few among ${num(r6('day').requests)} requests`,
  },
  {
    page: L6,
    label: 'pings',
    quote: () => {
      const [p, r] = [r6('rushesPinged'), r6('rushes')];
      return `**${num(p.coldStarts)}** cold starts instead of ${num(r.coldStarts)}, and a p99 of **${num(p.latencyMs.p99)} ms** instead of ${num(r.latencyMs.p99)}`;
    },
  },
];
