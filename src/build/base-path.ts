/**
 * Base-path prefixing, written once: the course can be hosted under a sub-path (`BASE_PATH=/concurrency-lab/`),
 * so every site-relative URL is prefixed with it — by components at build time ({@link withBase}) and by the
 * `baseLinks` integration on the built HTML ({@link prefixBaseInHtml}). No Node imports: safe in any context.
 */

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

/**
 * Prefixes a site-relative path (`lessons/01-compute-spectrum/`) with the configured base path, so links work
 * when the site is hosted under e.g. `/concurrency-lab/`.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  return prefixBase(`/${path.replace(/^\/+/, '')}`, base);
}
