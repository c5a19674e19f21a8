import { type CheckResult, runChecks } from '@lab/sim';
import { describe, expect, it } from 'vitest';

/**
 * Every exercise in content/ is proven here: its solution passes all of its checks, and its starter
 * (which must run) fails at least one. A broken exercise fails CI, the way Rustlings proves its own.
 */
type Module = { default: unknown };
const solutions = import.meta.glob<Module>('/content/lessons/*/*.solution.ts');
const starters = import.meta.glob<Module>('/content/lessons/*/*.starter.ts');
const checkFiles = import.meta.glob<Module>('/content/lessons/*/*.check.ts');

const exercises = Object.keys(solutions)
  .map((path) => path.replace(/\.solution\.ts$/, ''))
  .sort();

async function verdict(base: string, kind: 'solution' | 'starter'): Promise<CheckResult[]> {
  const load = (kind === 'solution' ? solutions : starters)[`${base}.${kind}.ts`];
  const checks = checkFiles[`${base}.check.ts`];
  if (!load || !checks) throw new Error(`${base}: missing ${load ? 'check' : kind} file`);
  const answer = await (await load()).default;
  const list = (await checks()).default;
  expect(Array.isArray(list), `${base}.check.ts must export defineChecks([...]) as default`).toBe(true);
  return runChecks(list as Parameters<typeof runChecks>[0], answer);
}

describe('exercises', () => {
  it('exist', () => {
    expect(exercises.length).toBeGreaterThan(0);
  });

  describe.each(exercises)('%s', (base) => {
    it('has a starter and a check file beside its solution', () => {
      expect(starters[`${base}.starter.ts`], `${base}.starter.ts`).toBeDefined();
      expect(checkFiles[`${base}.check.ts`], `${base}.check.ts`).toBeDefined();
    });

    it('solution passes every check', { timeout: 60_000 }, async () => {
      const failed = (await verdict(base, 'solution')).filter((r) => !r.passed);
      expect(failed.map((r) => `${r.name}${r.error ? ` (${r.error})` : ''}`)).toEqual([]);
    });

    it('starter runs and fails at least one check', { timeout: 60_000 }, async () => {
      const results = await verdict(base, 'starter');
      expect(
        results.some((r) => !r.passed),
        'the starter already passes every check',
      ).toBe(true);
    });
  });
});
