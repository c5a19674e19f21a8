/**
 * `npm run sim -- scenario.json [--series[=seconds]] [--spans] [--records] [--full]`: runs a scenario file
 * and prints its summary as JSON. `npm run sim -- --traffic traffic.csv whatif.json` replays a CloudWatch
 * export (or a list of request times) under the what-if settings (`WhatIf`, src/traffic/traffic-scenario.ts)
 * and prints the summary, the fitted duration and the model-vs-measured checks. `--series` etc. add those outputs (they override the file's `output`);
 * `--full` prints the whole result. `--help` prints the usage. A bad file or option prints what is wrong on
 * stderr and exits with status 1. Node-only.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ScenarioError, simulate, summarize } from '../sim/index.ts';
import { parseTraffic } from '../traffic/parse-traffic.ts';
import { runTraffic } from '../traffic/run-traffic.ts';
import type { WhatIf } from '../traffic/traffic-scenario.ts';
import { TrafficError } from '../traffic/traffic-types.ts';

const USAGE = `usage: npm run sim -- <scenario.json> [options]
       npm run sim -- --traffic <traffic.csv|.json|.txt> [whatif.json]

  --series[=seconds]  add a time series at this bucket width (default 60)
  --spans             add environment lifecycles
  --records           add per-attempt records
  --full              print the whole result, scenario included
  --traffic <file>    replay a CloudWatch export or a list of request times (formats: README)
  --help              print this help
`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

// `--series` alone means 60 s; parseArgs needs a value for a string option, so a bare flag is rewritten.
const argv = process.argv.slice(2).map((a) => (a === '--series' ? '--series=60' : a));
let parsed: ReturnType<typeof parse>;
function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: {
      series: { type: 'string' },
      spans: { type: 'boolean' },
      records: { type: 'boolean' },
      full: { type: 'boolean' },
      traffic: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
try {
  parsed = parse(argv);
} catch (err) {
  fail(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (values.traffic !== undefined) runTrafficFile(values.traffic, positionals);

/** `--traffic file [whatif.json]`: prints the run's summary and checks, exits. */
function runTrafficFile(path: string, rest: string[]): never {
  if (rest.length > 1) fail(`--traffic expects at most one what-if file after it, got ${rest.join(', ')}`);
  let whatIf: WhatIf = {};
  try {
    if (rest[0]) whatIf = JSON.parse(readFileSync(rest[0], 'utf8')) as WhatIf;
    const text = readFileSync(path, 'utf8');
    const run = runTraffic(parseTraffic(text, Buffer.byteLength(text)), whatIf);
    const { full, totals, method, notes, durationFit, checks, periodSeconds, startMs } = run;
    const printed = {
      start: new Date(startMs).toISOString(),
      periodSeconds,
      method,
      notes,
      durationFit,
      // The exact method gives the simulator's whole summary; the fast method its estimates.
      ...(full ?? { total: totals }),
      checks,
    };
    process.stdout.write(`${JSON.stringify(printed, null, 2)}\n`);
    process.exit(0);
  } catch (err) {
    if (err instanceof TrafficError || err instanceof ScenarioError || err instanceof SyntaxError)
      fail(`${err instanceof TrafficError ? path : (rest[0] ?? path)}: ${err.message}`);
    if (err instanceof Error && 'code' in err) fail(err.message);
    throw err;
  }
}

const [file, ...extra] = positionals;
if (!file) fail(`missing the scenario file\n\n${USAGE}`);
if (extra.length > 0)
  fail(`expected one scenario file, got ${positionals.length}: ${positionals.join(', ')}`);

let series: number | undefined;
if (values.series !== undefined) {
  series = Number(values.series);
  if (!Number.isFinite(series) || series <= 0)
    fail(`--series expects a bucket width in seconds (a number > 0), got "${values.series}"`);
}

let scenario: Record<string, unknown>;
try {
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    fail(`${file}: the scenario must be a JSON object`);
  scenario = json as Record<string, unknown>;
} catch (err) {
  fail(`${file}: ${err instanceof Error ? err.message : String(err)}`);
}

const output: Record<string, unknown> = { ...(scenario.output as object | undefined) };
if (series !== undefined) output.seriesResolutionSeconds = series;
if (values.spans) output.spans = true;
if (values.records) output.records = true;
if (Object.keys(output).length > 0) scenario.output = output;

try {
  const result = simulate(scenario as never);
  const printed = values.full
    ? result
    : { ...summarize(result), series: result.series, spans: result.spans, records: result.records };
  process.stdout.write(`${JSON.stringify(printed, null, 2)}\n`);
} catch (err) {
  if (err instanceof ScenarioError) fail(`${file}: ${err.message}`);
  throw err;
}
