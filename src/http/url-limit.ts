// The request-target limit: a path and query longer than MAX_URL_LENGTH characters is refused
// with 414 before any route, catalog or storage work. It is Cloudflare's own URL limit (16 KiB),
// so the service answers the same locally and at the edge; a brief URL with 32 assumptions of the
// article's facts at their longest values (200 characters, percent-encoded) fits inside it.
import { Problem } from './problem';

/** The longest path plus query accepted, in characters of the (percent-encoded) URL. */
export const MAX_URL_LENGTH = 16_384;

/** The path and query of a URL: what the limit counts. */
export function requestTarget(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

/** Throws the 414 problem for a URL whose path and query are longer than MAX_URL_LENGTH. */
export function checkUrlLength(url: string): void {
  // The whole URL is never shorter than its path and query: only a long one needs parsing.
  const length = url.length > MAX_URL_LENGTH ? requestTarget(url).length : 0;
  if (length > MAX_URL_LENGTH) {
    throw new Problem(
      'uri-too-long',
      `The path and query are ${length} characters long; at most ${MAX_URL_LENGTH} are accepted.`,
    );
  }
}
