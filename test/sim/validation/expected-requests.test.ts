import { describe, expect, it } from 'vitest';
import { expectedRequests } from '~/sim/validation/expected-requests.ts';

describe('expectedRequests', () => {
  it.each([
    [{ kind: 'poisson', ratePerSecond: 2 } as const, 200],
    [{ kind: 'burst', count: 7, atSeconds: 50 } as const, 7],
    [{ kind: 'burst', count: 7, atSeconds: 500 } as const, 0],
    [
      {
        kind: 'steps',
        steps: [
          { atSeconds: 10, ratePerSecond: 1 },
          { atSeconds: 60, ratePerSecond: 2 },
        ],
      } as const,
      50 + 80,
    ],
    [{ kind: 'replay', timestampsMs: [1, 2, 3] } as const, 3],
  ])('%j over 100 s → %d', (p, n) => {
    expect(expectedRequests(p, 100)).toBe(n);
  });
});
