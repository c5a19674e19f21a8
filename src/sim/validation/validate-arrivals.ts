/** Validation of arrival patterns. */

import type { ArrivalPattern } from '../model/arrival-pattern.ts';
import type { IssueCollector } from './issue-collector.ts';

/** Highest rate accepted, requests per second. */
export const MAX_RATE = 1_000_000;

const KINDS = ['constant', 'poisson', 'burst', 'ramp', 'steps', 'diurnal', 'replay'] as const;
const FIELDS: Record<(typeof KINDS)[number], readonly string[]> = {
  constant: ['kind', 'ratePerSecond'],
  poisson: ['kind', 'ratePerSecond'],
  burst: ['kind', 'count', 'atSeconds'],
  ramp: ['kind', 'fromPerSecond', 'toPerSecond', 'startSeconds', 'endSeconds'],
  steps: ['kind', 'steps'],
  diurnal: ['kind', 'meanPerSecond', 'peakToTrough', 'peakHour'],
  replay: ['kind', 'timestampsMs'],
};

/** Checks one arrival pattern; fills `atSeconds`, `startSeconds` and `endSeconds` defaults. */
export function validateArrival(
  c: IssueCollector,
  path: string,
  value: unknown,
  horizonSeconds: number,
): ArrivalPattern | null {
  if (!c.object(path, value)) return null;
  const kind = c.choice(`${path}.kind`, value.kind, KINDS);
  if (!(KINDS as readonly unknown[]).includes(value.kind)) return null;
  c.knownKeys(path, value, FIELDS[kind]);
  const rate = (field: string, positive: boolean) =>
    c.number(`${path}.${field}`, value[field], { min: 0, minExclusive: positive, max: MAX_RATE });
  const seconds = (field: string, fallback?: number) =>
    c.number(`${path}.${field}`, value[field], { min: 0, max: 1e9 }, fallback);
  switch (kind) {
    case 'constant':
    case 'poisson':
      return { kind, ratePerSecond: rate('ratePerSecond', true) };
    case 'burst':
      return {
        kind,
        count: c.number(`${path}.count`, value.count, { min: 1, max: 10_000_000, integer: true }),
        atSeconds: seconds('atSeconds', 0),
      };
    case 'ramp': {
      const startSeconds = seconds('startSeconds', 0);
      const endSeconds = c.number(
        `${path}.endSeconds`,
        value.endSeconds,
        { min: startSeconds, minExclusive: true, max: 1e9 },
        Math.max(horizonSeconds, startSeconds + 1),
      );
      return {
        kind,
        fromPerSecond: rate('fromPerSecond', false),
        toPerSecond: rate('toPerSecond', false),
        startSeconds,
        endSeconds,
      };
    }
    case 'steps': {
      const list = c.array(`${path}.steps`, value.steps, 1, 10_000);
      let last = -1;
      const steps = list.map((s, i) => {
        const p = `${path}.steps[${i}]`;
        if (!c.object(p, s)) return { atSeconds: 0, ratePerSecond: 0 };
        c.knownKeys(p, s, ['atSeconds', 'ratePerSecond']);
        const atSeconds = c.number(`${p}.atSeconds`, s.atSeconds, {
          min: Math.max(last, 0),
          minExclusive: last >= 0,
          max: 1e9,
        });
        last = atSeconds;
        return {
          atSeconds,
          ratePerSecond: c.number(`${p}.ratePerSecond`, s.ratePerSecond, { min: 0, max: MAX_RATE }),
        };
      });
      return { kind, steps };
    }
    case 'diurnal':
      return {
        kind,
        meanPerSecond: rate('meanPerSecond', true),
        peakToTrough: c.number(`${path}.peakToTrough`, value.peakToTrough, { min: 1, max: 1000 }),
        peakHour: c.number(`${path}.peakHour`, value.peakHour, { min: 0, max: 24 }),
      };
    case 'replay': {
      const list = c.array(`${path}.timestampsMs`, value.timestampsMs, 0, 10_000_000);
      const timestampsMs = list.map((t, i) =>
        c.number(`${path}.timestampsMs[${i}]`, t, { min: 0, max: 1e12 }),
      );
      return { kind, timestampsMs };
    }
  }
}
