// The brief's timeline as a small SVG: one dot per fact on a time axis, years labelled. The
// ordered list beside it is the text alternative; the SVG names itself and points to it.
import type { FC } from 'hono/jsx';
import type { TimelineEntry } from '../../brief/evidence';
import { periodStart } from '../../facts/partial-date';

const WIDTH = 600;
const LEFT = 20;
const RIGHT = 580;

function dayNumber(date: string): number {
  const [y, m, d] = periodStart(date).split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** The dot chart of the entries, described by the list `listId`; nothing when there are none. */
export const TimelineChart: FC<{ entries: readonly TimelineEntry[]; listId: string }> = ({ entries, listId }) => {
  if (entries.length === 0) return null;
  const days = entries.map((e) => dayNumber(e.date));
  const firstYear = Number(periodStart(entries[0]?.date ?? '2000').slice(0, 4));
  const lastYear = Number(periodStart(entries.at(-1)?.date ?? '2000').slice(0, 4)) + 1;
  const start = Date.UTC(firstYear, 0, 1) / 86_400_000;
  const end = Date.UTC(lastYear, 0, 1) / 86_400_000;
  const x = (day: number) => LEFT + ((day - start) / Math.max(1, end - start)) * (RIGHT - LEFT);
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const step = Math.ceil(years.length / 8);
  // Facts on the same day are stacked so each dot stays visible.
  const stack = new Map<number, number>();
  return (
    <svg
      class="timeline"
      viewBox={`0 0 ${WIDTH} 90`}
      role="img"
      aria-label={`Timeline of ${entries.length} facts from ${firstYear} to ${lastYear - 1}; the list below gives each one.`}
      aria-describedby={listId}
    >
      <line class="axis" x1={LEFT} y1={60} x2={RIGHT} y2={60} />
      {years.map((year, i) =>
        i % step === 0 ? (
          <g>
            <line
              class="axis"
              x1={x(Date.UTC(year, 0, 1) / 86_400_000)}
              y1={56}
              x2={x(Date.UTC(year, 0, 1) / 86_400_000)}
              y2={64}
            />
            <text x={x(Date.UTC(year, 0, 1) / 86_400_000)} y={80} text-anchor="middle">
              {String(year)}
            </text>
          </g>
        ) : null,
      )}
      {entries.map((entry, i) => {
        const day = days[i] as number;
        const level = stack.get(day) ?? 0;
        stack.set(day, level + 1);
        return (
          <circle cx={x(day)} cy={52 - Math.min(level, 9) * 5} r={4}>
            <title>{`${entry.date}: ${entry.text}`}</title>
          </circle>
        );
      })}
    </svg>
  );
};
