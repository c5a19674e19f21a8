// @ts-check
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

/** Top-level reference pages, listed after the lessons once their files exist. */
const referencePages = [
  { slug: 'glossary', file: './content/glossary.mdx' },
  { slug: 'what-changed', file: './content/what-changed.mdx' },
].filter((page) => existsSync(new URL(page.file, import.meta.url)));

export default defineConfig({
  site,
  base,
  // Build output used by the browser tests can be redirected (second build with a base path).
  outDir: process.env.OUT_DIR || './dist',
  integrations: [
    starlight({
      title: 'Concurrency Lab',
      description: 'An interactive course on how AWS Lambda concurrency really behaves.',
      // Lessons are sorted by folder name (01-…, 02-…), which follows their `order`.
      sidebar: [
        { label: 'Lessons', items: [{ autogenerate: { directory: 'lessons' } }] },
        ...(referencePages.length ? [{ label: 'Reference', items: referencePages.map((p) => p.slug) }] : []),
      ],
      customCss: ['./src/styles/course.css'],
      components: {
        PageTitle: './src/components/shell/PageTitle.astro',
        Sidebar: './src/components/shell/Sidebar.astro',
      },
      lastUpdated: false,
      pagination: true,
    }),
  ],
  vite: {
    resolve: {
      alias: {
        '@lab/sim': fileURLToPath(new URL('./src/sim/index.ts', import.meta.url)),
        '~': fileURLToPath(new URL('./src', import.meta.url)),
      },
    },
  },
});
