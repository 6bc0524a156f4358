// A fact's date as a reader names it, in <time> elements machines can read: one period
// (`July 2021`) or a range the source leaves open (`9 to 31 July 2021`), each end its own element.
import type { FC } from 'hono/jsx';
import { formatPeriod, periodEnds } from '../../facts/format';

/** The date as `<time>` text: one period, or `from to to` for a range. */
export const When: FC<{ date: string }> = ({ date }) => {
  if (!date.includes('/')) return <time datetime={date}>{formatPeriod(date)}</time>;
  const { from, to } = periodEnds(date);
  if (from === null) return <time datetime={to.date}>{to.text}</time>;
  return (
    <>
      <time datetime={from.date}>{from.text}</time> to <time datetime={to.date}>{to.text}</time>
    </>
  );
};
