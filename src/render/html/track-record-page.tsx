// The track record as a page: each resolved question's scores (what was said at the time apart
// from postdiction), a score timeline, and a reliability diagram of stated probability against observed frequency,
// as server-rendered SVG with its data table beside it for screen readers. Below the minimum count
// of resolved questions it says plainly that there is too little data to claim calibration.
import type { FC } from 'hono/jsx';
import type { Calibration, QuestionRecord, TrackRecord } from '../../scoring/track-record';
import { Layout } from './layout';
import { QuestionScores } from './question-scores';
import { ScoreTimeline } from './score-timeline-chart';

const pct = (n: number | null) => (n === null ? '–' : `${Math.round(n * 100)}%`);

const W = 320;
const H = 320;
const P = 40;
const S = W - 2 * P;

/** Stated probability (x) against observed frequency (y); the diagonal is perfect calibration. */
const ReliabilityDiagram: FC<{ calibration: Calibration; id: string; label: string }> = ({
  calibration,
  id,
  label,
}) => {
  const x = (p: number) => P + p * S;
  const y = (p: number) => H - P - p * S;
  const filled = calibration.bins.filter((b) => b.count > 0);
  return (
    <svg
      class="reliability"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={`${label}: observed frequency against stated probability, ${filled.length} bins with calls; the table below gives each bin.`}
      aria-describedby={id}
    >
      <line class="grid" x1={x(0)} y1={y(0)} x2={x(1)} y2={y(1)} />
      <line class="axis" x1={x(0)} y1={y(0)} x2={x(1)} y2={y(0)} />
      <line class="axis" x1={x(0)} y1={y(0)} x2={x(0)} y2={y(1)} />
      {[0, 0.5, 1].map((p) => (
        <g>
          <text x={x(p)} y={H - P + 16} text-anchor="middle">
            {`${p * 100}%`}
          </text>
          <text x={P - 6} y={y(p) + 4} text-anchor="end">
            {`${p * 100}%`}
          </text>
        </g>
      ))}
      {filled.map((b) => (
        <g>
          {b.interval ? (
            <line
              class="interval"
              x1={x(b.meanProbability ?? 0)}
              x2={x(b.meanProbability ?? 0)}
              y1={y(b.interval.low)}
              y2={y(b.interval.high)}
            />
          ) : null}
          <circle
            cx={x(b.meanProbability ?? 0)}
            cy={y(b.observedFrequency ?? 0)}
            r={Math.min(8, 3 + Math.sqrt(b.count))}
          >
            <title>{`${pct(b.from)}–${pct(b.to)}: ${b.count} calls, stated ${pct(b.meanProbability)}, came true ${pct(b.observedFrequency)}`}</title>
          </circle>
        </g>
      ))}
    </svg>
  );
};

const CalibrationSection: FC<{ title: string; calibration: Calibration; id: string; minimum: number }> = ({
  title,
  calibration,
  id,
  minimum,
}) => (
  <section aria-labelledby={`${id}-h`}>
    <h2 id={`${id}-h`}>{title}</h2>
    {calibration.enough ? (
      <p>
        {calibration.calls} calls on {calibration.resolvedQuestions} resolved questions.
      </p>
    ) : (
      <p class="notice problem">
        Too little data to judge calibration: {calibration.resolvedQuestions} resolved question
        {calibration.resolvedQuestions === 1 ? '' : 's'}, where at least {minimum} are needed. The bins below are the
        data, not a claim that the service is calibrated or not.
      </p>
    )}
    {calibration.calls > 0 ? <ReliabilityDiagram calibration={calibration} id={`${id}-table`} label={title} /> : null}
    <table id={`${id}-table`}>
      <caption>Calls by stated probability: how often their questions came true, with a 95% Wilson interval</caption>
      <thead>
        <tr>
          <th scope="col">stated</th>
          <th scope="col">calls</th>
          <th scope="col">mean stated</th>
          <th scope="col">came true</th>
          <th scope="col">interval</th>
        </tr>
      </thead>
      <tbody>
        {calibration.bins.map((b) => (
          <tr>
            <th scope="row">
              {pct(b.from)}–{pct(b.to)}
            </th>
            <td>{b.count}</td>
            <td>{pct(b.meanProbability)}</td>
            <td>{pct(b.observedFrequency)}</td>
            <td>{b.interval ? `${pct(b.interval.low)}–${pct(b.interval.high)}` : '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </section>
);

const Question: FC<{ q: QuestionRecord }> = ({ q }) => (
  <section id={q.scenarioId} aria-labelledby={`${q.scenarioId}-h`}>
    <h3 id={`${q.scenarioId}-h`}>
      <a href={`/briefs/${q.scenarioId}`}>{q.title}</a>
    </h3>
    <QuestionScores q={q} />
  </section>
);

/** The track record as a page, naming the questions whose record could not be read. */
export const TrackRecordPage: FC<{ record: TrackRecord; unreadable: readonly { scenarioId: string }[] }> = ({
  record,
  unreadable,
}) => {
  const postdictionOnly = record.questions.every((q) => q.recorded === null);
  return (
    <Layout
      title="Track record: scenario-briefs"
      description="How the service's calls scored on every resolved question, with calibration, kept apart from postdiction."
    >
      <h1>Track record</h1>
      <p>
        As of <time datetime={record.asOf}>{record.asOf}</time>. Each resolved question is scored with the Brier score
        and the log score, averaged over the days each call stood, and against the scenario’s base rate and against 50%.
        What the service said at the time is kept apart from postdiction: what today’s method says it would have said as
        known then.
      </p>
      {postdictionOnly ? (
        <p class="notice problem">
          Every score here is a postdiction. The questions closed in 2021 and 2022, before the service existed, so it
          said nothing about them at the time; these scores test today’s rules against what was known then, not a
          forecaster.
        </p>
      ) : null}
      {unreadable.length > 0 ? (
        <p class="notice problem">
          Part of the record could not be read ({unreadable.map((u) => u.scenarioId).join(', ')}): it is left out, not
          filled in.
        </p>
      ) : null}
      <h2>Questions</h2>
      {record.questions.map((q) => (
        <Question q={q} />
      ))}
      <section aria-labelledby="timeline-h">
        <h2 id="timeline-h">Scores over time</h2>
        <p>
          Each resolved question’s time-averaged Brier score, in the order the questions resolved, with the running
          mean; hollow marks are outcomes nobody observed.
        </p>
        <h3>What was said at the time</h3>
        <ScoreTimeline
          points={record.timeline.recorded}
          id="timeline-recorded"
          label="Scores of what was said at the time"
        />
        <h3>Postdiction</h3>
        <ScoreTimeline points={record.timeline.postdiction} id="timeline-postdiction" label="Postdiction scores" />
      </section>
      <CalibrationSection
        title="Calibration of what was said at the time"
        calibration={record.calibration.recorded}
        id="calibration-recorded"
        minimum={record.minimumForCalibration}
      />
      <CalibrationSection
        title="Calibration of the postdiction"
        calibration={record.calibration.postdiction}
        id="calibration-postdiction"
        minimum={record.minimumForCalibration}
      />
      <p>
        As data: <a href="/v1/track-record">/v1/track-record</a>. How it is computed:{' '}
        <a href="/docs#getTrackRecord">the API reference</a>.
      </p>
    </Layout>
  );
};
