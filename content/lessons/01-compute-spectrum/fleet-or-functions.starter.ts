import { compareSpectrum } from '@lab/sim';

// An hour of steady traffic: 60 requests per second,
// each taking 500 ms of work on average.
// Option A: a fleet of always-on virtual machines (VMs),
//           each able to work on 8 requests at once.
// Option B: Lambda functions, which add an execution environment
//           for every request in flight.

// 1. The smallest number of VMs that serves this hour
//    without dropping a request.
const servers = 2; // TODO

// 2. Which option costs less for this hour?
//    Run, read the comparison, then answer.
const cheaper: 'vm' | 'functions' = 'vm'; // TODO

const result = compareSpectrum(
  {
    arrivals: { kind: 'poisson', ratePerSecond: 60 },
    durationMs: { kind: 'exponential', meanMs: 500 },
    horizonSeconds: 3600,
  },
  { vm: { servers, perServerConcurrency: 8 } },
);

// The comparison, one row per option.
const row = (o: typeof result.vm) => ({
  dropped: o.dropped,
  costUsd: Number(o.costUsd.toFixed(3)),
  p99Ms: o.latencyMs.p99,
});
console.table({ vm: row(result.vm), functions: row(result.functions) });

export default { servers, cheaper };
