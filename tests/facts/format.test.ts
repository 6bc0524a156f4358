// Number formatting is written out (no Intl formatter at start-up); it must write exactly what
// Intl's en-US formatting writes, for every precision, sign, magnitude and rounding tie.
import { describe, expect, it } from 'vitest';
import { formatNumber, formatQuantity } from '../../src/facts/format';

/** A deterministic spread of doubles: magnitudes from 1e-6 to 1e21, both signs, and the ties. */
function values(): number[] {
  const out = [0, -0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1.005, 2.675, 999.5, 999.995, 1e20, 123456789.987654];
  let seed = 0x2545f491;
  const next = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 2 ** 32;
  };
  for (let i = 0; i < 3000; i++) {
    const magnitude = 10 ** Math.floor(next() * 27 - 6);
    const sign = next() < 0.3 ? -1 : 1;
    out.push(sign * next() * magnitude);
    // Halves at several precisions: the rounding ties.
    out.push((sign * (Math.floor(next() * 100000) + 0.5)) / 10 ** Math.floor(next() * 4));
  }
  return out;
}

describe('formatNumber', () => {
  const all = values();

  it.each([0, 1, 2, 3, 4])('writes what Intl writes, with at most %i decimals', (decimals) => {
    const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: decimals });
    const differ = all.filter((v) => formatNumber(v, decimals) !== intl.format(v));
    expect(differ.map((v) => [v, formatNumber(v, decimals), intl.format(v)])).toEqual([]);
  });

  it('writes non-finite values as Intl does', () => {
    const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
    for (const v of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e21, -3e25]) {
      expect(formatNumber(v, 2)).toBe(intl.format(v));
    }
  });

  it('keeps -0 apart from 0 although it memoises', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-0)).toBe('-0');
    expect(formatNumber(0)).toBe('0');
  });
});

describe('formatQuantity in USD', () => {
  const intl = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

  it('writes what Intl writes', () => {
    for (const v of [0, -0, 5, -5, 0.5, 78_000_000, 1_234_567.5, -1_234_567.49, 200_000_000, 1e20, 1e300]) {
      expect(formatQuantity(v, 'USD')).toBe(intl.format(v));
    }
  });

  it('writes non-finite amounts as Intl does', () => {
    for (const v of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(formatQuantity(v, 'USD')).toBe(intl.format(v));
    }
  });
});
