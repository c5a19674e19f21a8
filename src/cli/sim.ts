/**
 * `npm run sim -- scenario.json [--series] [--spans] [--records] [--full]`: runs a scenario file and prints
 * its summary as JSON. `--series` etc. add those outputs (they override the file's `output`); `--full` prints
 * the whole result. A bad file prints the validation message and exits with status 1. Node-only.
 */
import { readFileSync } from 'node:fs';
import { ScenarioError, simulate, summarize } from '../sim/index.ts';

const USAGE = 'usage: npm run sim -- <scenario.json> [--series[=seconds]] [--spans] [--records] [--full]';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file || args.includes('--help')) fail(USAGE);

let scenario: Record<string, unknown>;
try {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    fail(`${file}: the scenario must be a JSON object`);
  scenario = parsed as Record<string, unknown>;
} catch (err) {
  fail(`${file}: ${err instanceof Error ? err.message : String(err)}`);
}

const output: Record<string, unknown> = { ...(scenario.output as object | undefined) };
for (const arg of args) {
  const [flag, value] = arg.split('=');
  if (flag === '--series') output.seriesResolutionSeconds = value ? Number(value) : 60;
  else if (flag === '--spans') output.spans = true;
  else if (flag === '--records') output.records = true;
  else if (flag !== '--full' && arg.startsWith('--')) fail(`unknown option ${arg}\n${USAGE}`);
}
if (Object.keys(output).length > 0) scenario.output = output;

try {
  const result = simulate(scenario as never);
  const { series, spans, records } = result;
  const printed = args.includes('--full') ? result : { ...summarize(result), series, spans, records };
  process.stdout.write(`${JSON.stringify(printed, null, 2)}\n`);
} catch (err) {
  if (err instanceof ScenarioError) fail(`${file}: ${err.message}`);
  throw err;
}
