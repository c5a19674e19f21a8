import { readFileSync } from 'node:fs';
import { compareSpectrum, type SimulationResult, simulate } from '@lab/sim';
import { describe, expect, it } from 'vitest';
import { spectrumRun, spectrumWorkload } from '~/explorables/spectrum.ts';
import * as l2 from '../../content/lessons/02-concurrency/playground.ts';
import * as l3 from '../../content/lessons/03-scaling-and-throttling/playground.ts';
import * as l4 from '../../content/lessons/04-environment-reuse/playground.ts';

/** The text of a lesson page. */
const page = (lesson: string) =>
  readFileSync(new URL(`../../content/lessons/${lesson}/index.mdx`, import.meta.url), 'utf8');
const fn = (r: SimulationResult, name: string) => r.functions.find((f) => f.name === name);

/**
 * Numbers quoted in lessons 1–4 come from the simulator. Each row re-runs the lesson's preset and checks that
 * the simulator still gives the number and that the page still quotes it as written: if the engine changes,
 * this test names the sentence to update.
 */
const rows: [lesson: string, quoted: string, value: () => number, expected: number][] = [
  ['02-concurrency', 'creates **1**', () => simulate(l2.spread).total.environments.created, 1],
  [
    '02-concurrency',
    'burst creates 1,000 environments',
    () => simulate(l2.burst).total.environments.created,
    1000,
  ],
  [
    '02-concurrency',
    'mean concurrency of **10.1**',
    () => Math.round(simulate(l2.rateTimesDuration).total.concurrency.mean * 10) / 10,
    10.1,
  ],
  ['02-concurrency', 'a maximum of **23**', () => simulate(l2.rateTimesDuration).total.concurrency.max, 23],
  ['03-scaling-and-throttling', '**19,474**', () => simulate(l3.flashSale).total.throttled, 19_474],
  ['03-scaling-and-throttling', '**223,800**', () => simulate(l3.flashSaleLegacy).total.throttled, 223_800],
  [
    '03-scaling-and-throttling',
    'loses **3,144** of its 17,974',
    () => fn(simulate(l3.noisyNeighbour), 'checkout')?.throttled ?? -1,
    3144,
  ],
  [
    '03-scaling-and-throttling',
    'With 100 reserved it loses none',
    () => fn(simulate(l3.protectedCheckout), 'checkout')?.throttled ?? -1,
    0,
  ],
  [
    '03-scaling-and-throttling',
    'reports still runs 900 at once',
    () => fn(simulate(l3.protectedCheckout), 'reports')?.concurrency.max ?? -1,
    900,
  ],
  [
    '04-environment-reuse',
    '**100** environments created',
    () => simulate(l4.waves).total.environments.created,
    100,
  ],
  [
    '04-environment-reuse',
    'exactly 1,000\ncold starts',
    () => simulate(l4.burstThenTrickle).total.coldStarts,
    1000,
  ],
  [
    '01-compute-spectrum',
    'the functions $7.11',
    () => {
      const { workload, options } = spectrumRun({ shape: 'steady', meanPerSecond: 44, memoryMb: 512 });
      return Math.round(compareSpectrum(workload, options).functions.costUsd * 100) / 100;
    },
    7.11,
  ],
  [
    '07-cost',
    'the functions now cost $2.71',
    () => {
      const run = spectrumRun({ shape: 'steady', meanPerSecond: 26, workMs: 120, memoryMb: 512, servers: 1 });
      return Math.round(compareSpectrum(run.workload, run.options).functions.costUsd * 100) / 100;
    },
    2.71,
  ],
  [
    '07-cost',
    'lose at **44** ($4.58)',
    () => {
      const run = spectrumRun({ shape: 'steady', meanPerSecond: 44, workMs: 120, memoryMb: 512, servers: 2 });
      return Math.round(compareSpectrum(run.workload, run.options).functions.costUsd * 100) / 100;
    },
    4.58,
  ],
  [
    '01-compute-spectrum',
    'cost **$3.99** for the day',
    () => Math.round(compareSpectrum(spectrumWorkload('steady', 5)).vm.costUsd * 100) / 100,
    3.99,
  ],
  [
    '01-compute-spectrum',
    'cost about **$0.27**',
    () => Math.round(compareSpectrum(spectrumWorkload('steady', 5)).functions.costUsd * 100) / 100,
    0.27,
  ],
  [
    '01-compute-spectrum',
    '(**36,448** of them',
    () => compareSpectrum(spectrumWorkload('spiky', 5)).containers.dropped,
    36_448,
  ],
];

describe('numbers quoted in lessons 1–4', () => {
  it.each(rows)('%s quotes "%s" and the simulator agrees', (lesson, quoted, value, expected) => {
    expect(page(lesson)).toContain(quoted);
    expect(value()).toBe(expected);
  });
});
