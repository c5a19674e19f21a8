import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { normaliseBase, type StaticServer, serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the main build, ending in its base path, e.g. `http://127.0.0.1:41234/`. */
    baseUrl: string;
    /** Folder of the main build (`dist/`). */
    distDir: string;
    /** URL of the second build, made with `BASE_PATH=/concurrency-lab/`. */
    basePathUrl: string;
    /** Folder of the second build. */
    basePathDistDir: string;
  }
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** The base path the second build is made with, as for GitHub Pages. */
export const SECOND_BASE = '/concurrency-lab/';

function build(outDir: string, env: Record<string, string>): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astro, 'build'], {
      cwd: root,
      // NODE_ENV: Vitest sets 'test', which would make a development build (no search, DEV code paths).
      env: { ...process.env, ...env, NODE_ENV: 'production', OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (chunk) => {
      log += chunk;
    });
    child.stderr.on('data', (chunk) => {
      log += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) {
        console.log(`e2e: built ${outDir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        resolve();
      } else {
        reject(
          new Error(
            `astro build (${outDir}) failed with exit code ${code}:\n${log.split('\n').slice(-60).join('\n')}`,
          ),
        );
      }
    });
  });
}

/** Whether the process that wrote a lock is still running. */
function alive(pidFile: string): boolean {
  const pid = Number(existsSync(pidFile) ? readFileSync(pidFile, 'utf8') : Number.NaN);
  if (!Number.isInteger(pid)) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Takes a lock for the whole test run, so that test runs started from the same working tree (several people
 * share one) do not rebuild a site another run is serving. `mkdir` is atomic; a lock whose process has died
 * is removed. Returns the release function.
 */
async function takeRunLock(lock: string): Promise<() => void> {
  const pidFile = join(lock, 'pid');
  let waited = false;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(pidFile, String(process.pid));
      return () => rmSync(lock, { force: true, recursive: true });
    } catch {
      // Give a just-created lock a moment to receive its pid before judging it stale.
      if (waited && !alive(pidFile)) rmSync(lock, { force: true, recursive: true });
      if (!waited) console.log('e2e: another browser-test run is using the builds; waiting for it');
      waited = true;
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
}

/** Builds (unless E2E_SKIP_BUILD=1 and a build exists) and serves both builds; returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const skip = process.env['E2E_SKIP_BUILD'] === '1';
  const base = normaliseBase(process.env['BASE_PATH']);
  // Own output folders, so a test run never races an `npm run build` into dist/; under node_modules/.cache
  // so that type checking and linting never see built files.
  const results = join(root, 'node_modules', '.cache', 'concurrency-lab-e2e');
  const dist = join(results, 'dist');
  const basePathDist = join(results, 'dist-base');
  mkdirSync(results, { recursive: true });

  const release = await takeRunLock(join(results, 'e2e-run.lock'));
  try {
    if (!(skip && existsSync(join(dist, 'index.html')))) await build(dist, { BASE_PATH: base });
    if (!(skip && existsSync(join(basePathDist, 'index.html')))) {
      await build(basePathDist, { BASE_PATH: SECOND_BASE });
    }
  } catch (error) {
    release();
    throw error;
  }

  const servers: StaticServer[] = [
    await serveStatic(dist, base),
    await serveStatic(basePathDist, SECOND_BASE),
  ];
  const [main, second] = servers as [StaticServer, StaticServer];
  project.provide('baseUrl', main.url);
  project.provide('distDir', dist);
  project.provide('basePathUrl', second.url);
  project.provide('basePathDistDir', basePathDist);

  return async () => {
    await Promise.all(servers.map((server) => server.close()));
    release();
  };
}
