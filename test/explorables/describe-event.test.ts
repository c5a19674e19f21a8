import type { SimEvent } from '@lab/sim';
import { describe, expect, it } from 'vitest';
import { describeEvent } from '~/explorables/describe-event.ts';

const event = (overrides: Partial<SimEvent>): SimEvent => ({
  kind: 'arrival',
  atMs: 1500,
  functionName: 'f',
  envId: 2,
  ...overrides,
});

describe('describeEvent', () => {
  it('says the run is over when nothing is left to process', () => {
    expect(describeEvent(null)).toBe('The run is over: nothing left to process.');
  });

  it('names an arrival, how it was served and its environment', () => {
    expect(describeEvent(event({ outcome: 'cold' }))).toBe(
      '0:01 (+500 ms): a request arrived — cold start (environment 2).',
    );
  });

  it('leaves the environment out of a throttled arrival', () => {
    expect(describeEvent(event({ outcome: 'throttled', envId: -1 }))).toBe(
      '0:01 (+500 ms): a request arrived — throttled.',
    );
  });

  it.each([
    ['retry', 3, 'a retry arrived'],
    ['init-end', 3, 'environment 3 finished INIT and took its request'],
    ['complete', 3, 'environment 3 finished a request and went idle'],
    ['reclaim', 3, 'environment 3 was reclaimed'],
    ['reclaim', -1, 'idle environments past their lifetime were reclaimed'],
    ['provision', 3, 'provisioned environment 3 was initialised'],
  ] as const)('describes a %s event (environment %d)', (kind, envId, text) => {
    expect(describeEvent(event({ kind, envId, atMs: 2000 }))).toBe(`0:02 (+0 ms): ${text}.`);
  });
});
