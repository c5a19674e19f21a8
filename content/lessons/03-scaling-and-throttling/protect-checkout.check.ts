import { defineChecks } from '@lab/sim';
import type { Answer } from './protect-checkout.solution';

const fn = (a: Answer, name: string) => {
  const summary = a.functions.find((f) => f.name === name);
  if (!summary) throw new RangeError(`no function named "${name}" in the result`);
  return summary;
};
const config = (a: Answer, name: string) => {
  const f = a.scenario.functions.find((c) => c.name === name);
  if (!f) throw new RangeError(`no function named "${name}" in the scenario`);
  return f;
};

export default defineChecks<Answer>([
  {
    name: 'The traffic is unchanged (about 18,000 checkout and 120,000 report requests)',
    hint: 'Fix this with limits, not by removing traffic: put the arrivals back as they were in the starter.',
    test: (a) =>
      Math.abs(fn(a, 'checkout').requests - 18_000) <= 900 &&
      Math.abs(fn(a, 'reports').requests - 120_000) <= 2_000,
  },
  {
    name: 'Checkout is never throttled',
    hint: 'While reports runs, it takes every free slot in the shared pool. Give checkout reservedConcurrency: slots no other function can use. Little’s law says it needs about 50 on average; leave room for peaks.',
    test: (a) => fn(a, 'checkout').throttled === 0,
  },
  {
    name: 'Checkout reserves no more than 300',
    hint: 'A reservation is taken out of everyone else’s pool even when checkout is idle. About 50 are in use on average; 100 covers the random peaks.',
    test: (a) => (config(a, 'checkout').reservedConcurrency ?? 0) <= 300,
  },
  {
    name: 'Reports still runs at least 800 at once at its peak',
    hint: 'Do not starve the batch job: a reservation of 0 (or a small one) on reports caps it there. Leave it most of the account.',
    test: (a) => fn(a, 'reports').concurrency.max >= 800,
  },
]);
