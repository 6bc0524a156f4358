// Partial ISO 8601 calendar dates (`2014`, `2021-07`, `2021-07-05`) and ranges of them
// (`2021-06/2021-07-05`, ISO 8601 start/end): validation and arithmetic. Pure: no clock. A
// partial date stands for a period and a range for the span from its first period's first day
// to its second's last, so an event the source does not date to the day carries an honest span
// instead of a convenient day.

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MS_PER_DAY = 86_400_000;
/** Mean Gregorian year, so that "years since" is exact over long spans. */
const DAYS_PER_YEAR = 365.2425;

export type PartialDate = string;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number);
}

/**
 * Period bounds of the dates seen so far. Briefs ask for the same few dozen content dates and
 * request dates again and again; parsing them each time was half of a brief's CPU. Bounded, so
 * that request-supplied dates cannot grow it without limit.
 */
const MEMO_LIMIT = 4096;
const memo = new Map<string, { start: string; end: string; startDay: number }>();

function bounds(date: PartialDate): { start: string; end: string; startDay: number } {
  let b = memo.get(date);
  if (!b) {
    const slash = date.indexOf('/');
    const [y, m, d] = parts(slash < 0 ? date : date.slice(0, slash));
    const [y2, m2, d2] = slash < 0 ? [y, m, d] : parts(date.slice(slash + 1));
    const month = m2 ?? 12;
    b = {
      start: iso(y, m ?? 1, d ?? 1),
      end: iso(y2, month, d2 ?? daysInMonth(y2, month)),
      startDay: Date.UTC(y, (m ?? 1) - 1, d ?? 1) / MS_PER_DAY,
    };
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(date, b);
  }
  return b;
}

/**
 * True for `YYYY`, `YYYY-MM` and `YYYY-MM-DD` that name a real period (years 1000–9999), and
 * for a range `A/B` of two such dates where A's period starts no later than B's ends.
 */
export function isPartialDate(text: string): boolean {
  const slash = text.indexOf('/');
  if (slash < 0) return isSinglePeriod(text);
  const [a, b] = [text.slice(0, slash), text.slice(slash + 1)];
  return isSinglePeriod(a) && isSinglePeriod(b) && a !== b && bounds(a).start <= bounds(b).end;
}

/** True when the date names one period, not a range. */
export function isSinglePeriod(text: string): boolean {
  const m = PARTIAL_DATE.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1000) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

/** True only for a full, real calendar day (`2021-02-30` is false). */
export function isFullDate(text: string): boolean {
  return text.length === 10 && isPartialDate(text);
}

function parts(date: PartialDate): [number, number | undefined, number | undefined] {
  const m = PARTIAL_DATE.exec(date);
  if (!m || !isSinglePeriod(date)) throw new RangeError(`not a partial ISO date: ${date}`);
  return [Number(m[1]), m[2] === undefined ? undefined : Number(m[2]), m[3] === undefined ? undefined : Number(m[3])];
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** First day of the period: `2021-07` → `2021-07-01`. */
export function periodStart(date: PartialDate): string {
  return bounds(date).start;
}

/** Last day of the period: `2021-07` → `2021-07-31`, `2014` → `2014-12-31`. */
export function periodEnd(date: PartialDate): string {
  return bounds(date).end;
}

/** Years from the start of `from`'s period to the start of `to`'s, as a fraction. */
export function yearsBetween(from: PartialDate, to: PartialDate): number {
  return (bounds(to).startDay - bounds(from).startDay) / DAYS_PER_YEAR;
}

/** Whether the period (or range) `date` has wholly passed by the full date `asOf`. */
export function isKnownAsOf(date: PartialDate, asOf: string): boolean {
  return periodEnd(date) <= asOf;
}

/** True when the date names a range (`A/B`), not one period. */
export function isRange(date: PartialDate): boolean {
  return date.includes('/');
}

/** The later of ISO days (`YYYY-MM-DD` compares as text); `''` when given none. */
export function laterDay(...days: string[]): string {
  let latest = '';
  for (const day of days) if (day > latest) latest = day;
  return latest;
}

/** The earlier of two ISO days. */
export function earlierDay(a: string, b: string): string {
  return b < a ? b : a;
}

const LAST_DAY = Date.UTC(9999, 11, 31);
const FIRST_DAY = Date.UTC(1000, 0, 1);

/** The ISO day `days` days after `day` (before, if negative), kept within the years 1000–9999. */
export function addDays(day: string, days: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + days * MS_PER_DAY;
  return new Date(Math.min(LAST_DAY, Math.max(FIRST_DAY, t))).toISOString().slice(0, 10);
}
