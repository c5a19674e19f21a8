/**
 * The published JSON Schema of scenario files (src/cli/scenario-schema.ts → public/scenario.schema.json):
 * up to date with the types and the validator, and agreeing with them on fields and bounds.
 */
import { readFileSync } from 'node:fs';
import { validateScenario } from '@lab/sim';
import { describe, expect, it } from 'vitest';
import { SCHEMA_PATH, scenarioSchemaText } from '~/cli/scenario-schema.ts';
import { FUNCTION_FIELDS } from '~/sim/validation/validate-function.ts';

type Json = Record<string, unknown>;

/** The value at a path of keys in the schema (throws naming the path when it is missing). */
function at(value: unknown, ...keys: string[]): Json {
  let v = value;
  for (const k of keys) {
    if (typeof v !== 'object' || v === null || !(k in v)) throw new Error(`schema has no ${keys.join('.')}`);
    v = (v as Json)[k];
  }
  return v as Json;
}

const committed = readFileSync(SCHEMA_PATH, 'utf8');
const schema: unknown = JSON.parse(committed);
const fn = at(schema, 'properties', 'functions', 'items');

describe('scenario JSON Schema', () => {
  // Reading types.ts with the TypeScript compiler takes seconds on a busy machine (a limit, not a timing).
  it('is up to date: regenerating it gives the committed file (run `npm run schema` after a change)', {
    timeout: 60_000,
  }, () => {
    expect(scenarioSchemaText()).toBe(committed);
  });

  it('lists exactly the function fields the validator knows, and requires name, arrivals, durationMs', () => {
    expect(Object.keys(at(fn, 'properties')).sort()).toEqual([...FUNCTION_FIELDS].sort());
    expect(fn.required).toEqual(['name', 'arrivals', 'durationMs']);
    expect(fn.additionalProperties).toBe(false);
  });

  it("carries the validator's bounds and the documented defaults", () => {
    expect(at(fn, 'properties', 'memoryMb')).toMatchObject({
      type: 'integer',
      minimum: 128,
      maximum: 10240,
      default: 128,
    });
    expect(at(schema, 'properties', 'horizonSeconds')).toMatchObject({
      exclusiveMinimum: 0,
      maximum: 31_536_000,
    });
    expect(at(schema, 'properties', 'account', 'properties', 'concurrencyLimit')).toMatchObject({
      minimum: 10,
    });
  });

  it('lets a scenario file name its schema', () => {
    const file = JSON.parse(readFileSync('test/cli/fixtures/issue-example.json', 'utf8')) as object;
    expect(() => validateScenario({ $schema: '../../public/scenario.schema.json', ...file })).not.toThrow();
    expect(() => validateScenario({ $schema: 3, ...file })).toThrow(/\$schema must be a string/);
  });
});
