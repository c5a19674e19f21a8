import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';

/** File name of the service worker, at the root of the site (under the base path). */
export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * Monaco and its TypeScript worker (≈ 2.5 MB gzip): not precached on the first visit but cached the first time
 * a sandbox loads them. Their names carry a content hash, so a cached copy never goes stale.
 */
export const MONACO_ASSET =
  /\/_astro\/(?:ts\.worker|editor\.worker|editor\.api|monaco-[a-z-]+|tsMode|typescript|codicon)[.-][^/]*$/;

/** What the first visit downloads for offline use: every page, script, style, icon and the search index. */
const PRECACHE = ['**/*.{html,js,css,svg,png,ico,webmanifest,wasm,woff2}', 'pagefind/**/*'];

/**
 * Query parameters that do not change the file: playground state in a lesson link (`?pg-<id>=…`), Pagefind's
 * cache-buster (`?ts=…`), tracking tags. A precached page opened with them is still served offline.
 */
const IGNORED_PARAMETERS = [/^pg-/, /^ts$/, /^utm_/, /^fbclid$/];

/** What {@link writeServiceWorker} did: files precached, their total size in bytes, notes for the author. */
export interface ServiceWorkerReport {
  count: number;
  size: number;
  warnings: string[];
}

/**
 * Writes `sw.js` into a built site (`out`, an absolute folder): every page of the course, its assets and
 * Pagefind's index are precached, so after one visit the whole course works offline; Monaco is cached on first
 * use instead. A new deploy installs a new worker that waits: the page offers to reload (`update-prompt.ts`),
 * and only then does the new version take over, all files at once, so a learner never runs a mix of old and
 * new files. URLs are relative to the worker, so the site works under any base path. The worker never touches
 * `localStorage`, where progress and saved code live.
 */
export async function writeServiceWorker(out: string): Promise<ServiceWorkerReport> {
  const { count, size, warnings } = await generateSW({
    globDirectory: out,
    globPatterns: PRECACHE,
    globIgnores: [SERVICE_WORKER_FILE, 'workbox-*.js', '404.html', '**/_astro/*.map'],
    swDest: `${out}/${SERVICE_WORKER_FILE}`,
    // Monaco's modules match the patterns above: leave them out; a file matched twice is listed once.
    manifestTransforms: [
      async (entries) => {
        const seen = new Set<string>();
        const manifest = entries.filter((e) => {
          if (MONACO_ASSET.test(`/${e.url}`) || seen.has(e.url)) return false;
          seen.add(e.url);
          return true;
        });
        return { manifest };
      },
    ],
    maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
    dontCacheBustURLsMatching: /(?:^|\/)_astro\//,
    ignoreURLParametersMatching: IGNORED_PARAMETERS,
    directoryIndex: 'index.html',
    cleanupOutdatedCaches: true,
    // A new version waits until the learner accepts it; the first install controls the open page at once, so
    // the Monaco files that page loads are cached too.
    skipWaiting: false,
    clientsClaim: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    runtimeCaching: [
      {
        urlPattern: MONACO_ASSET,
        handler: 'CacheFirst',
        options: { cacheName: 'monaco', expiration: { maxEntries: 40 } },
      },
    ],
  });
  // Workbox measures every matched file before the transform above drops Monaco's: skip those notes.
  const notes = warnings.filter((w) => !MONACO_ASSET.test(`/${w.split(' ')[0]}`));
  return { count, size, warnings: notes };
}

/** The Astro integration: writes the service worker after the build (`astro:build:done`), see above. */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'concurrency-lab:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await writeServiceWorker(fileURLToPath(dir));
        for (const warning of warnings) logger.warn(warning);
        logger.info(
          `${SERVICE_WORKER_FILE}: ${count} files precached (${(size / 1024 / 1024).toFixed(1)} MB)`,
        );
      },
    },
  };
}
