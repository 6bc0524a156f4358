// How fact values read in sentences: `$78,000,000`, `61%`, `more than 1,500 persons`.
import type { FactRecord, FactValue } from './fact-record';
import type { Qualifier, Unit } from './vocabulary';

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  about: 'about ',
  'more-than': 'more than ',
  'at-least': 'at least ',
  'less-than': 'less than ',
  'at-most': 'at most ',
};

/**
 * `value` rounded to at most `decimals` decimals, trailing zeros dropped, thousands grouped with
 * commas: exactly what `Intl.NumberFormat('en-US', { maximumFractionDigits })` writes (a test
 * compares them on thousands of values). Like Intl, it rounds the shortest decimal that reads back
 * as the value (`5872.65`, not the binary 5872.6499…), half away from zero. Written out because
 * constructing Intl formatters is a sizeable share of a cold start (docs/performance.md); Intl is
 * still used, lazily, for what a plain decimal cannot write (non-finite, ≥ 1e21).
 */
const fallbacks: Intl.NumberFormat[] = [];

function plain(value: number, decimals: number): string {
  const abs = Math.abs(value);
  if (!Number.isFinite(value) || abs >= 1e21) {
    fallbacks[decimals] ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: decimals });
    return (fallbacks[decimals] as Intl.NumberFormat).format(value);
  }
  // Below 1e-6 String() switches to exponent form; such values round to 0 at ≤ 4 decimals.
  const [shortestWhole = '0', shortestFraction = ''] = abs < 1e-6 ? ['0'] : String(abs).split('.');
  let whole = shortestWhole;
  let fraction = shortestFraction;
  if (fraction.length > decimals) {
    const up = (fraction.charCodeAt(decimals) as number) >= 53; // '5'
    fraction = fraction.slice(0, decimals);
    if (up) [whole, fraction] = incremented(whole, fraction);
  }
  fraction = fraction.replace(/0+$/, '');
  const negative = value < 0 || Object.is(value, -0);
  return `${negative ? '-' : ''}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction ? `.${fraction}` : ''}`;
}

/** The decimal `whole.fraction` plus one unit in its last place, carrying leftwards. */
function incremented(whole: string, fraction: string): [string, string] {
  const digits = (whole + fraction).split('');
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') digits[i--] = '0';
  if (i < 0) digits.unshift('1');
  else digits[i] = String(Number(digits[i]) + 1);
  const cut = digits.length - fraction.length;
  return [digits.slice(0, cut).join(''), digits.slice(cut).join('')];
}

// Briefs format the same few content values again and again: the text is memoised per
// precision. Bounded, so that request-supplied values cannot grow it; -0 skips it (a Map does
// not tell it from 0, the text does).
const MEMO_LIMIT = 4096;
const memos = [0, 1, 2, 3, 4].map(() => new Map<number, string>());

/** A plain number with thousands separators and at most `decimals` decimals: `20,000`, `7.79`. */
export function formatNumber(value: number, decimals = 0): string {
  const d = Math.min(4, Math.max(0, Math.trunc(decimals)));
  if (Object.is(value, -0)) return plain(value, d);
  const memo = memos[d] as Map<number, string>;
  let text = memo.get(value);
  if (text === undefined) {
    text = plain(value, d);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(value, text);
  }
  return text;
}

/** Whole US dollars as en-US currency writes them: `$78,000,000`, `-$5`. */
function usd(value: number): string {
  const text = formatNumber(value);
  return text.startsWith('-') ? `-$${text.slice(1)}` : `$${text}`;
}

/** A number with its unit: `$78,000,000`, `61%`, `7.8 years`, `20,000 persons`. */
export function formatQuantity(value: number, unit: Unit | null, decimals = 0): string {
  const fixed = (n: number) => formatNumber(n, decimals);
  switch (unit) {
    case 'USD':
      return usd(value);
    case 'share':
      return `${fixed(value * 100)}%`;
    case 'years':
      return `${fixed(value)} ${value === 1 ? 'year' : 'years'}`;
    case 'persons':
      return `${fixed(value)} persons`;
    case 'count':
    case null:
      return fixed(value);
  }
}

/** A fact's value as a phrase, with its qualifier: `more than 1,500 persons`, `"requested"`, `true`. */
export function describeValue(fact: Pick<FactRecord, 'type' | 'value' | 'unit' | 'qualifier'>): string {
  if (fact.type === 'number') {
    return QUALIFIER_WORDS[fact.qualifier] + formatQuantity(fact.value as number, fact.unit, 2);
  }
  return describeScalar(fact.value);
}

/** A value as text: strings quoted, numbers and booleans as they are. */
export function describeScalar(value: FactValue): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * `2021-07-05` → `5 July 2021`, as en-GB writes a day (a test compares it with Intl). Written out:
 * constructing an Intl.DateTimeFormat at module load cost a sizeable share of a cold start.
 */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** One period as a reader names it: `2014`, `July 2021`, `5 July 2021`. */
function formatSinglePeriod(date: string): string {
  const [y, m, d] = date.split('-');
  if (d !== undefined) return formatDay(date);
  if (m !== undefined) return `${MONTHS[Number(m) - 1]} ${y}`;
  return String(y);
}

/** One end of a range: its text as a reader names it, and the date it names, for machines. */
export interface PeriodEnd {
  text: string;
  date: string;
}

const monthName = (month: string) => MONTHS[Number(month) - 1] as string;

/**
 * A range's two ends as a reader names them, the start leaving out what it shares with the end:
 * `9` and `31 July 2021` (a month as an end of a range within it is its last day), `June` and
 * `5 July 2021`, `January` and `July 2021` (a year as a start is its first month, as an end its
 * last). `from` is null where both ends name one period (`2021-07-31/2021-07`: `31 July 2021`).
 */
export function periodEnds(range: string): { from: PeriodEnd | null; to: PeriodEnd } {
  const slash = range.indexOf('/');
  const [start, end] = [range.slice(0, slash), range.slice(slash + 1)];
  const [y1, m1, d1] = start.split('-');
  const [year, m2, d2] = end.split('-');
  if (y1 !== year) {
    return { from: { text: formatSinglePeriod(start), date: start }, to: { text: formatSinglePeriod(end), date: end } };
  }
  const fromMonth = m1 ?? (m2 === undefined ? undefined : '01');
  const toMonth = m2 ?? (m1 === undefined ? undefined : '12');
  if (fromMonth === undefined || toMonth === undefined) return { from: null, to: { text: String(year), date: end } };
  if (fromMonth !== toMonth) {
    const to = `${year}-${toMonth}${d2 === undefined ? '' : `-${d2}`}`;
    return {
      from: {
        text: d1 === undefined ? monthName(fromMonth) : `${Number(d1)} ${monthName(fromMonth)}`,
        date: `${year}-${fromMonth}${d1 === undefined ? '' : `-${d1}`}`,
      },
      to: { text: formatSinglePeriod(to), date: to },
    };
  }
  const month = `${year}-${toMonth}`;
  if (d1 === undefined && d2 === undefined) return { from: null, to: { text: formatSinglePeriod(month), date: month } };
  // Within one month: days, the month's first or last where an end names the month alone.
  const first = Number(d1 ?? 1);
  const last = Number(d2 ?? new Date(Date.UTC(Number(year), Number(toMonth), 0)).getUTCDate());
  const day = (n: number) => `${month}-${String(n).padStart(2, '0')}`;
  const to = { text: formatDay(day(last)), date: day(last) };
  return { from: first === last ? null : { text: String(first), date: day(first) }, to };
}

/** A partial date or range as a reader names it: `July 2021`, `9 to 31 July 2021`, `June to 5 July 2021`. */
export function formatPeriod(date: string): string {
  if (!date.includes('/')) return formatSinglePeriod(date);
  const { from, to } = periodEnds(date);
  return from === null ? to.text : `${from.text} to ${to.text}`;
}
