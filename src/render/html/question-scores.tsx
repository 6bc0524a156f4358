// One question's scores as a table (what was said at the time, and postdiction, in rows of their
// own), and its track record as a brief page shows it: the track-record page and the brief page
// say the same thing in the same words.
import type { FC } from 'hono/jsx';
import type { QuestionRecord, ScoredCalls } from '../../scoring/track-record';

const fixed = (n: number | null, digits = 3) => (n === null ? '–' : n.toFixed(digits));
const pct = (n: number) => `${Math.round(n * 100)}%`;

/** What the daily record holds for a question so far, as a sentence. */
export function recordedSoFar(q: Pick<QuestionRecord, 'recordedCalls' | 'lastRecorded'>): string {
  return q.recordedCalls === 0
    ? 'The daily record holds no call for it yet.'
    : `The daily record holds ${q.recordedCalls} call${q.recordedCalls === 1 ? '' : 's'}, the last of ${q.lastRecorded}.`;
}

/** The question's status in one sentence: how it resolved, or that it is open and how much is recorded. */
export function recordStatus(q: QuestionRecord): string {
  if (q.status === 'yes' || q.status === 'no') {
    return `Resolved ${q.status}${q.resolvedOn ? ` on ${q.resolvedOn}` : ''}. Base rate ${pct(q.baseRate)}.`;
  }
  if (q.status === 'open') return `Open: scored when it resolves. ${recordedSoFar(q)}`;
  return 'Closed unresolved: nothing to score.';
}

const ScoreRow: FC<{ scores: ScoredCalls | null; kind: string }> = ({ scores, kind }) =>
  scores ? (
    <tr>
      <th scope="row">{kind}</th>
      <td>
        {scores.from} to {scores.to} ({scores.calls} calls over {scores.days} days)
      </td>
      <td>{fixed(scores.brier)}</td>
      <td>{fixed(scores.log)}</td>
      <td>{fixed(scores.skillVsBaseRate, 2)}</td>
      <td>{fixed(scores.skillVsEven, 2)}</td>
    </tr>
  ) : (
    <tr>
      <th scope="row">{kind}</th>
      <td colspan={5}>none</td>
    </tr>
  );

/** The question's status, its scores once resolved yes or no, and what the record lacks. */
export const QuestionScores: FC<{ q: QuestionRecord }> = ({ q }) => {
  const resolved = q.status === 'yes' || q.status === 'no';
  return (
    <>
      <p>{recordStatus(q)}</p>
      {resolved && !q.outcomeObserved ? (
        <p class="notice problem">
          This outcome was not observed: the question resolved for want of any record, taking its horizon’s default. Its
          scores test that default, not the calls, and calibration leaves them out.
        </p>
      ) : null}
      {resolved ? (
        <table>
          <caption>Scores, time-averaged over the days each call stood</caption>
          <thead>
            <tr>
              <th scope="col">calls</th>
              <th scope="col">period</th>
              <th scope="col">Brier (0 best)</th>
              <th scope="col">log (0 best)</th>
              <th scope="col">skill vs base rate</th>
              <th scope="col">skill vs 50%</th>
            </tr>
          </thead>
          <tbody>
            <ScoreRow scores={q.recorded} kind="said at the time" />
            <ScoreRow scores={q.postdiction} kind="postdiction" />
          </tbody>
        </table>
      ) : null}
      {q.recordGaps.length > 0 ? (
        <p class="notice problem">
          Days missing from the record:{' '}
          {q.recordGaps.map((g) => (g.from === g.to ? g.from : `${g.from} to ${g.to}`)).join(', ')}.
        </p>
      ) : null}
    </>
  );
};
