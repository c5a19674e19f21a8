import { compareSpectrum } from '@lab/sim';
import { type SpectrumSettings, spectrumRun, spectrumWorkload } from '~/explorables/spectrum.ts';
import * as l2 from '../../../content/lessons/02-concurrency/playground.ts';
import * as l3 from '../../../content/lessons/03-scaling-and-throttling/playground.ts';
import * as l4 from '../../../content/lessons/04-environment-reuse/playground.ts';
import { fn, lesson, num, type ProseRow, pct, sim, usd } from './quote-helpers.ts';

const L1 = lesson('01-compute-spectrum');
const L2 = lesson('02-concurrency');
const L3 = lesson('03-scaling-and-throttling');
const L4 = lesson('04-environment-reuse');

let steady: ReturnType<typeof compareSpectrum> | undefined;
const steady5 = () => {
  steady ??= compareSpectrum(spectrumWorkload('steady', 5));
  return steady;
};

/** `compareSpectrum` for the explorer's settings. */
export const spectrumAt = (settings: SpectrumSettings) => {
  const { workload, options } = spectrumRun(settings);
  return compareSpectrum(workload, options);
};

/** Simulator figures quoted in lessons 1–4. */
export const rows1to4: ProseRow[] = [
  {
    page: L1,
    label: 'VM utilization, steady 5 req/s',
    quote: () => `busy only about **${pct(steady5().vm.utilization)}**`,
  },
  { page: L1, label: 'VM cost, steady', quote: () => `cost **${usd(steady5().vm.costUsd)}** for the day` },
  {
    page: L1,
    label: 'container cost, steady',
    quote: () => `about **${usd(steady5().containers.costUsd)}**`,
  },
  {
    page: L1,
    label: 'function cost, steady',
    quote: () => `cost about **${usd(steady5().functions.costUsd)}**`,
  },
  {
    page: L1,
    label: 'p99 of all three, steady',
    quote: () => {
      const s = steady5();
      const p99s = [s.vm, s.containers, s.functions].map((o) => Math.round(o.latencyMs.p99));
      // "about the same time": the three p99s within 2% of each other; the prose quotes the VM's.
      const spread = Math.max(...p99s) / Math.min(...p99s);
      return spread <= 1.02 ? `(p99 of ${num(p99s[0] ?? 0)} ms)` : `p99s differ: ${p99s.join(', ')}`;
    },
  },
  {
    page: L1,
    label: 'containers drop requests, spiky',
    quote: () => `(**${num(compareSpectrum(spectrumWorkload('spiky', 5)).containers.dropped)}** of them`,
  },
  {
    page: L1,
    label: 'a busy VM fleet beats 512 MB functions at 44 req/s',
    quote: () => {
      const r = spectrumAt({ shape: 'steady', meanPerSecond: 44, memoryMb: 512 });
      return `the rate to **44** requests per second: the two VMs, now ${pct(r.vm.utilization)} busy, cost ${usd(r.vm.costUsd)} for the day and the functions ${usd(r.functions.costUsd)}`;
    },
  },
  {
    page: L1,
    label: 'a day at 1,000 req/s: 40 VMs against functions at 512 and 128 MB',
    quote: () => {
      const vm40 = spectrumAt({ shape: 'steady', meanPerSecond: 1000, servers: 40, memoryMb: 512 });
      const small = spectrumAt({ shape: 'steady', meanPerSecond: 1000, memoryMb: 128 });
      return `about 40 VMs (${usd(vm40.vm.costUsd)} for the day) to serve that day, still less than the 512 MB functions (${usd(vm40.functions.costUsd)}) but more than the same functions at 128 MB (${usd(small.functions.costUsd)})`;
    },
  },
  {
    page: L2,
    label: 'spread creates one environment',
    quote: () => `creates **${num(sim(l2.spread).total.environments.created)}**`,
  },
  {
    page: L2,
    label: 'burst creates one environment per request',
    quote: () => `the burst creates ${num(sim(l2.burst).total.environments.created)} environments`,
  },
  {
    page: L2,
    label: 'mean concurrency',
    quote: () => `mean concurrency of **${num(sim(l2.rateTimesDuration).total.concurrency.mean, 1)}**`,
  },
  {
    page: L2,
    label: 'max concurrency',
    quote: () => `a maximum of **${num(sim(l2.rateTimesDuration).total.concurrency.max)}**`,
  },
  {
    page: L3,
    label: 'flash sale throttles, today',
    quote: () => {
      const t = sim(l3.flashSale).total;
      return `(**${num(t.throttled)}** of about ${num(Math.round(t.requests / 1000) * 1000)})`;
    },
  },
  {
    page: L3,
    label: 'flash sale throttles, legacy',
    quote: () => `(**${num(sim(l3.flashSaleLegacy).total.throttled)}** requests)`,
  },
  {
    page: L3,
    label: 'noisy neighbour: checkout throttles',
    quote: () => {
      const c = fn(sim(l3.noisyNeighbour), 'checkout');
      return `loses **${num(c.throttled)}** of its ${num(c.requests)} requests`;
    },
  },
  {
    page: L3,
    label: 'protected checkout',
    quote: () => {
      const r = sim(l3.protectedCheckout);
      const lost = fn(r, 'checkout').throttled;
      return `With 100 reserved it loses ${lost === 0 ? 'none' : num(lost)}, and reports still runs ${num(fn(r, 'reports').concurrency.max)} at once`;
    },
  },
  {
    page: L4,
    label: 'waves: environments and cold starts',
    quote: () => {
      const t = sim(l4.waves).total;
      return `**${num(t.environments.created)}** environments created, **${num(t.coldStarts)}** cold starts out of ${num(t.requests)} requests`;
    },
  },
  {
    page: L4,
    label: 'burst then trickle: cold starts',
    quote: () => `counts exactly ${num(sim(l4.burstThenTrickle).total.coldStarts)} cold starts`,
  },
];
