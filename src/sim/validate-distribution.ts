/** Validation of a duration distribution (`durationMs`, `initMs`, `idleLifetimeMs`). */
import type { IssueCollector } from './issue-collector.ts';
import type { Distribution } from './types.ts';

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
      const maxMs = c.number(`${path}.maxMs`, value.maxMs, { min: minMs, max: MAX_MS });
      return { kind, minMs, maxMs };
    }
    case 'lognormal': {
      const medianMs = c.number(`${path}.medianMs`, value.medianMs, {
        min: 0,
        minExclusive: true,
        max: MAX_MS,
      });
      const p99Ms = c.number(`${path}.p99Ms`, value.p99Ms, { min: medianMs, max: MAX_MS });
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
