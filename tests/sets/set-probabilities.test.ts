// The arithmetic of a set's probabilities (sets/set-probabilities.ts): Bayes over the set, time
// as competing risks, and whole percents that sum to 100.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evidenceShares, wholePercents, withCompetingTime } from '../../src/sets/set-probabilities';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** 2 to 8 priors that sum to 1. */
const priors = fc
  .array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 2, maxLength: 8 })
  .map((xs) => xs.map((x) => x / sum(xs)));
const logRatio = fc.double({ min: -6, max: 6, noNaN: true });

describe('evidence shares', () => {
  it('are the priors when no evidence applies', () => {
    expect(evidenceShares([0.2, 0.35, 0.1, 0.35], [0, 0, 0, 0])).toEqual(
      [0.2, 0.35, 0.1, 0.35].map((p) => expect.closeTo(p, 12)),
    );
  });

  it('follow Bayes over the set: a ratio of 2 on the first of two even hypotheses gives 2/3', () => {
    const [a, b] = evidenceShares([0.5, 0.5], [Math.log(2), 0]);
    expect(a).toBeCloseTo(2 / 3, 12);
    expect(b).toBeCloseTo(1 / 3, 12);
  });

  it('move by the ratio between hypotheses, whatever the others do (odds form)', () => {
    const p = evidenceShares([0.2, 0.3, 0.5], [Math.log(3), 0, Math.log(1.5)]);
    // Odds of the first against the second: prior odds 2:3 times 3 → 2:1.
    expect((p[0] as number) / (p[1] as number)).toBeCloseTo(2, 12);
  });

  it('sum to 1 and stay positive, even for large ratios', () => {
    fc.assert(
      fc.property(
        priors.chain((ps) =>
          fc.tuple(fc.constant(ps), fc.array(logRatio, { minLength: ps.length, maxLength: ps.length })),
        ),
        ([ps, ls]) => {
          const shares = evidenceShares(ps, ls);
          expect(sum(shares)).toBeCloseTo(1, 9);
          for (const s of shares) expect(s).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe('time as competing risks', () => {
  it('leaves the whole-window shares while none of the window has passed', () => {
    expect(withCompetingTime([0.2, 0.3, 0.5], 2, 1)).toEqual([0.2, 0.3, 0.5]);
  });

  it('gives the default everything once the window has run out', () => {
    const p = withCompetingTime([0.2, 0.3, 0.5], 2, 0);
    expect(p[2]).toBe(1);
    expect(p[0]).toBe(0);
  });

  it('matches the constant-hazard formula by hand: E = 0.5 with half the window left', () => {
    // Non-default events 0.2 + 0.3 = 0.5 over the window; with half left, 1 − 0.5^0.5 ≈ 0.2929,
    // split 2:3; the default keeps 0.5^0.5 ≈ 0.7071.
    const p = withCompetingTime([0.2, 0.3, 0.5], 2, 0.5);
    expect(p[2]).toBeCloseTo(Math.SQRT1_2, 12);
    expect(p[0]).toBeCloseTo((1 - Math.SQRT1_2) * 0.4, 12);
    expect(p[1]).toBeCloseTo((1 - Math.SQRT1_2) * 0.6, 12);
  });

  it('sums to 1, and as time passes the default only gains and each other hypothesis only loses', () => {
    fc.assert(
      fc.property(
        priors,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (ps, r1, r2) => {
          const fallback = ps.length - 1;
          const [later, earlier] = r1 <= r2 ? [r1, r2] : [r2, r1];
          const before = withCompetingTime(ps, fallback, earlier);
          const after = withCompetingTime(ps, fallback, later);
          expect(sum(after)).toBeCloseTo(1, 9);
          expect(after[fallback] as number).toBeGreaterThanOrEqual((before[fallback] as number) - 1e-12);
          for (let k = 0; k < fallback; k++)
            expect(after[k] as number).toBeLessThanOrEqual((before[k] as number) + 1e-12);
        },
      ),
    );
  });
});

describe('whole percents', () => {
  it('rounds by largest remainder to exactly 100', () => {
    // 33.3 + 33.3 + 33.4: floors 33, 33, 33, and the one point left goes to the largest remainder.
    expect(wholePercents([0.333, 0.333, 0.334])).toEqual([0.33, 0.33, 0.34]);
  });

  it('gives no leftover point to a share already lifted to the floor', () => {
    // 0.9% is lifted to 1%; the point left over goes to a share rounded down, not to it again.
    expect(wholePercents([0.009, 0.4955, 0.4955])).toEqual([0.01, 0.5, 0.49]);
  });

  it('keeps every hypothesis at 1% at least, taking the excess from the largest', () => {
    expect(wholePercents([0.001, 0.002, 0.997])).toEqual([0.01, 0.01, 0.98]);
  });

  it('always sums to 100 whole percents, each at least 1 and within a point of the exact share above 1%', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 8 })
          .filter((xs) => sum(xs) > 0),
        (xs) => {
          const shares = xs.map((x) => x / sum(xs));
          const stated = wholePercents(shares);
          const points = stated.map((p) => Math.round(p * 100));
          expect(sum(points)).toBe(100);
          stated.forEach((p, k) => {
            expect(Number.isInteger(Math.round(p * 100))).toBe(true);
            expect(p).toBeGreaterThanOrEqual(0.01);
            const exact = shares[k] as number;
            if (shares.every((s) => s >= 0.01)) expect(Math.abs(p - exact)).toBeLessThan(0.01 + 1e-9);
          });
        },
      ),
    );
  });
});
