// The score timeline: each resolved question's time-averaged Brier score in the order the
// questions resolved, and the running mean of all up to it, as server-rendered SVG with its data
// table (the table is the accessible form; the SVG names it). The dashed line at 0.25 is the score
// of always saying 50%: below it the calls beat a coin.
import type { FC } from 'hono/jsx';
import type { TimelinePoint } from '../../scoring/track-record';

const W = 480;
const H = 240;
const LEFT = 44;
const RIGHT = 16;
const TOP = 12;
const BOTTOM = 36;

const fixed = (n: number) => n.toFixed(3);

/** The chart named `label` and its data table; a sentence instead when nothing is scored yet. */
export const ScoreTimeline: FC<{ points: readonly TimelinePoint[]; id: string; label: string }> = ({
  points,
  id,
  label,
}) => {
  if (points.length === 0) return <p>No question of this kind has been scored yet.</p>;
  // Brier lies in [0, 1]; the scale stops at 0.5 unless a score goes above it, so small scores stay legible.
  const top = Math.max(0.5, ...points.map((p) => p.brier));
  const x = (i: number) =>
    points.length === 1 ? (LEFT + W - RIGHT) / 2 : LEFT + (i * (W - LEFT - RIGHT)) / (points.length - 1);
  const y = (b: number) => TOP + (1 - b / top) * (H - TOP - BOTTOM);
  const running = points.map((p, i) => `${x(i).toFixed(1)},${y(p.runningBrier).toFixed(1)}`).join(' ');
  const ticks = [0, 0.25, top === 0.5 ? 0.5 : top];
  return (
    <>
      <svg
        class="score-timeline"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`${label}: the Brier score of each of ${points.length} resolved questions in the order they resolved, and their running mean; the table below gives each.`}
        aria-describedby={`${id}-table`}
      >
        <line class="axis" x1={LEFT} y1={y(0)} x2={W - RIGHT} y2={y(0)} />
        <line class="axis" x1={LEFT} y1={y(0)} x2={LEFT} y2={y(top)} />
        <line class="grid reference" x1={LEFT} y1={y(0.25)} x2={W - RIGHT} y2={y(0.25)} />
        {ticks.map((t) => (
          <text x={LEFT - 6} y={y(t) + 4} text-anchor="end">
            {t.toFixed(2)}
          </text>
        ))}
        <text x={LEFT} y={H - 8} text-anchor="start">
          {points[0]?.date}
        </text>
        {points.length > 1 ? (
          <text x={W - RIGHT} y={H - 8} text-anchor="end">
            {points.at(-1)?.date}
          </text>
        ) : null}
        {points.length > 1 ? <polyline class="running" points={running} /> : null}
        {points.map((p, i) => (
          <circle class={p.outcomeObserved ? 'observed' : 'unobserved'} cx={x(i)} cy={y(p.brier)} r={5}>
            <title>{`${p.scenarioId}, resolved ${p.date}: Brier ${fixed(p.brier)}; mean of ${p.questions}: ${fixed(p.runningBrier)}${p.outcomeObserved ? '' : ' (outcome not observed)'}`}</title>
          </circle>
        ))}
      </svg>
      <table id={`${id}-table`}>
        <caption>
          {label}: each question’s Brier score (0 best; 0.25 is always saying 50%) and the running mean, in the order
          the questions resolved
        </caption>
        <thead>
          <tr>
            <th scope="col">resolved</th>
            <th scope="col">question</th>
            <th scope="col">Brier</th>
            <th scope="col">running mean</th>
            <th scope="col">outcome</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr>
              <td>
                <time datetime={p.date}>{p.date}</time>
              </td>
              <th scope="row">
                <a href={`#${p.scenarioId}`}>{p.scenarioId}</a>
              </th>
              <td>{fixed(p.brier)}</td>
              <td>
                {fixed(p.runningBrier)} over {p.questions}
              </td>
              {/* Not "yes"/"no": beside a question that resolved yes, a bare "no" reads as its outcome. */}
              <td>{p.outcomeObserved ? 'observed' : 'not observed: the horizon’s default, for want of any record'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
};
