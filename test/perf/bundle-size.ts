/**
 * The JavaScript each built page loads before any interaction: its module scripts, their static imports
 * (followed transitively; dynamic `import()` is left out, it loads on demand) and inline scripts, in KB gzip.
 * A measurement: `npm run build && npm run size`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sitePages } from '../e2e/site-pages.ts';

const dist = resolve(process.argv[2] ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No build in ${dist}: run \`npm run build\` first.`);
  process.exit(1);
}
const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');

const gzipKb = (text: string | Buffer) => gzipSync(text, { level: 9 }).length / 1024;
const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.m?js)["']/g;

/** A script URL in the HTML → its file in dist. */
function fileOf(src: string, from: string): string | undefined {
  if (/^[a-z]+:/i.test(src)) return undefined;
  const path = src.startsWith('/') ? join(dist, src.slice(base.length - 1)) : resolve(dirname(from), src);
  return existsSync(path) ? path : undefined;
}

function collect(file: string, seen: Set<string>) {
  if (seen.has(file)) return;
  seen.add(file);
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
    const next = spec ? fileOf(spec, file) : undefined;
    if (next) collect(next, seen);
  }
}

const rows: { page: string; files: number; kb: number }[] = [];
for (const page of sitePages(dist)) {
  const htmlFile = join(dist, page, 'index.html');
  const html = readFileSync(htmlFile, 'utf8');
  const files = new Set<string>();
  let inlineKb = 0;
  for (const [, attrs = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/type="(?!module|text\/javascript)[^"]*"/.test(attrs)) continue; // JSON data, templates
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    if (src) {
      const file = fileOf(src, htmlFile);
      if (file) collect(file, files);
    } else if (body.trim()) {
      inlineKb += gzipKb(body);
      for (const [, spec] of body.matchAll(STATIC_IMPORT)) {
        const file = spec ? fileOf(spec, htmlFile) : undefined;
        if (file) collect(file, files);
      }
    }
  }
  // Each file is compressed on its own, as a server would send it.
  const kb = [...files].reduce((sum, file) => sum + gzipKb(readFileSync(file)), inlineKb);
  rows.push({ page: `/${page}`, files: files.size, kb });
}

const width = Math.max(...rows.map((r) => r.page.length));
console.log(`${'page'.padEnd(width)}  files  KB gzip (JS before interaction)`);
for (const row of rows)
  console.log(
    `${row.page.padEnd(width)}  ${String(row.files).padStart(5)}  ${row.kb.toFixed(1).padStart(7)}`,
  );
console.log(
  `${rows.length} pages in ${relative(process.cwd(), dist) || '.'}; largest ${Math.max(...rows.map((r) => r.kb)).toFixed(1)} KB`,
);
