/** Scenario builders shared by the sim tests. */
import type { FunctionConfig, Scenario } from '@lab/sim';

/** A one-function scenario with Poisson arrivals and exponential durations, overridable. */
export function oneFunction(
  fn: Partial<FunctionConfig> = {},
  rest: Partial<Omit<Scenario, 'functions'>> = {},
): Scenario {
  return {
    seed: 1,
    horizonSeconds: 600,
    ...rest,
    functions: [
      {
        name: 'f',
        arrivals: { kind: 'poisson', ratePerSecond: 5 },
        durationMs: { kind: 'exponential', meanMs: 200 },
        initMs: { kind: 'fixed', valueMs: 100 },
        ...fn,
      },
    ],
  };
}
