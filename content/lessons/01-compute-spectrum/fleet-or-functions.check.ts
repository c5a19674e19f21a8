import { compareSpectrum, defineChecks } from '@lab/sim';
import type { Answer } from './fleet-or-functions.solution';

// The workload of the task, re-run here so that the checks do not depend on how the answer was computed.
const WORKLOAD = {
  arrivals: { kind: 'poisson', ratePerSecond: 60 },
  durationMs: { kind: 'exponential', meanMs: 500 },
  horizonSeconds: 3600,
} as const;
const runs = new Map<number, ReturnType<typeof compareSpectrum>>();
const fleet = (servers: number) => {
  let run = runs.get(servers);
  if (!run) {
    run = compareSpectrum(WORKLOAD, { vm: { servers, perServerConcurrency: 8 } });
    runs.set(servers, run);
  }
  return run;
};

export default defineChecks<Answer>([
  {
    name: 'Your fleet drops no requests',
    hint: 'Requests in flight = 60 per second × 0.5 s = 30 on average. Each VM works on 8 at once: how many VMs hold 30?',
    test: (a) => Number.isInteger(a.servers) && a.servers >= 1 && fleet(a.servers).vm.dropped === 0,
  },
  {
    name: 'It is the smallest fleet that drops none',
    hint: 'Is there a smaller fleet that also drops nothing? Try one VM fewer: if it still drops nothing, keep going down.',
    test: (a) =>
      fleet(a.servers).vm.dropped === 0 && (a.servers === 1 || fleet(a.servers - 1).vm.dropped > 0),
  },
  {
    name: 'You picked the cheaper option for this hour',
    hint: 'First size the fleet so that it drops nothing (a fleet that drops requests is cheap for a bad reason). Then compare the costUsd column of the two rows in the output.',
    test: (a) => {
      const r = fleet(a.servers);
      return r.vm.dropped === 0 && a.cheaper === (r.functions.costUsd < r.vm.costUsd ? 'functions' : 'vm');
    },
  },
]);
