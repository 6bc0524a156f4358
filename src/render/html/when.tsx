// A fact's date as a reader names it, in <time> elements machines can read: one period
// (`July 2021`) or a range the source leaves open (`9 to 31 July 2021`), each end its own element.
import type { FC } from 'hono/jsx';
import { formatPeriod, periodEnds } from '../../facts/format';

/** The date as `<time>` text: one period, or `from to to` for a range. */
export const When: FC<{ date: string }> = ({ date }) => {
  const slash = date.indexOf('/');
  if (slash < 0) return <time datetime={date}>{formatPeriod(date)}</time>;
  const [start, end] = [date.slice(0, slash), date.slice(slash + 1)];
  const { from, to } = periodEnds(date);
  if (from === null) return <time datetime={end}>{to}</time>;
  return (
    <>
      <time datetime={start}>{from}</time> to <time datetime={end}>{to}</time>
    </>
  );
};
