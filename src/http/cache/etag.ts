// Strong entity tags from the body's content, and If-None-Match evaluation (RFC 9110 §13.1.2).
import { sha256Hex } from '../../lib/hash';

/** A strong ETag: the first 128 bits of the body's SHA-256, base64url, quoted. */
export async function strongEtag(body: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body)).slice(0, 16);
  const b64 = btoa(String.fromCharCode(...digest))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  return `"${b64}"`;
}

/**
 * The same tag for a text body, computed synchronously (native SHA-256 of its UTF-8 bytes), so
 * that a body written once can carry its tag from then on without hashing again.
 */
export function strongEtagOfText(text: string): string {
  const bytes = (sha256Hex(text).slice(0, 32).match(/../g) as string[]).map((h) => Number.parseInt(h, 16));
  const b64 = btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  return `"${b64}"`;
}

/** Whether an If-None-Match header matches the ETag, by weak comparison as §13.1.2 requires. */
export function ifNoneMatchMatches(header: string | null, etag: string): boolean {
  if (header === null) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((candidate) => opaque(candidate) === opaque(etag));
}
