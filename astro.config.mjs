// @ts-check
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { baseLinks } from './src/build/base-links.ts';
import { contentCheck } from './src/build/content-check.ts';
import { lessonFolders } from './src/build/lesson-items.ts';
import { monacoCssOnLoad } from './src/build/monaco-css-plugin.ts';
import { sandboxRuntime } from './src/build/sandbox-runtime-plugin.ts';
import { serviceWorker } from './src/build/service-worker.ts';

const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

/** Lesson pages in course order: the same list the landing outline uses (`lessonFolders`). */
const lessonSlugs = lessonFolders().map((folder) => `lessons/${folder}`);

/** Top-level reference pages, listed after the lessons once their files exist. */
const referencePages = [
  { slug: 'glossary', file: './content/glossary.mdx' },
  { slug: 'what-changed', file: './content/what-changed.mdx' },
  { slug: 'your-traffic', file: './content/your-traffic.mdx' },
].filter((page) => existsSync(new URL(page.file, import.meta.url)));

export default defineConfig({
  site,
  base,
  // Build output used by the browser tests can be redirected (second build with a base path).
  outDir: process.env.OUT_DIR || './dist',
  integrations: [
    // Every lesson's frontmatter, presets, quiz and exercises, checked before anything is built.
    contentCheck(),
    starlight({
      title: 'Concurrency Lab',
      description: 'An interactive course on how AWS Lambda concurrency really behaves.',
      sidebar: [
        { label: 'Lessons', items: lessonSlugs },
        ...(referencePages.length ? [{ label: 'Reference', items: referencePages.map((p) => p.slug) }] : []),
      ],
      customCss: [
        './src/styles/course.css',
        './src/styles/lesson-tables.css',
        './src/styles/update-banner.css',
        './src/styles/print.css',
        './src/styles/chart-palette.css',
      ],
      // Installable: the manifest (public/manifest.webmanifest) and the browser bar in each theme's colour.
      head: [
        { tag: 'link', attrs: { rel: 'manifest', href: `${base.replace(/\/?$/, '/')}manifest.webmanifest` } },
        {
          tag: 'meta',
          attrs: { name: 'theme-color', media: '(prefers-color-scheme: light)', content: '#ffffff' },
        },
        {
          tag: 'meta',
          attrs: { name: 'theme-color', media: '(prefers-color-scheme: dark)', content: '#17181c' },
        },
      ],
      components: {
        Banner: './src/components/shell/Banner.astro',
        PageTitle: './src/components/shell/PageTitle.astro',
        Sidebar: './src/components/shell/Sidebar.astro',
        ThemeProvider: './src/components/shell/ThemeProvider.astro',
      },
      lastUpdated: false,
      pagination: true,
    }),
    // Authors write site-relative links (`/glossary/`); this prefixes them with the base path.
    baseLinks(),
    // Offline after the first visit; a new deploy is offered, not mixed in (last: it lists the final files).
    serviceWorker(),
  ],
  vite: {
    build: {
      // Monaco's TypeScript worker (6.9 MB, loaded only when a sandbox first opens, then cached) is the one big
      // chunk, and it is expected: warn only above it.
      chunkSizeWarningLimit: 7500,
      rolldownOptions: {
        // "Build took N s in plugins" is not something a lesson author can act on.
        checks: { bundlerTimings: false },
        onLog(level, log, handler) {
          // Astro's own marker in every MDX page ("use astro:head-inject"): a note about Astro, not the course.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
    plugins: [
      // The sandbox runtime as one self-contained script, in dev as in the build (src/sandbox/worker.ts).
      sandboxRuntime({ entry: fileURLToPath(new URL('./src/sandbox/worker.ts', import.meta.url)) }),
      // Monaco's CSS arrives with Monaco instead of blocking every sandbox page's first render.
      monacoCssOnLoad({
        helper: fileURLToPath(new URL('./src/components/sandbox/monaco-styles.ts', import.meta.url)),
      }),
    ],
    // `@lab/sim` and `~` are defined once, in tsconfig.json's `paths`.
    resolve: { tsconfigPaths: true },
  },
});
