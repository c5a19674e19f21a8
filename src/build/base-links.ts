import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { prefixBase, prefixBaseInHtml } from './base-path.ts';

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/**
 * Lets lesson authors write site-relative links in Markdown (`[glossary](/glossary/)`): after the build, such
 * links are prefixed with the base path, so the site works under e.g. `/concurrency-lab/`. (Astro 7's default
 * Markdown processor, Sätteri, does not run rehype plugins, so this works on the built HTML.)
 */
export function baseLinks(): AstroIntegration {
  let base = '/';
  return {
    name: 'concurrency-lab:base-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        if (prefixBase('/x', base) === '/x') return;
        for await (const file of htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const fixed = prefixBaseInHtml(html, base);
          if (fixed !== html) await writeFile(file, fixed);
        }
      },
    },
  };
}
