import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['src/cli/sim.ts', ...args], { cwd: root, encoding: 'utf8' });

// Each test starts Node processes: on a loaded shared machine that takes more than Vitest's default 5 s.
describe('npm run sim', { timeout: 60_000 }, () => {
  it("runs the issue's example file as is and prints the summary JSON", () => {
    const out = run('test/cli/fixtures/issue-example.json');
    expect(out.status).toBe(0);
    const json = JSON.parse(out.stdout);
    for (const s of [json.total, json.functions[0]]) {
      for (const key of [
        'requests',
        'served',
        'throttled',
        'coldStarts',
        'coldStartProbability',
        'utilization',
        'gbSeconds',
      ]) {
        expect(typeof s[key]).toBe('number');
      }
      expect(Object.keys(s.latencyMs)).toEqual(expect.arrayContaining(['mean', 'p50', 'p90', 'p99', 'max']));
      expect(Object.keys(s.concurrency)).toEqual(['max', 'mean']);
      expect(Object.keys(s.environments)).toEqual(
        expect.arrayContaining(['mean', 'meanBusy', 'meanIdle', 'meanInitializing', 'max', 'created']),
      );
      expect(Object.keys(s.costUsd)).toEqual(['requests', 'duration', 'provisioned', 'total']);
    }
    // 2.5 req/s for a day.
    expect(Math.abs(json.total.requests - 216_000)).toBeLessThan(3 * Math.sqrt(216_000));
  });

  it('adds a series with --series', () => {
    const out = run('test/cli/fixtures/issue-example.json', '--series=3600');
    expect(JSON.parse(out.stdout).series.t).toHaveLength(24);
  });

  // Two Node processes in a row: allow for a busy machine (a time limit, not a timed assertion).
  it('prints the validation message and exits 1 on a bad file, without a stack', { timeout: 30_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-cli-'));
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        functions: [
          {
            name: 'a',
            memoryMb: 50,
            arrivals: { kind: 'poisson', ratePerSecond: 1 },
            durationMs: { kind: 'fixed', valueMs: 1 },
          },
        ],
      }),
    );
    const out = run(file);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('functions[0].memoryMb must be 128–10240, got 50');
    expect(out.stderr).not.toMatch(/\bat \S+ \(/);
    writeFileSync(file, '{ not json');
    expect(run(file).status).toBe(1);
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the usage on stdout and exits 0 with --help', () => {
    const out = run('--help');
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^usage: npm run sim -- <scenario\.json>/);
    expect(out.stderr).toBe('');
  });

  it('says what an option expected', () => {
    const bad = run('test/cli/fixtures/issue-example.json', '--series=abc');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--series expects a bucket width in seconds (a number > 0), got "abc"');
    const unknown = run('test/cli/fixtures/issue-example.json', '--bogus');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("Unknown option '--bogus'");
    expect(run().stderr).toContain('missing the scenario file');
  });

  it('replays a traffic file with --traffic and prints the summary with the checks', () => {
    const out = run(
      '--traffic',
      'public/traffic/example-get-metric-data.json',
      'public/traffic/whatif-example.json',
    );
    expect(out.status).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(json.periodSeconds).toBe(60);
    expect(json.durationFit).toMatch(/^exponential with the file's average/);
    expect(json.total.requests).toBeGreaterThan(0);
    expect(json.checks.map((c: { metric: string }) => c.metric)).toEqual(['ConcurrentExecutions']);
    const bad = run('--traffic', 'package.json');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('package.json: expected an object with a MetricDataResults array');
  });
});
