/** Validation of a duration distribution (`durationMs`, `initMs`, `idleLifetimeMs`). */

import type { Distribution } from '../model/types.ts';
import type { IssueCollector } from './issue-collector.ts';

/** Longest duration accepted anywhere, ms (one year): keeps every sum finite. */
export const MAX_MS = 31_536_000_000;

const KINDS = ['fixed', 'exponential', 'uniform', 'lognormal', 'empirical'] as const;
const FIELDS: Record<(typeof KINDS)[number], readonly string[]> = {
  fixed: ['kind', 'valueMs'],
  exponential: ['kind', 'meanMs'],
  uniform: ['kind', 'minMs', 'maxMs'],
  lognormal: ['kind', 'medianMs', 'p99Ms'],
  empirical: ['kind', 'samplesMs'],
};

/** Checks one distribution and returns a clean copy (or a harmless placeholder after an issue). */
export function validateDistribution(c: IssueCollector, path: string, value: unknown): Distribution {
  const placeholder: Distribution = { kind: 'fixed', valueMs: 0 };
  if (!c.object(path, value)) return placeholder;
  const kind = c.choice(`${path}.kind`, value.kind, KINDS);
  if (!(KINDS as readonly unknown[]).includes(value.kind)) return placeholder;
  c.knownKeys(path, value, FIELDS[kind]);
  switch (kind) {
    case 'fixed':
      return { kind, valueMs: c.number(`${path}.valueMs`, value.valueMs, { min: 0, max: MAX_MS }) };
    case 'exponential':
      return {
        kind,
        meanMs: c.number(`${path}.meanMs`, value.meanMs, { min: 0, minExclusive: true, max: MAX_MS }),
      };
    case 'uniform': {
      const minMs = c.number(`${path}.minMs`, value.minMs, { min: 0, max: MAX_MS });
      const maxMs = atLeast(c, `${path}.maxMs`, value.maxMs, minMs, 'minMs');
      return { kind, minMs, maxMs };
    }
    case 'lognormal': {
      const medianMs = c.number(`${path}.medianMs`, value.medianMs, {
        min: 0,
        minExclusive: true,
        max: MAX_MS,
      });
      const p99Ms = atLeast(c, `${path}.p99Ms`, value.p99Ms, medianMs, 'medianMs');
      return { kind, medianMs, p99Ms };
    }
    case 'empirical': {
      const samples = c.array(`${path}.samplesMs`, value.samplesMs, 1, 100_000);
      const samplesMs = samples.map((s, i) =>
        c.number(`${path}.samplesMs[${i}]`, s, { min: 0, max: MAX_MS }),
      );
      return { kind, samplesMs };
    }
  }
}

// An upper field that must not be below its partner: the message names the partner.
function atLeast(c: IssueCollector, path: string, value: unknown, floor: number, partner: string): number {
  if (typeof value === 'number' && Number.isFinite(value) && value < floor) {
    c.add(path, `must be ≥ ${partner} (${floor}), got ${value}`);
    return floor;
  }
  return c.number(path, value, { min: floor, max: MAX_MS });
}
