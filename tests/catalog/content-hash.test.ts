import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash } from '../../src/catalog/content-hash';
import { sha256Hex } from '../../src/lib/hash';

async function webCryptoSha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

describe('sha256Hex', () => {
  it('matches the FIPS 180-4 test vector for "abc"', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  // Lengths around the 55/56/64-byte padding boundaries, multi-block input and non-ASCII text.
  const inputs = [
    '',
    'a'.repeat(55),
    'a'.repeat(56),
    'a'.repeat(63),
    'a'.repeat(64),
    'b'.repeat(1000),
    'Таджикистан ’“”— 🇹🇯',
  ];
  it.each(inputs.map((s) => [s.length, s] as const))('agrees with crypto.subtle (length %i)', async (_n, text) => {
    expect(sha256Hex(text)).toBe(await webCryptoSha256(text));
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('makes the content hash independent of key order', () => {
    expect(contentHash({ a: 1, b: 2 })).toBe(contentHash({ b: 2, a: 1 }));
    expect(contentHash({ a: 1, b: 2 })).not.toBe(contentHash({ a: 1, b: 3 }));
    expect(contentHash({ a: 1 })).toMatch(/^[0-9a-f]{16}$/);
  });
});
