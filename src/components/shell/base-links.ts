import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Prefixes a root-relative URL (`/glossary/`) with `base` (`/concurrency-lab/`), once. */
export function prefixBase(url: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (prefix === '/' || !url.startsWith('/') || url.startsWith('//') || url.startsWith(prefix)) return url;
  return prefix + url.slice(1);
}

/** Rewrites every root-relative `href`/`src` attribute in an HTML document (see {@link prefixBase}). */
export function prefixBaseInHtml(html: string, base: string): string {
  return html.replace(
    /(\s(?:href|src)=")(\/[^"]*)"/g,
    (_match, attribute: string, url: string) => `${attribute}${prefixBase(url, base)}"`,
  );
}

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
