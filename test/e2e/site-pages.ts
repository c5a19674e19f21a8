import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every page of a built site, as paths relative to the base (`''` for the landing page, `lessons/01-…/`),
 * found from the `index.html` files in `dist`. The 404 page is left out (it is served with status 404).
 */
export function sitePages(dist: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'pagefind' && entry.name !== '_astro') walk(path);
      else if (entry.name === 'index.html') pages.push(relative(dist, dir).split('\\').join('/'));
    }
  };
  walk(dist);
  return pages.map((page) => (page ? `${page}/` : '')).sort();
}
