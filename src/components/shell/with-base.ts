/**
 * Prefixes a site-relative path (`lessons/01-compute-spectrum/`) with the configured base path, so links work
 * when the site is hosted under e.g. `/concurrency-lab/`.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\/+/, '')}`;
}
