// Property: over any run of daily digests with no new facts, a question is reported resolved once,
// on the first digest that finds it resolved, with a score; never again, and never with another.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/catalog';
import { composeDigest } from '../../src/digest/compose';
import type { Digest } from '../../src/digest/digest-schema';

const DAY_MS = 86_400_000;
const START = Date.parse('2021-07-01T00:00:00Z');
const dayOf = (offset: number) => new Date(START + offset * DAY_MS).toISOString().slice(0, 10);
const empty = { calls: new Map(), unreadable: new Set<string>() };

describe('resolution reports across daily digests', () => {
  it('name each question once, on the first digest that finds it resolved, with its score', () => {
    fc.assert(
      fc.property(
        // Up to eight digest days between July 2021 and the end of 2022, in order.
        fc
          .uniqueArray(fc.integer({ min: 0, max: 548 }), { minLength: 1, maxLength: 8 })
          .map((a) => a.sort((x, y) => x - y)),
        (offsets) => {
          const digests: Digest[] = [];
          for (const offset of offsets) {
            const date = dayOf(offset);
            digests.push(composeDigest(catalog, date, digests.at(-1) ?? null, `${date}T06:00:00.000Z`, empty));
          }
          const reported = digests.flatMap((d) => d.newlyResolved);
          expect(new Set(reported).size).toBe(reported.length);
          for (const digest of digests) {
            for (const entry of digest.entries) {
              const isNew = digest.newlyResolved.includes(entry.scenarioId);
              // A score exactly on the digest that reports the resolution.
              expect(entry.score !== null).toBe(isNew);
              if (isNew) expect(entry.status === 'yes' || entry.status === 'no').toBe(true);
            }
          }
          // Every question resolved by the last day was reported on the first digest that found it so.
          const last = digests.at(-1) as Digest;
          for (const entry of last.entries.filter((e) => e.status === 'yes' || e.status === 'no')) {
            const first = digests.find((d) =>
              d.entries.some((e) => e.scenarioId === entry.scenarioId && e.status === entry.status),
            );
            expect(first?.newlyResolved).toContain(entry.scenarioId);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
