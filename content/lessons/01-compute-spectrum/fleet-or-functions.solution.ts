import { compareSpectrum } from '@lab/sim';

// Requests in flight (Little's law, lesson 2): 60 per second × 0.5 s = 30.
// Each VM works on 8 at once, so 30 ÷ 8 = 3.75: three VMs cannot keep
// up, four can (busy 94% of the time).
const servers = 4;

const result = compareSpectrum(
  {
    arrivals: { kind: 'poisson', ratePerSecond: 60 },
    durationMs: { kind: 'exponential', meanMs: 500 },
    horizonSeconds: 3600,
  },
  { vm: { servers, perServerConcurrency: 8 } },
);

// Functions pay only for busy time; the fleet pays for every
// server-hour, busy or not.
const cheaper: 'vm' | 'functions' = result.functions.costUsd < result.vm.costUsd ? 'functions' : 'vm';

/** The answer: the fleet size and which option is cheaper. */
export type Answer = { servers: number; cheaper: 'vm' | 'functions' };

export default { servers, cheaper } satisfies Answer;
