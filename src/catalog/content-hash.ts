// Content hashes for versioning and ETags: SHA-256 (lib/hash.ts) over canonical JSON.
import { canonicalJson } from '../lib/canonical-json';
import { sha256Hex } from '../lib/hash';

export { canonicalJson };

/** A short content version: the first 16 hex digits of the SHA-256 of the canonical JSON. */
export function contentHash(value: unknown): string {
  return sha256Hex(canonicalJson(value)).slice(0, 16);
}

/**
 * The version of authored content: like contentHash, but over the data as authored (key order
 * included) rather than canonical JSON, because it runs over the whole content on every
 * check of it, and native JSON.stringify is far cheaper there than sorting every object's keys.
 * Reordering keys in a file changes the version; nothing else equal does.
 */
export function authoredContentHash(value: unknown): string {
  return sha256Hex(JSON.stringify(value)).slice(0, 16);
}
