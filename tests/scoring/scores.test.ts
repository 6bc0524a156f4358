// Scores against worked examples computed by hand, and the properties that make them proper.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  brierScore,
  brierSkill,
  calibrationBins,
  logScore,
  timeAveraged,
  wilsonInterval,
} from '../../src/scoring/scores';

describe('scores, worked by hand', () => {
  it('Brier and log scores of one call', () => {
    expect(brierScore(0.7, true)).toBeCloseTo(0.09, 12);
    expect(brierScore(0.7, false)).toBeCloseTo(0.49, 12);
    expect(brierScore(0.5, true)).toBe(0.25);
    expect(logScore(0.7, true)).toBeCloseTo(-0.356675, 6); // ln 0.7
    expect(logScore(0.7, false)).toBeCloseTo(-1.203973, 6); // ln 0.3
  });

  it('averages over time: two calls standing ten days each', () => {
    // 0.8 from 1 to 11 January, 0.6 from 11 to 21 January, resolved yes on the 21st:
    // Brier (10 × 0.04 + 10 × 0.16) / 20 = 0.10; log (ln 0.8 + ln 0.6) / 2 = −0.366985.
    const calls = [
      { date: '2021-01-01', probability: 0.8 },
      { date: '2021-01-11', probability: 0.6 },
    ];
    const scored = timeAveraged(calls, '2021-01-21', true);
    expect(scored?.days).toBe(20);
    expect(scored?.brier).toBeCloseTo(0.1, 12);
    expect(scored?.log).toBeCloseTo(-0.366985, 6);
  });

  it('a resolution before the horizon cuts the last call short', () => {
    // Resolved on the 16th: the second call stood five days, not ten. (10 × 0.04 + 5 × 0.16) / 15 = 0.08.
    const calls = [
      { date: '2021-01-01', probability: 0.8 },
      { date: '2021-01-11', probability: 0.6 },
    ];
    expect(timeAveraged(calls, '2021-01-16', true)?.brier).toBeCloseTo(0.08, 12);
    expect(timeAveraged(calls, '2021-01-16', true)?.days).toBe(15);
  });

  it('skill against a base rate and against 50%', () => {
    // Brier 0.10 on a yes: against 50% (Brier 0.25) the skill is 1 − 0.10/0.25 = 0.6; against a
    // 20% base rate (Brier 0.64), 1 − 0.10/0.64 = 0.84375.
    expect(brierSkill(0.1, 0.5, true)).toBeCloseTo(0.6, 12);
    expect(brierSkill(0.1, 0.2, true)).toBeCloseTo(0.84375, 12);
  });

  it('Wilson intervals: 5 of 10, and none at all', () => {
    const { low, high } = wilsonInterval(5, 10);
    expect(low).toBeCloseTo(0.2366, 4);
    expect(high).toBeCloseTo(0.7634, 4);
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
    // 0 of 4: the interval is [0, 0.49], not the degenerate [0, 0] of the normal approximation.
    expect(wilsonInterval(0, 4).high).toBeCloseTo(0.4899, 4);
  });

  it('calibration bins: counts, means, frequencies', () => {
    const bins = calibrationBins([
      { probability: 0.72, yes: true },
      { probability: 0.75, yes: false },
      { probability: 0.05, yes: false },
      { probability: 1, yes: true },
    ]);
    expect(bins).toHaveLength(10);
    expect(bins[7]).toMatchObject({ count: 2, observedFrequency: 0.5 });
    expect(bins[7]?.meanProbability).toBeCloseTo(0.735, 12);
    expect(bins[0]).toMatchObject({ count: 1, observedFrequency: 0 });
    expect(bins[9]).toMatchObject({ count: 1, observedFrequency: 1 });
    expect(bins[3]).toMatchObject({ count: 0, meanProbability: null, interval: null });
  });
});

describe('scores, as properties', () => {
  const probability = fc.double({ min: 0.01, max: 0.99, noNaN: true });

  it('the Brier score is proper: a forecaster who believes q scores best, in expectation, by saying q', () => {
    fc.assert(
      fc.property(probability, probability, (q, p) => {
        const expected = (x: number) => q * brierScore(x, true) + (1 - q) * brierScore(x, false);
        expect(expected(q)).toBeLessThanOrEqual(expected(p) + 1e-12);
      }),
    );
  });

  it('the log score is proper too', () => {
    fc.assert(
      fc.property(probability, probability, (q, p) => {
        const expected = (x: number) => q * logScore(x, true) + (1 - q) * logScore(x, false);
        expect(expected(q)).toBeGreaterThanOrEqual(expected(p) - 1e-12);
      }),
    );
  });

  it('a call held throughout scores as that one call, whatever the days', () => {
    fc.assert(
      fc.property(probability, fc.boolean(), fc.integer({ min: 1, max: 900 }), (p, yes, days) => {
        const until = new Date(Date.UTC(2021, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
        const scored = timeAveraged([{ date: '2021-01-01', probability: p }], until, yes);
        expect(scored?.brier).toBeCloseTo(brierScore(p, yes), 12);
        expect(scored?.log).toBeCloseTo(logScore(p, yes), 12);
      }),
    );
  });

  it('the Wilson interval holds the observed frequency and stays in [0, 1]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
        const k = Math.round(share * n);
        const { low, high } = wilsonInterval(k, n);
        expect(low).toBeGreaterThanOrEqual(0);
        expect(high).toBeLessThanOrEqual(1);
        expect(low).toBeLessThanOrEqual(k / n + 1e-12);
        expect(high).toBeGreaterThanOrEqual(k / n - 1e-12);
      }),
    );
  });
});
