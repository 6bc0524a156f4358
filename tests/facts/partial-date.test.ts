import { describe, expect, it } from 'vitest';
import {
  isFullDate,
  isKnownAsOf,
  isPartialDate,
  periodEnd,
  periodStart,
  yearsBetween,
} from '../../src/facts/partial-date';

describe('partial dates', () => {
  it.each(['2014', '2021-07', '2021-07-05', '2020-02-29', '1000-01-01', '9999-12-31'])('accepts %s', (d) => {
    expect(isPartialDate(d)).toBe(true);
  });

  it.each([
    '2021-02-30',
    '2021-02-29',
    '2021-13',
    '2021-00',
    '2021-07-00',
    '2021-07-32',
    '0000',
    '0999',
    '21-07-05',
    '2021-7-5',
    '2021-07-05T00:00',
    ' 2021',
    '',
    '12345',
  ])('rejects %j', (d) => {
    expect(isPartialDate(d)).toBe(false);
  });

  it('knows a full date from a partial one', () => {
    expect(isFullDate('2021-07-09')).toBe(true);
    expect(isFullDate('2021-07')).toBe(false);
    expect(isFullDate('2021-02-30')).toBe(false);
  });

  it('gives the first and last day of a period', () => {
    expect(periodStart('2014')).toBe('2014-01-01');
    expect(periodEnd('2014')).toBe('2014-12-31');
    expect(periodStart('2021-07')).toBe('2021-07-01');
    expect(periodEnd('2021-07')).toBe('2021-07-31');
    expect(periodEnd('2020-02')).toBe('2020-02-29');
    expect(periodEnd('2021-02')).toBe('2021-02-28');
    expect(periodEnd('2021-07-05')).toBe('2021-07-05');
    expect(() => periodEnd('2021-02-30')).toThrow(RangeError);
  });

  it('counts a fact once its whole period has passed', () => {
    expect(isKnownAsOf('2021-07-05', '2021-07-05')).toBe(true);
    expect(isKnownAsOf('2021-07-05', '2021-07-04')).toBe(false);
    expect(isKnownAsOf('2021-05', '2021-05-30')).toBe(false);
    expect(isKnownAsOf('2021-05', '2021-05-31')).toBe(true);
    expect(isKnownAsOf('2014', '2014-12-31')).toBe(true);
  });

  it('measures years between period starts in mean Gregorian years', () => {
    expect(yearsBetween('2013-09-23', '2021-07-09')).toBeCloseTo(2846 / 365.2425, 12);
    expect(yearsBetween('2014', '2015')).toBeCloseTo(365 / 365.2425, 12);
    expect(yearsBetween('2021-07-09', '2013-09-23')).toBeLessThan(0);
    expect(yearsBetween('2000-01-01', '2400-01-01')).toBeCloseTo(400, 12);
  });
});
