// Content hashes for versioning and ETags: SHA-256 (lib/hash.ts) over canonical JSON.
import { sha256Hex } from '../lib/hash';

/** JSON with object keys sorted at every level, so equal content always hashes equally. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A short content version: the first 16 hex digits of the SHA-256 of the canonical JSON. */
export function contentHash(value: unknown): string {
  return sha256Hex(canonicalJson(value)).slice(0, 16);
}

/**
 * The version of authored content: like contentHash, but over the data as authored (key order
 * included) rather than canonical JSON, because it runs at every cold start over ~100 KB of
 * content and native JSON.stringify costs a small fraction of sorting every object's keys in JS.
 * Reordering keys in a file changes the version; nothing else equal does.
 */
export function authoredContentHash(value: unknown): string {
  return sha256Hex(JSON.stringify(value)).slice(0, 16);
}
