import { defineChecks } from '@lab/sim';
import type { Answer } from './size-it.solution';

// The workload in the task: 250 requests per second, 400 ms each on average, so 100 in flight.
const RATE = 250;
const MEAN_MS = 400;
const EXPECTED = RATE * (MEAN_MS / 1000);

export default defineChecks<Answer>([
  {
    name: 'Your estimate is 250 × 0.4 = 100 (within 2%)',
    hint: 'Multiply the request rate by the duration in seconds: 400 ms is 0.4 s. If you got 100,000, you used milliseconds.',
    test: (a) => Math.abs(a.estimate - EXPECTED) <= EXPECTED * 0.02,
  },
  {
    name: 'The simulation receives 250 requests per second',
    hint: 'Set ratePerSecond in the arrivals to 250: ten minutes should hold about 150,000 requests.',
    test: (a) => Math.abs(a.result.total.requests - RATE * 600) <= RATE * 600 * 0.03,
  },
  {
    name: 'Requests in the simulation take 400 ms on average',
    hint: 'Set meanMs in durationMs to 400 (milliseconds). Warm requests should average about 400 ms.',
    test: (a) => Math.abs(a.result.total.latencyMs.warm.mean - MEAN_MS) <= MEAN_MS * 0.05,
  },
  {
    name: 'The simulator agrees with your estimate (mean concurrency within 10%)',
    hint: 'Once the scenario matches the workload, the measured mean concurrency should land near your estimate. If it does not, recheck your units.',
    test: (a) => Math.abs(a.result.total.concurrency.mean - a.estimate) <= a.estimate * 0.1 && a.estimate > 0,
  },
]);
