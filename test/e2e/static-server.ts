import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** A running static server; `url` ends with the base path (e.g. `http://127.0.0.1:41234/concurrency-lab/`). */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Normalises a base path to `/` or `/name/`. */
export function normaliseBase(base = '/'): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Serves a built site from `root` under `base` on a free loopback port, like a static host: `dir/` serves
 * `dir/index.html`, `dir` redirects to `dir/`, anything else is a 404 with the site's `404.html`.
 */
export async function serveStatic(root: string, base = '/', port = 0): Promise<StaticServer> {
  const prefix = normaliseBase(base);
  const notFound = join(root, '404.html');
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    // Like a typical static host: text is gzipped, hashed build assets (/_astro/) are cached for good.
    const send = (status: number, file: string) => {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const gzip =
        /text|javascript|json|xml|svg/.test(type) &&
        /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      response.writeHead(status, {
        'content-type': type,
        'cache-control': path.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      });
      const stream = createReadStream(file);
      if (gzip) stream.pipe(createGzip()).pipe(response);
      else stream.pipe(response);
    };
    const missing = () => {
      if (existsSync(notFound)) send(404, notFound);
      else response.writeHead(404).end('not found');
    };
    if (!path.startsWith(prefix) && `${path}/` !== prefix) return missing();
    if (`${path}/` === prefix) return response.writeHead(301, { location: prefix }).end();
    const file = normalize(join(root, path.slice(prefix.length)));
    if (file !== root && !file.startsWith(root + sep)) return missing();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) return response.writeHead(301, { location: `${path}/` }).end();
      const index = join(file, 'index.html');
      return existsSync(index) ? send(200, index) : missing();
    }
    return existsSync(file) ? send(200, file) : missing();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}${prefix}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
