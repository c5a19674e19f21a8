import { resolve } from 'node:path';
import { type BuildContext, type BuildOptions, type BuildResult, build, context } from 'esbuild';
import type { Plugin, ResolvedConfig } from 'vite';

/** The module a page imports to get the runtime bundle's URL (typed in runtime-url.d.ts). */
export const RUNTIME_MODULE = 'virtual:lab-sandbox-runtime';
const RESOLVED = `\0${RUNTIME_MODULE}`;
/** Where the dev server serves the bundle, under the site's base path. */
const DEV_PATH = '@lab-sandbox/runtime.js';

/** Options of {@link sandboxRuntime}. */
export interface SandboxRuntimeOptions {
  /** Absolute path of the worker's entry module (src/sandbox/worker.ts). */
  entry: string;
}

/**
 * Bundles the sandbox runtime (src/sandbox/worker.ts with sucrase and the simulation core) into one
 * self-contained classic script, the only form the sandbox iframe can start: it receives the text and
 * runs it as a `blob:` Worker, so the module graph Vite serves in dev (and `?worker&url` with it) cannot
 * work there. One mechanism for dev and build: `import runtimeUrl from 'virtual:lab-sandbox-runtime'`
 * gives the URL of that bundle — in dev served by the dev server and rebuilt when a source it contains
 * changes (the page reloads), in a build emitted as a hashed asset under the base path.
 */
export function sandboxRuntime({ entry }: SandboxRuntimeOptions): Plugin {
  let config: ResolvedConfig;
  const options = (dev: boolean): BuildOptions & { write: false; metafile: true } => ({
    entryPoints: [entry],
    absWorkingDir: config.root,
    // esbuild resolves `@lab/sim` and `~` from tsconfig.json's `paths`, as Vite does for the page.
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: !dev,
    sourcemap: dev ? 'inline' : false,
    legalComments: dev ? 'inline' : 'none',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  /** The bundle's text and the absolute paths of the sources in it. */
  const output = (result: BuildResult<{ write: false; metafile: true }>) => {
    const code = result.outputFiles[0]?.text;
    if (code === undefined) throw new Error(`sandbox runtime: esbuild produced no output for ${entry}`);
    return { code, inputs: Object.keys(result.metafile.inputs).map((file) => resolve(config.root, file)) };
  };

  return {
    name: 'lab-sandbox-runtime',
    configResolved(resolved) {
      config = resolved;
    },
    resolveId(id) {
      return id === RUNTIME_MODULE ? RESOLVED : undefined;
    },
    async load(id) {
      if (id !== RESOLVED) return undefined;
      if (config.command === 'serve') return `export default ${JSON.stringify(config.base + DEV_PATH)};`;
      const { code, inputs } = output(await build(options(false)));
      for (const file of inputs) this.addWatchFile(file);
      const ref = this.emitFile({ type: 'asset', name: 'sandbox-runtime.js', source: code });
      // Vite's asset plugin turns this into the file's final URL, base path included.
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
    configureServer(server) {
      // An esbuild context rebuilds incrementally; the bundle is made on first request and after a change.
      let ctx: Promise<BuildContext<ReturnType<typeof options>>> | undefined;
      let current: Promise<string> | undefined;
      let inputs = new Set<string>();
      const bundled = () => {
        ctx ??= context(options(true));
        if (current) return current;
        current = ctx.then(async (c) => {
          const built = output(await c.rebuild());
          inputs = new Set(built.inputs);
          return built.code;
        });
        current.catch((error: unknown) => {
          current = undefined;
          config.logger.error(`sandbox runtime: ${error instanceof Error ? error.message : String(error)}`);
        });
        return current;
      };
      const onChange = (file: string) => {
        if (!inputs.has(file)) return;
        current = undefined;
        server.environments.client.hot.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onChange);
      server.watcher.on('unlink', onChange);
      server.httpServer?.once('close', () => void ctx?.then((c) => c.dispose()));

      const path = config.base + DEV_PATH;
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== path) return next();
        bundled().then(
          (code) => {
            res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
            res.setHeader('Cache-Control', 'no-store');
            res.end(code);
          },
          (error: unknown) => next(error),
        );
      });
    },
  };
}
