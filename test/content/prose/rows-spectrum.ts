import { compareSpectrum } from '@lab/sim';
import { type SpectrumSettings, spectrumRun } from '~/explorables/spectrum.ts';
import { lesson, type ProseRow, pct, usd } from './quote-helpers.ts';

const L1 = lesson('01-compute-spectrum');
const L7 = lesson('07-cost');

const runs = new Map<string, ReturnType<typeof compareSpectrum>>();
/** The spectrum explorer's result for these settings (steady shape), memoized. */
function explorer(s: Omit<SpectrumSettings, 'shape'>) {
  const key = JSON.stringify(s);
  let r = runs.get(key);
  if (!r) {
    const { workload, options } = spectrumRun({ shape: 'steady', ...s });
    r = compareSpectrum(workload, options);
    runs.set(key, r);
  }
  return r;
}

/** Figures lessons 1 and 7 quote from the spectrum explorer at the settings they ask the learner to set. */
export const rowsSpectrum: ProseRow[] = [
  {
    page: L1,
    label: 'two VMs against 512 MB functions at 44 req/s',
    quote: () => {
      const r = explorer({ meanPerSecond: 44, memoryMb: 512 });
      return `now ${pct(r.vm.utilization)} busy, cost ${usd(r.vm.costUsd)} for the day and the functions ${usd(r.functions.costUsd)}`;
    },
  },
  {
    page: L1,
    label: 'a day at 1,000 req/s: 40 VMs against functions at 512 and 128 MB',
    quote: () =>
      `about 40 VMs (${usd(explorer({ meanPerSecond: 1000, memoryMb: 512, servers: 40 }).vm.costUsd)} for the day) to serve that day, still less than the 512 MB functions (${usd(explorer({ meanPerSecond: 1000, memoryMb: 512 }).functions.costUsd)}) but more than the same functions at 128 MB (${usd(explorer({ meanPerSecond: 1000, memoryMb: 128 }).functions.costUsd)})`,
  },
  {
    page: L7,
    label: 'one VM against 120 ms functions at 15 and 26 req/s',
    quote: () => {
      const at15 = explorer({ meanPerSecond: 15, workMs: 120, memoryMb: 512, servers: 1 });
      const at26 = explorer({ meanPerSecond: 26, workMs: 120, memoryMb: 512, servers: 1 });
      return `At 15 requests per second the functions cost ${usd(at15.functions.costUsd)} for the day. Raise the rate to **26** requests per second: the functions now cost ${usd(at26.functions.costUsd)}, and the VM, only ${pct(at26.vm.utilization)} busy, is the cheaper one.`;
    },
  },
  {
    page: L7,
    label: 'two VMs: break-even between 35 and 44 req/s',
    quote: () => {
      const at35 = explorer({ meanPerSecond: 35, workMs: 120, memoryMb: 512, servers: 2 });
      const at44 = explorer({ meanPerSecond: 44, workMs: 120, memoryMb: 512, servers: 2 });
      return `Set two VMs (${usd(at35.vm.costUsd)} a day): the functions are still cheaper at 35 requests per second (${usd(at35.functions.costUsd)}) and lose at **44** (${usd(at44.functions.costUsd)}).`;
    },
  },
];
