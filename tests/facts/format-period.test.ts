// A range of dates is named as a reader would name it, sharing what its two ends share: "9 July
// 2021 to July 2021" read as a typo (found by an analyst's read of the timelines); "9 to 31 July
// 2021" says the same span. Both ends keep their own machine-readable dates in the HTML.
import { describe, expect, it } from 'vitest';
import { formatPeriod, periodEnds } from '../../src/facts/format';
import { periodEnd, periodStart } from '../../src/facts/partial-date';

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
    // From a hostile review: a year start and a January end, and ranges whose ends name one day.
    ['2021/2021-01', 'January 2021'],
    ['2021/2021-01-05', '1 to 5 January 2021'],
    ['2021-07-31/2021-07', '31 July 2021'],
    ['2021-07/2021-07-01', '1 July 2021'],
    ['2021-06/2021', 'June to December 2021'],
    ['2021-12/2021', 'December 2021'],
    ['2021/2021', '2021'],
    ['2021-07-09', '9 July 2021'],
    ['2021-07', 'July 2021'],
    ['2021', '2021'],
  ])('%s reads “%s”', (date, text) => {
    expect(formatPeriod(date)).toBe(text);
  });

  it('gives each end of a range its own text, and the date that text names, as the HTML marks each up', () => {
    expect(periodEnds('2021-07-09/2021-07')).toEqual({
      from: { text: '9', date: '2021-07-09' },
      to: { text: '31 July 2021', date: '2021-07-31' },
    });
    expect(periodEnds('2021/2021-07')).toEqual({
      from: { text: 'January', date: '2021-01' },
      to: { text: 'July 2021', date: '2021-07' },
    });
    expect(periodEnds('2014/2021-07')).toEqual({
      from: { text: '2014', date: '2014' },
      to: { text: 'July 2021', date: '2021-07' },
    });
    expect(periodEnds('2021-07-31/2021-07')).toEqual({ from: null, to: { text: '31 July 2021', date: '2021-07-31' } });
  });

  it('names, in every range within a year, a period that the range covers end to end', () => {
    // Each end's date is within the range: the start's no earlier, the end's no later.
    for (const range of [
      '2021-07-09/2021-07',
      '2021/2021-07',
      '2021-06/2021',
      '2021/2021-01-05',
      '2021-06/2021-07-05',
    ]) {
      const { from, to } = periodEnds(range);
      const [start, end] = range.split('/') as [string, string];
      expect(periodStart(from?.date ?? to.date), range).toBe(periodStart(start));
      expect(periodEnd(to.date), range).toBe(periodEnd(end));
    }
  });
});
