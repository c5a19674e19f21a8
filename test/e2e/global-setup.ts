import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
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
      env: { ...process.env, ...env, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
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

/** Builds (unless E2E_SKIP_BUILD=1 and a build exists) and serves both builds; returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const skip = process.env['E2E_SKIP_BUILD'] === '1';
  const base = normaliseBase(process.env['BASE_PATH']);
  const dist = join(root, 'dist');
  const basePathDist = join(root, 'test-results', 'dist-base');

  if (!(skip && existsSync(join(dist, 'index.html')))) await build(dist, { BASE_PATH: base });
  if (!(skip && existsSync(join(basePathDist, 'index.html')))) {
    await build(basePathDist, { BASE_PATH: SECOND_BASE });
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
  };
}
