// A range of dates is named as a reader would name it, sharing what its two ends share: "9 July
// 2021 to July 2021" read as a typo (found by an analyst's read of the timelines); "9 to 31 July
// 2021" says the same span. Both ends keep their own machine-readable dates in the HTML.
import { describe, expect, it } from 'vitest';
import { formatPeriod, periodEnds } from '../../src/facts/format';

describe('a period as a reader names it', () => {
  it.each([
    ['2021-07-09/2021-07', '9 to 31 July 2021'],
    ['2021-07-07/2021-07-09', '7 to 9 July 2021'],
    ['2021-06/2021-07-05', 'June to 5 July 2021'],
    ['2021-06/2021-07', 'June to July 2021'],
    ['2021/2021-07', 'January to July 2021'],
    ['2014/2021-07', '2014 to July 2021'],
    ['2009/2010', '2009 to 2010'],
    ['2021-06-30/2021-07-05', '30 June to 5 July 2021'],
    ['2020-12-30/2021-01-02', '30 December 2020 to 2 January 2021'],
    ['2021-02/2021-02', 'February 2021'],
    ['2021-07-09', '9 July 2021'],
    ['2021-07', 'July 2021'],
    ['2021', '2021'],
  ])('%s reads “%s”', (date, text) => {
    expect(formatPeriod(date)).toBe(text);
  });

  it('gives each end of a range its own text, as the HTML marks each up', () => {
    expect(periodEnds('2021-07-09/2021-07')).toEqual({ from: '9', to: '31 July 2021' });
    expect(periodEnds('2021/2021-07')).toEqual({ from: 'January', to: 'July 2021' });
    expect(periodEnds('2014/2021-07')).toEqual({ from: '2014', to: 'July 2021' });
  });
});
