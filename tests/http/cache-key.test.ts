// The edge-cache key, built by hand on every hit: the order parameters come in never matters, and
// two different sets of parameters (or versions) never share a key, whatever characters they hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CanonicalParams, cacheKey } from '../../src/http/cache/cache-key';

const ORIGIN = 'https://briefs.test';
const PATH = '/v1/briefs/csto-non-response';

/** Names unique within a set, as a canonical query's are; values of any characters, '&', '=' and '%' included. */
const params = fc
  .uniqueArray(
    fc.tuple(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
    ),
    {
      selector: ([name]) => name,
      maxLength: 5,
    },
  )
  .map((entries) => entries as CanonicalParams);

/** A set of parameters as one comparable value: its entries sorted by name. */
const asSet = (p: CanonicalParams) => JSON.stringify([...p].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

describe('cacheKey', () => {
  it('is a URL of the origin and path, the parameters sorted by name, and the version last', () => {
    const key = cacheKey(
      ORIGIN,
      PATH,
      [
        ['day', '2026-12-03'],
        ['assume.x', 'a b&c'],
      ],
      'r.f.code',
    );
    expect(key).toBe(`${ORIGIN}${PATH}?assume.x=a%20b%26c&day=2026-12-03&_v=r.f.code`);
    expect(new URL(key).searchParams.get('assume.x')).toBe('a b&c');
  });

  it('does not depend on the order the parameters come in', () => {
    fc.assert(
      fc.property(params, (p) => {
        expect(cacheKey(ORIGIN, PATH, [...p].reverse(), 'v')).toBe(cacheKey(ORIGIN, PATH, p, 'v'));
      }),
    );
  });

  it('gives different parameter sets or versions different keys, and reads back the same parameters', () => {
    fc.assert(
      fc.property(params, params, fc.string(), fc.string(), (a, b, va, vb) => {
        const same = asSet(a) === asSet(b) && va === vb;
        expect(cacheKey(ORIGIN, PATH, a, va) === cacheKey(ORIGIN, PATH, b, vb)).toBe(same);
        const read = [...new URL(cacheKey(ORIGIN, PATH, a, va)).searchParams];
        expect(read.at(-1)).toEqual(['_v', va]);
        expect(asSet(read.slice(0, -1))).toBe(asSet(a));
      }),
    );
  });
});
