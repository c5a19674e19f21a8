import { type CheckResult, runChecks } from '@lab/sim';
import { describe, expect, it } from 'vitest';
import { FABRICATED } from './exercises/fabricated.ts';
import { TYPICAL_MISTAKES_EARLY } from './exercises/mistakes-early.ts';
import { TYPICAL_MISTAKES_LATE } from './exercises/mistakes-late.ts';

const TYPICAL_MISTAKES = { ...TYPICAL_MISTAKES_EARLY, ...TYPICAL_MISTAKES_LATE };

/**
 * Every exercise in content/ is proven here: its solution passes all of its checks, its starter (which must
 * run) fails at least one, an answer that hands over a made-up result fails, and each typical wrong answer
 * gets the hint written for that mistake first. A broken exercise fails CI, the way Rustlings proves its own.
 */
type Module = { default: unknown };
const solutions = import.meta.glob<Module>('/content/lessons/*/*.solution.ts');
const starters = import.meta.glob<Module>('/content/lessons/*/*.starter.ts');
const checkFiles = import.meta.glob<Module>('/content/lessons/*/*.check.ts');

const exercises = Object.keys(solutions)
  .map((path) => path.replace(/\.solution\.ts$/, ''))
  .sort();
const idOf = (base: string) => base.replace('/content/lessons/', '');

async function checksOf(base: string): Promise<Parameters<typeof runChecks>[0]> {
  const checks = checkFiles[`${base}.check.ts`];
  if (!checks) throw new Error(`${base}: missing check file`);
  const list = (await checks()).default;
  expect(Array.isArray(list), `${base}.check.ts must export defineChecks([...]) as default`).toBe(true);
  return list as Parameters<typeof runChecks>[0];
}

async function verdict(base: string, kind: 'solution' | 'starter'): Promise<CheckResult[]> {
  const load = (kind === 'solution' ? solutions : starters)[`${base}.${kind}.ts`];
  if (!load) throw new Error(`${base}: missing ${kind} file`);
  return runChecks(await checksOf(base), await (await load()).default);
}

describe('exercises', () => {
  it('exist, each with a fabricated answer and typical mistakes to test', () => {
    expect(exercises.length, 'no content/lessons/*/*.solution.ts found').toBeGreaterThan(0);
    const missing = (table: Record<string, unknown>, where: string, what: string) =>
      exercises
        .map(idOf)
        .filter((id) => !(id in table))
        .map(
          (id) =>
            `content/lessons/${id}: add ${what} under '${id}' in ${where} (AUTHORING.md, "Exercise files")`,
        );
    expect([
      ...missing(
        FABRICATED,
        'test/content/exercises/fabricated.ts',
        'an answer that hands over a made-up result',
      ),
      ...missing(
        TYPICAL_MISTAKES,
        'test/content/exercises/mistakes-*.ts',
        'the typical wrong answers and their hint',
      ),
    ]).toEqual([]);
    const stale = [...Object.keys(FABRICATED), ...Object.keys(TYPICAL_MISTAKES)].filter(
      (id) => !exercises.map(idOf).includes(id),
    );
    expect(stale, 'entries for exercises that no longer exist').toEqual([]);
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

    it('a fabricated result does not pass', { timeout: 60_000 }, async () => {
      const results = runChecks(await checksOf(base), FABRICATED[idOf(base)]);
      expect(
        results.some((r) => !r.passed),
        'a made-up result passed every check',
      ).toBe(true);
    });

    it('every check has a three-step hint ladder and a label without the answer', async () => {
      for (const check of await checksOf(base)) {
        expect(
          check.hints,
          `${base}.check.ts: "${check.name}" needs hints: [nudge, concept, nearAnswer]`,
        ).toHaveLength(3);
        for (const hint of [...check.hints, ...Object.values(check.mistakes ?? {})])
          expect(
            hint.length,
            `${base}.check.ts: "${check.name}": the hint "${hint}" is too short to help; write a sentence (over 20 characters)`,
          ).toBeGreaterThan(20);
      }
    });

    const mistakes = TYPICAL_MISTAKES[idOf(base)] ?? [];
    it.each(mistakes)(
      '$mistake: the first hint is the one written for it',
      async (m) => {
        const results = runChecks(await checksOf(base), m.answer);
        const result = results.find((r) => r.name.startsWith(m.check));
        expect(result, `no check named "${m.check}…"`).toBeDefined();
        expect(result?.passed, `"${result?.name}" passed`).toBe(false);
        expect(result?.diagnosis).toBe(m.diagnosis);
        const check = (await checksOf(base)).find((c) => c.name === result?.name);
        expect(result?.hints[0]).toBe(check?.mistakes?.[m.diagnosis]);
      },
      60_000,
    );
  });
});
