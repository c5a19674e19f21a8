import { describe, expect, it } from 'vitest';
import { settingsToWhatIf } from '../../src/traffic/traffic-settings.ts';

describe('settingsToWhatIf', () => {
  it('reads the form’s strings into a what-if', () => {
    expect(
      settingsToWhatIf({
        memoryMb: '1024',
        architecture: 'arm64',
        runtime: 'python3.13',
        packageMb: '20',
        idleMinutes: '10',
        reservedConcurrency: '50',
        accountLimit: '3000',
        scaling: 'unlimited',
        provisioned: '5',
        method: 'fast',
      }),
    ).toEqual({
      memoryMb: 1024,
      architecture: 'arm64',
      runtime: 'python3.13',
      packageMb: 20,
      idleMinutes: 10,
      reservedConcurrency: 50,
      accountLimit: 3000,
      scaling: 'unlimited',
      provisionedByHour: [{ fromHour: 8, toHour: 20, count: 5 }],
      method: 'fast',
    });
  });

  it('empty reserved concurrency is none, 0 provisioned is none, unknown choices fall back to the defaults', () => {
    const w = settingsToWhatIf({
      reservedConcurrency: ' ',
      provisioned: '0',
      scaling: 'warp',
      method: 'magic',
    });
    expect(w).toMatchObject({
      reservedConcurrency: null,
      provisionedByHour: [],
      scaling: 'per-function',
      method: 'auto',
    });
    expect(w.memoryMb).toBe(128);
  });
});
