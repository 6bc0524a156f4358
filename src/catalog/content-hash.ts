// Content hashes for versioning and ETags: SHA-256 over canonical JSON, computed synchronously
// (inside renderers and catalog snapshots, where the async Web Crypto API cannot be awaited).
// `node:crypto` (workerd provides it under nodejs_compat, natively) hashes in well under a
// millisecond; the hand-written JS SHA-256 it replaced took ~50 ms of a cold start. Tests check
// it against crypto.subtle.
import type { createHash as CreateHash } from 'node:crypto';

// Loaded on the first hash, not at module load: nothing hashes at start-up (the content's own
// version is computed when the content is checked, see checked-content.ts), and loading the
// module costs a fresh Node process about 10 ms.
let createHash: typeof CreateHash | undefined;

/** workerd (nodejs_compat) and Node ≥ 20.16 load a built-in module synchronously, on demand. */
interface BuiltinLoader {
  getBuiltinModule(id: 'node:crypto'): typeof import('node:crypto');
}

/** SHA-256 of the UTF-8 bytes of `text`, as lower-case hex (FIPS 180-4). */
export function sha256Hex(text: string): string {
  createHash ??= (globalThis as unknown as { process: BuiltinLoader }).process.getBuiltinModule(
    'node:crypto',
  ).createHash;
  // Encoded natively first: workerd's node:crypto turns a string into a Buffer in JavaScript.
  return createHash('sha256').update(new TextEncoder().encode(text)).digest('hex');
}

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
