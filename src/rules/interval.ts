// Comparison of a possibly bounded number against a constant. "More than 1,500" is the open
// interval (1500, ∞): it is certainly ≥ 1,000, and it may or may not be < 2,000 (unknown).
import { periodEnd, periodStart } from '../facts/partial-date';
import type { Qualifier } from '../facts/vocabulary';
import type { ComparisonOp } from './condition';
import { fromBoolean, not, type Truth } from './truth';

export interface Interval {
  lo: number;
  loOpen: boolean;
  hi: number;
  hiOpen: boolean;
}

/** The interval a value with its qualifier denotes: a point for exact or about, a half-line for a bound. */
export function intervalOf(value: number, qualifier: Qualifier): Interval {
  switch (qualifier) {
    case 'exact':
    case 'about':
      return { lo: value, loOpen: false, hi: value, hiOpen: false };
    case 'more-than':
      return { lo: value, loOpen: true, hi: Infinity, hiOpen: true };
    case 'at-least':
      return { lo: value, loOpen: false, hi: Infinity, hiOpen: true };
    case 'less-than':
      return { lo: -Infinity, loOpen: true, hi: value, hiOpen: true };
    case 'at-most':
      return { lo: -Infinity, loOpen: true, hi: value, hiOpen: false };
  }
}

/** Every x in the interval is > c (or ≥ c when `inclusive`). */
function allAbove(x: Interval, c: number, inclusive: boolean): boolean {
  return x.lo > c || (x.lo === c && (inclusive || x.loOpen));
}

/** Every x in the interval is < c (or ≤ c when `inclusive`). */
function allBelow(x: Interval, c: number, inclusive: boolean): boolean {
  return x.hi < c || (x.hi === c && (inclusive || x.hiOpen));
}

function decide(always: boolean, never: boolean): Truth {
  return always ? 'true' : never ? 'false' : 'unknown';
}

/** `x op c`: true or false only when every value in the interval agrees, unknown otherwise. */
export function compareInterval(x: Interval, op: ComparisonOp, c: number): Truth {
  switch (op) {
    case 'gt':
      return decide(allAbove(x, c, false), allBelow(x, c, true));
    case 'gte':
      return decide(allAbove(x, c, true), allBelow(x, c, false));
    case 'lt':
      return decide(allBelow(x, c, false), allAbove(x, c, true));
    case 'lte':
      return decide(allBelow(x, c, true), allAbove(x, c, false));
    case 'eq': {
      const point = x.lo === x.hi && !x.loOpen;
      if (point) return fromBoolean(x.lo === c);
      const outside = allAbove(x, c, false) || allBelow(x, c, false);
      return outside ? 'false' : 'unknown';
    }
    case 'ne':
      return not(compareInterval(x, 'eq', c));
  }
}

/**
 * Equality of two partial dates, each the period it names: the same text is equal; `2042` and
 * `2042-12-31` overlap, so whether they name the same day cannot be decided; disjoint periods
 * differ.
 */
export function datesEqual(a: string, b: string): Truth {
  if (a === b) return 'true';
  const overlap = periodStart(a) <= periodEnd(b) && periodStart(b) <= periodEnd(a);
  return overlap ? 'unknown' : 'false';
}
