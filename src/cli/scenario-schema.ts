/**
 * `npm run schema`: writes `public/scenario.schema.json`, the JSON Schema of scenario files for `npm run
 * sim` (an editor validates and autocompletes a file that names it in `$schema`). Generated, not written by
 * hand: the structure, descriptions and defaults come from the doc-commented types in `src/sim/model/`
 * (read with the TypeScript compiler), the numeric bounds from the validator itself (`numberRulesOf` on a
 * probe scenario that uses every field and kind). `test/cli/scenario-schema.test.ts` fails when the
 * committed file is out of date. Node-only.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { numberRulesOf } from '../sim/index.ts';

type Json = Record<string, unknown>;

const TYPES = fileURLToPath(new URL('../sim/model/types.ts', import.meta.url));
// The tagged unions' members (`kind: 'burst'` → BurstArrivals) are looked up in these files too.
const KIND_FILES = [TYPES, fileURLToPath(new URL('../sim/model/arrival-pattern.ts', import.meta.url))];
/** Where the schema is published (served by the site at /scenario.schema.json). */
export const SCHEMA_PATH = fileURLToPath(new URL('../../public/scenario.schema.json', import.meta.url));

// Every arrival and distribution kind once, and every optional field, so that the validator applies (and
// reports) every numeric rule it has.
const PROBE = {
  seed: 1,
  horizonSeconds: 3600,
  account: { concurrencyLimit: 1000, scaling: 'legacy-burst', legacyBurst: 3000 },
  output: { seriesResolutionSeconds: 60, spans: 10, records: 10 },
  functions: ['fixed', 'exponential', 'uniform', 'lognormal', 'empirical'].map((kind, i) => ({
    name: `f${i}`,
    memoryMb: 128,
    arrivals: [
      { kind: 'constant', ratePerSecond: 1 },
      { kind: 'poisson', ratePerSecond: 1 },
      { kind: 'burst', count: 1, atSeconds: 0 },
      { kind: 'ramp', fromPerSecond: 0, toPerSecond: 1, startSeconds: 0, endSeconds: 10 },
      { kind: 'steps', steps: [{ atSeconds: 0, ratePerSecond: 1 }] },
      { kind: 'diurnal', meanPerSecond: 1, peakToTrough: 2, peakHour: 12 },
      { kind: 'replay', timestampsMs: [0] },
    ],
    durationMs: {
      fixed: { kind, valueMs: 1 },
      exponential: { kind, meanMs: 1 },
      uniform: { kind, minMs: 1, maxMs: 2 },
      lognormal: { kind, medianMs: 1, p99Ms: 2 },
      empirical: { kind, samplesMs: [1] },
    }[kind],
    reservedConcurrency: 1,
    provisionedConcurrency: [{ atSeconds: 0, count: 1 }],
    timeoutMs: 1000,
    errorRate: 0,
    maxEventAgeSeconds: 60,
    maxRetryAttempts: 0,
    proactiveInitProbability: 0,
    provisionedAllocationSeconds: 0,
    provisionedRecycleSeconds: 60,
  })),
};

// The interface a probe path's last object belongs to, e.g. `functions[0].arrivals[2]` → BurstArrivals.
function ownerOf(path: string, kinds: ReadonlyMap<string, string>): string | null {
  const dot = path.lastIndexOf('.');
  if (dot < 0) return 'Scenario';
  const parent = path.slice(0, dot);
  if (parent === 'account') return 'AccountConfig';
  if (parent === 'output') return 'OutputOptions';
  if (/^functions\[\d+\]$/.test(parent)) return 'FunctionConfig';
  if (/\.provisionedConcurrency\[\d+\]$/.test(parent)) return 'ProvisionedStep';
  if (/\.steps\[\d+\]$/.test(parent)) return 'RateStep';
  const node = parent.split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== '');
  let v: unknown = PROBE;
  for (const k of node) v = (v as Json)[k];
  const kind = (v as { kind?: string } | undefined)?.kind;
  return kind === undefined ? null : (kinds.get(kind) ?? null);
}

/** Builds the schema object (deterministic: same types and validator, same schema). */
export function buildScenarioSchema(): Json {
  const program = ts.createProgram(KIND_FILES, { strict: true, target: ts.ScriptTarget.ES2022 });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(TYPES);
  if (!source) throw new Error(`cannot read ${TYPES}`);
  const root = source.statements.find((s) => ts.isInterfaceDeclaration(s) && s.name.text === 'Scenario');
  if (!root) throw new Error('no Scenario interface in types.ts');

  // kind literal → interface name, for the tagged unions (arrivals, distributions).
  const kinds = new Map<string, string>();
  const statements = KIND_FILES.flatMap((file) => program.getSourceFile(file)?.statements ?? []);
  for (const s of statements) {
    if (!ts.isInterfaceDeclaration(s)) continue;
    const kind = checker.getTypeAtLocation(s).getProperty('kind');
    const t = kind && checker.getTypeOfSymbol(kind);
    if (t?.isStringLiteral()) kinds.set(t.value, s.name.text);
  }
  const rules = new Map<string, Json>();
  // Bounds that depend on the horizon (series resolution, arrival times) differ between two probes: they
  // are left to the validator and the description.
  const other = numberRulesOf({ ...PROBE, horizonSeconds: 7200 });
  for (const [path, rule] of numberRulesOf(PROBE)) {
    const owner = ownerOf(path, kinds);
    if (owner === null || JSON.stringify(other.get(path)) !== JSON.stringify(rule)) continue;
    const r: Json = {};
    if (rule.integer) r.type = 'integer';
    if (rule.min !== undefined) r[rule.minExclusive ? 'exclusiveMinimum' : 'minimum'] = rule.min;
    if (rule.max !== undefined) r.maximum = rule.max;
    rules.set(`${owner}.${path.slice(path.lastIndexOf('.') + 1)}`, r);
  }

  const convert = (type: ts.Type, owner: string, prop: string): Json => {
    if (type.isUnion()) {
      const parts = type.types.filter((t) => !(t.flags & ts.TypeFlags.Undefined));
      if (parts.every((t) => t.flags & ts.TypeFlags.BooleanLiteral)) return { type: 'boolean' };
      if (parts.every((t) => t.isStringLiteral()))
        return { enum: parts.map((t) => (t as ts.StringLiteralType).value) };
      const bools = parts.filter((t) => t.flags & ts.TypeFlags.BooleanLiteral);
      const rest = parts.filter((t) => !(t.flags & ts.TypeFlags.BooleanLiteral));
      const anyOf = rest.map((t) => convert(t, owner, prop));
      if (bools.length > 0) anyOf.unshift({ type: 'boolean' });
      return anyOf.length === 1 ? (anyOf[0] as Json) : { anyOf };
    }
    if (type.flags & ts.TypeFlags.Number) return { type: 'number', ...rules.get(`${owner}.${prop}`) };
    if (type.flags & ts.TypeFlags.String) return { type: 'string' };
    if (type.flags & ts.TypeFlags.Null) return { type: 'null' };
    if (type.isStringLiteral()) return { const: type.value };
    if (checker.isArrayType(type) || checker.isTupleType(type)) {
      const item = checker.getTypeArguments(type as ts.TypeReference)[0];
      return { type: 'array', items: item ? convert(item, owner, prop) : {} };
    }
    return objectSchema(type);
  };

  const objectSchema = (type: ts.Type): Json => {
    const name = type.getSymbol()?.getName() ?? '';
    const properties: Json = {};
    const required: string[] = [];
    for (const p of checker.getPropertiesOfType(type)) {
      const decl = p.valueDeclaration ?? p.declarations?.[0];
      if (!decl) continue;
      const s = convert(checker.getTypeOfSymbolAtLocation(p, decl), name, p.getName());
      const description = ts.displayPartsToString(p.getDocumentationComment(checker)).replace(/\s+/g, ' ');
      const def = p.getJsDocTags(checker).find((t) => t.name === 'default');
      const text = def ? ts.displayPartsToString(def.text).split(' ')[0] : undefined;
      let value: unknown;
      try {
        value = text === undefined ? undefined : JSON.parse(text.replace(/'/g, '"'));
      } catch {
        value = undefined;
      }
      properties[p.getName()] = {
        ...(description ? { description } : {}),
        ...s,
        ...(value !== undefined ? { default: value } : {}),
      };
      if (!(p.flags & ts.SymbolFlags.Optional)) required.push(p.getName());
    }
    const doc = type.getSymbol()?.getDocumentationComment(checker);
    const description = doc ? ts.displayPartsToString(doc).replace(/\s+/g, ' ') : '';
    return {
      type: 'object',
      ...(description ? { description } : {}),
      properties,
      ...(required.length > 0 ? { required } : {}),
      additionalProperties: false,
    };
  };

  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://concurrency-lab/scenario.schema.json',
    title: 'Concurrency Lab scenario (npm run sim)',
    ...objectSchema(checker.getTypeAtLocation(root)),
  };
}

/** The schema as the text written to SCHEMA_PATH. */
export function scenarioSchemaText(): string {
  return `${JSON.stringify(buildScenarioSchema(), null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_PATH, scenarioSchemaText());
  process.stdout.write(`wrote ${SCHEMA_PATH}\n`);
}
