// The history of a judgment as a small step chart: probability (0–100 %) over time, one step per
// date a fact changed. The table beside it is its text alternative.
import type { FC } from 'hono/jsx';
import type { HistoryPoint } from '../../brief/history';
import { outcomeInline } from '../../brief/outcome-phrase';
import { periodStart } from '../../facts/partial-date';

const W = 600;
const H = 120;
const L = 36;
const R = 590;
const T = 10;
const B = 100;

const day = (d: string) => Date.parse(`${periodStart(d)}T00:00:00Z`) / 86_400_000;

/** The step chart of the points, described by the table `tableId`; nothing when there are no points. */
export const HistoryChart: FC<{ points: readonly HistoryPoint[]; tableId: string }> = ({ points, tableId }) => {
  if (points.length === 0) return null;
  const first = day(points[0]?.date ?? '2000');
  const last = Math.max(first + 1, day(points.at(-1)?.date ?? '2000'));
  const x = (d: string) => L + ((day(d) - first) / (last - first)) * (R - L);
  const y = (p: number) => B - p * (B - T);
  let path = '';
  points.forEach((point, i) => {
    path += i === 0 ? `M ${x(point.date)} ${y(point.probability)}` : ` H ${x(point.date)} V ${y(point.probability)}`;
  });
  return (
    <svg
      class="history"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={`Probability from ${points[0]?.date} to ${points.at(-1)?.date}, ${points.length} steps; the table below gives each one.`}
      aria-describedby={tableId}
    >
      {[0, 0.5, 1].map((p) => (
        <g>
          <line class="grid" x1={L} x2={R} y1={y(p)} y2={y(p)} />
          <text x={L - 6} y={y(p) + 4} text-anchor="end">
            {`${p * 100}%`}
          </text>
        </g>
      ))}
      <path class="line" d={path} />
      {points.map((point) => (
        <circle cx={x(point.date)} cy={y(point.probability)} r={3}>
          <title>
            {point.status === 'open'
              ? `${point.date}: ${point.term} (${Math.round(point.probability * 100)}%)`
              : `${point.date}: ${outcomeInline(point.status, null, point.basis)}`}
          </title>
        </circle>
      ))}
      <text x={L} y={H - 4}>
        {points[0]?.date ?? ''}
      </text>
      <text x={R} y={H - 4} text-anchor="end">
        {points.at(-1)?.date ?? ''}
      </text>
    </svg>
  );
};

/** The points as a table: the chart's text alternative. */
export const HistoryTable: FC<{ points: readonly HistoryPoint[]; id: string }> = ({ points, id }) => (
  <table id={id}>
    <caption class="meta">How the judgment moved</caption>
    <thead>
      <tr>
        <th scope="col">date</th>
        <th scope="col">question</th>
        <th scope="col">likelihood</th>
        <th scope="col">confidence</th>
      </tr>
    </thead>
    <tbody>
      {points.map((p) => (
        <tr>
          <td>
            <time datetime={p.date}>{p.date}</time>
          </td>
          <td>{p.status === 'open' ? 'open' : outcomeInline(p.status, null, p.basis)}</td>
          <td>
            {p.status === 'open' ? '' : 'last open judgment: '}
            {p.term} ({Math.round(p.probability * 100)}%)
          </td>
          <td>{p.confidence}</td>
        </tr>
      ))}
    </tbody>
  </table>
);
