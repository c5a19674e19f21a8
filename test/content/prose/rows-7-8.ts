import { costOf } from '@lab/sim';
import * as l7 from '../../../content/lessons/07-cost/playground.ts';
import * as l8 from '../../../content/lessons/08-capstone/playground.ts';
import { fn, lesson, num, type ProseRow, pct, sim, usd } from './quote-helpers.ts';
import { spectrumAt } from './rows-1-4.ts';

const L7 = lesson('07-cost');
const L8 = lesson('08-capstone');

/** The capstone day with 10-minute series, run once. */
const day8 = () => sim({ ...l8.firstDeployment, output: { seriesResolutionSeconds: 600 } });
const windowAt = (hour: number) => Math.round((hour * 3600) / 600);

const l7Explorer = (meanPerSecond: number, servers: number) =>
  spectrumAt({ shape: 'steady', meanPerSecond, workMs: 120, memoryMb: 512, servers });

/** Simulator figures quoted in lessons 7 and 8. */
export const rows7toEnd: ProseRow[] = [
  {
    page: L7,
    label: 'the explorer: one VM against 120 ms, 512 MB functions',
    quote: () => {
      const [low, high] = [l7Explorer(15, 1), l7Explorer(26, 1)];
      return `one t3.large (${usd(low.vm.costUsd)} a day). At 15 requests per second the functions cost ${usd(low.functions.costUsd)} for the day. Raise the rate to **26** requests per second: the functions now cost ${usd(high.functions.costUsd)}, and the VM, only ${pct(high.vm.utilization)} busy, is the cheaper one.`;
    },
  },
  {
    page: L7,
    label: 'the explorer: two VMs',
    quote: () => {
      const [low, high] = [l7Explorer(35, 2), l7Explorer(44, 2)];
      return `Set two VMs (${usd(low.vm.costUsd)} a day): the functions are still cheaper at 35 requests per second (${usd(low.functions.costUsd)}) and lose at **44** (${usd(high.functions.costUsd)}).`;
    },
  },
  {
    page: L7,
    label: 'costOf, worked example',
    quote: () => {
      const requests = 20 * 86_400 * 30;
      const c = costOf({ requests, memoryMb: 512, billedMs: requests * 120 });
      return `// → requests ${num(c.requests, 2)}, duration ${num(c.duration, 2)}, provisioned ${num(c.provisioned)}, total ${num(c.total, 2)} (rounded)`;
    },
  },
  {
    page: L7,
    label: 'I/O-bound cost, 256 vs 1,024 MB',
    quote: () => {
      const [a, b] = [sim(l7.ioBound).total.costUsd.total, sim(l7.ioBoundBig).total.costUsd.total];
      return `the 256 MB hour costs **${usd(a, 3)}** and the 1,024 MB hour **${usd(b, 3)}**: ${num(b / a, 1)} times as much`;
    },
  },
  {
    page: L7,
    label: 'I/O-bound latency',
    quote: () => {
      const a = sim(l7.ioBound).total.latencyMs;
      return `p50 ${num(a.p50)} ms, p99 ${num(a.p99)} ms in both`;
    },
  },
  {
    page: L7,
    label: 'steady on demand vs provisioned',
    quote: () => {
      const [a, b] = [
        sim(l7.steadyOnDemand).total.costUsd.total,
        sim(l7.steadyProvisioned).total.costUsd.total,
      ];
      return `On demand the hour costs **${usd(a, 3)}**; with 12 provisioned environments, **${usd(b, 3)}**, ${num((1 - b / a) * 100)}% less`;
    },
  },
  {
    page: L7,
    label: 'steady provisioned: requests in flight',
    quote: () =>
      `The 12 environments carry ${num(sim(l7.steadyProvisioned).total.concurrency.mean, 1)} requests in flight on average`,
  },
  {
    page: L8,
    label: "checkout's p99 over the day",
    quote: () => `checkout's p99 over the whole day is **${num(fn(day8(), 'checkout').latencyMs.p99)} ms**`,
  },
  {
    page: L8,
    label: '14:00 throttles',
    quote: () => {
      const w = day8().series?.functions.checkout?.throttles[windowAt(14)];
      return `At **14:00**, ${num(w ?? Number.NaN)} checkout requests are throttled`;
    },
  },
  {
    page: L8,
    label: '18:00 window p99',
    quote: () => {
      const p = day8().series?.functions.checkout?.p99[windowAt(18)];
      return `At **18:00**, the window's p99 is **${num(p ?? Number.NaN)} ms**`;
    },
  },
  { page: L8, label: 'cost of the day', quote: () => `The day costs ${usd(day8().total.costUsd.total)}.` },
];
