// today() keeps the last day it formatted: whatever order the clock is read in (forwards, back,
// across midnight), it must give the UTC day of the instant, as formatting it afresh would.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { today } from '../../src/http/clock';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Instants from 1970 to 2100, and ones a millisecond either side of a UTC midnight. */
const instant = fc.oneof(
  fc.integer({ min: 0, max: 4_102_444_800_000 }),
  fc
    .tuple(fc.integer({ min: 1, max: 47_000 }), fc.constantFrom(-1, 0, 1))
    .map(([day, offset]) => day * 86_400_000 + offset),
);

describe('today', () => {
  it('is the UTC day of the clock, for any sequence of readings', () => {
    fc.assert(
      fc.property(fc.array(instant, { minLength: 1, maxLength: 20 }), (instants) => {
        for (const t of instants) {
          vi.spyOn(Date, 'now').mockReturnValue(t);
          expect(today()).toBe(new Date(t).toISOString().slice(0, 10));
        }
      }),
    );
  });
});
