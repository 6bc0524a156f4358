// A fact's date as a reader names it, in <time> elements machines can read: one period
// (`July 2021`) or a range the source leaves open (`June 2021 to 5 July 2021`).
import type { FC } from 'hono/jsx';
import { formatPeriod } from '../../facts/format';

/** The date as `<time>` text: one period, or `from to to` for a range. */
export const When: FC<{ date: string }> = ({ date }) => {
  const slash = date.indexOf('/');
  if (slash < 0) return <time datetime={date}>{formatPeriod(date)}</time>;
  const [from, to] = [date.slice(0, slash), date.slice(slash + 1)];
  return (
    <>
      <time datetime={from}>{formatPeriod(from)}</time> to <time datetime={to}>{formatPeriod(to)}</time>
    </>
  );
};
