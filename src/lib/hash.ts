// SHA-256, synchronously (inside renderers and catalog snapshots, where the async Web Crypto API
// cannot be awaited), through `node:crypto`, which workerd provides natively under nodejs_compat.
// Tests check it against crypto.subtle.
import type { createHash as CreateHash } from 'node:crypto';

// Loaded on the first hash, not at module load: nothing hashes at start-up (the content's own
// version is computed when the content is checked, see checked-content.ts), and loading the
// module is a start-up cost a process need not pay until it hashes (docs/performance.md).
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
