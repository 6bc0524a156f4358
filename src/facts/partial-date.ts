// Partial ISO 8601 calendar dates (`2014`, `2021-07`, `2021-07-05`): validation and arithmetic.
// Pure: no clock. A partial date stands for a period; a fact dated by a period is counted as known
// once the whole period has passed (its last day), so a brief never uses a fact before it could
// have been known.

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MS_PER_DAY = 86_400_000;
/** Mean Gregorian year, so that "years since" is exact over long spans. */
const DAYS_PER_YEAR = 365.2425;

export type PartialDate = string;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for `YYYY`, `YYYY-MM` and `YYYY-MM-DD` that name a real period (years 1000–9999). */
export function isPartialDate(text: string): boolean {
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
  if (!m || !isPartialDate(date)) throw new RangeError(`not a partial ISO date: ${date}`);
  return [Number(m[1]), m[2] === undefined ? undefined : Number(m[2]), m[3] === undefined ? undefined : Number(m[3])];
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** First day of the period: `2021-07` → `2021-07-01`. */
export function periodStart(date: PartialDate): string {
  const [y, m, d] = parts(date);
  return iso(y, m ?? 1, d ?? 1);
}

/** Last day of the period: `2021-07` → `2021-07-31`, `2014` → `2014-12-31`. */
export function periodEnd(date: PartialDate): string {
  const [y, m, d] = parts(date);
  const month = m ?? 12;
  return iso(y, month, d ?? daysInMonth(y, month));
}

function epochDay(fullDate: string): number {
  const [y, m, d] = parts(fullDate);
  return Date.UTC(y, (m ?? 1) - 1, d ?? 1) / MS_PER_DAY;
}

/** Years from the start of `from`'s period to the start of `to`'s, as a fraction. */
export function yearsBetween(from: PartialDate, to: PartialDate): number {
  return (epochDay(periodStart(to)) - epochDay(periodStart(from))) / DAYS_PER_YEAR;
}

/** Whether a fact dated `date` is known as of the full date `asOf` (its whole period has passed). */
export function isKnownAsOf(date: PartialDate, asOf: string): boolean {
  return periodEnd(date) <= asOf;
}
