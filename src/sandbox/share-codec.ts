import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';

/** The URL hash key a shared sandbox uses: `#sb=<exercise id>~<compressed code>`. */
export const SHARE_PARAM = 'sb';

/** Code shared for one sandbox. */
export interface SharedCode {
  exerciseId: string;
  code: string;
}

/** Builds the share URL for `code` in the sandbox `exerciseId`, on top of the page `url`. */
export function shareUrl(url: string, shared: SharedCode): string {
  const target = new URL(url);
  const params = new URLSearchParams(target.hash.slice(1));
  params.set(SHARE_PARAM, `${shared.exerciseId}~${compressToEncodedURIComponent(shared.code)}`);
  target.hash = params.toString();
  return target.toString();
}

/** Reads shared code from a URL hash; `undefined` when there is none or it does not decode. */
export function readShared(hash: string): SharedCode | undefined {
  const raw = new URLSearchParams(hash.replace(/^#/, '')).get(SHARE_PARAM);
  if (!raw) return undefined;
  const split = raw.indexOf('~');
  if (split <= 0) return undefined;
  const code = decompressFromEncodedURIComponent(raw.slice(split + 1).replaceAll(' ', '+'));
  if (typeof code !== 'string' || code === '') return undefined;
  return { exerciseId: raw.slice(0, split), code };
}
