// A question set as a page: the bottom line, the hypotheses with their probabilities, the ACH
// matrix as an accessible table (column and row headers that stay visible while it scrolls,
// each rating shown as a symbol and letters as well as a colour), the sensitivity view, coherence
// with linked scenarios, signposts, and what the matrix does not show.
import type { FC } from 'hono/jsx';
import type { Rating } from '../../sets/ach-matrix';
import { scoreText } from '../../sets/set-brief';
import type { SetBrief } from '../../sets/set-brief-schema';
import { Layout } from './layout';
import { Quote } from './quote';

const pct = (p: number) => `${Math.round(p * 100)}%`;

/** Each rating as a reader meets it: a sign that needs no colour, the letters, and the words. */
export const RATING_TEXT: Record<Rating, { sign: string; words: string }> = {
  CC: { sign: '++', words: 'very consistent' },
  C: { sign: '+', words: 'consistent' },
  N: { sign: '0', words: 'neutral' },
  I: { sign: '−', words: 'inconsistent' },
  II: { sign: '−−', words: 'very inconsistent' },
};

const Cell: FC<{
  rating: Rating;
  logRatio: number;
  indicators: SetBrief['matrix']['rows'][number]['cells'][number]['indicators'];
}> = ({ rating, logRatio, indicators }) => {
  const { sign, words } = RATING_TEXT[rating];
  const read = indicators.map((i) => `${i.label} (${i.status}, ×${i.appliedRatio})`).join('; ');
  return (
    <td class={`ach r-${rating}`}>
      <span aria-hidden="true" class="sign">
        {sign}
      </span>{' '}
      <abbr title={words}>{rating}</abbr>
      <span class="visually-hidden">, {words}</span>
      {indicators.length > 0 ? (
        <span class="meta cell-note">
          {' '}
          ln ratio {logRatio}; {read}
        </span>
      ) : null}
    </td>
  );
};

const Matrix: FC<{ brief: SetBrief }> = ({ brief }) => {
  const { matrix } = brief;
  const labels = new Map(brief.hypotheses.map((h) => [h.id, h.label]));
  return (
    <section class="matrix-wrap" aria-labelledby="matrix-caption" tabindex={0}>
      <table class="matrix">
        <caption id="matrix-caption">
          Evidence (rows) against hypotheses (columns). Each cell rates how consistent the evidence is with the
          hypothesis: ++ CC very consistent, + C consistent, 0 N neutral, − I inconsistent, −− II very inconsistent.
        </caption>
        <thead>
          <tr>
            <th scope="col" class="corner">
              Evidence
            </th>
            <th scope="col">Credibility</th>
            <th scope="col">Relevance</th>
            {brief.hypotheses.map((h) => (
              <th scope="col">{h.label}</th>
            ))}
            <th scope="col">Diagnosticity</th>
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr class={row.diagnostic ? undefined : 'non-diagnostic'}>
              <th scope="row">
                {row.evidence.length > 0 ? row.evidence.join(' ') : row.id}{' '}
                <span class="meta">
                  (
                  {row.factIds.map((id, i) => (
                    <>
                      {i > 0 ? ', ' : ''}
                      <a href={`/v1/facts/${id}`}>{id}</a>
                    </>
                  ))}
                  )
                </span>
              </th>
              <td title={row.credibility.basis}>{row.credibility.level}</td>
              <td title={row.relevance.basis}>{row.relevance.level}</td>
              {row.cells.map((cell) => (
                <Cell rating={cell.rating} logRatio={cell.logRatio} indicators={cell.indicators} />
              ))}
              <td>
                ×{row.diagnosticity}
                {row.diagnostic ? null : <strong class="flag"> non-diagnostic</strong>}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Weighted inconsistency (rank)</th>
            <td />
            <td />
            {matrix.scores.map((s) => (
              <td>
                {scoreText(s.weightedInconsistency)} ({s.rank}
                <span class="visually-hidden"> of {matrix.scores.length}</span>)
                <span class="visually-hidden"> for {labels.get(s.hypothesisId)}</span>
              </td>
            ))}
            <td />
          </tr>
        </tfoot>
      </table>
    </section>
  );
};

/** The set's page, with its as-of form; `asOfRequested` fills the date field. */
export const SetPage: FC<{ brief: SetBrief; jsonPath: string; today: string; asOfRequested: boolean }> = ({
  brief,
  jsonPath,
  today,
  asOfRequested,
}) => {
  const labels = new Map(brief.hypotheses.map((h) => [h.id, h.label]));
  const label = (id: string) => labels.get(id) ?? id;
  const rows = new Map(brief.matrix.rows.map((r) => [r.id, r]));
  const failed = brief.tradecraft.checks.filter((c) => !c.passed);
  return (
    <Layout title={`${brief.set.title} — competing hypotheses`} description={brief.bottomLine.judgment}>
      <h1>{brief.set.title}</h1>
      <p class="question">{brief.set.question}</p>
      <p class="meta">
        As of {brief.asOf}
        {brief.judgedAsOf !== brief.asOf ? `; judged as of ${brief.judgedAsOf}` : ''}. Status: {brief.status.status}
        {brief.status.hypothesis ? ` (${label(brief.status.hypothesis)})` : ''}.
      </p>
      <p class="bluf">{brief.bluf}</p>
      {brief.warnings.length > 0 ? (
        <section class="notice problem" aria-labelledby="warnings">
          <h2 id="warnings">Warnings</h2>
          <ul>
            {brief.warnings.map((w) => (
              <li>{w}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="hypotheses">
        <h2 id="hypotheses">Hypotheses</h2>
        <section class="table-wrap" aria-labelledby="hypotheses-caption" tabindex={0}>
          <table class="hypotheses">
            <caption id="hypotheses-caption" class="visually-hidden">
              The hypotheses, their probabilities, priors and what settles each.
            </caption>
            <thead>
              <tr>
                <th scope="col">Hypothesis</th>
                <th scope="col">Probability</th>
                <th scope="col">Prior</th>
                <th scope="col">Evidence alone</th>
                <th scope="col">Settled by</th>
              </tr>
            </thead>
            <tbody>
              {brief.hypotheses.map((h) => (
                <tr>
                  <th scope="row">{h.label}</th>
                  <td>
                    {pct(h.probability)} <span class="meta">({h.term})</span>
                  </td>
                  <td>{pct(h.prior.probability)}</td>
                  <td>{pct(h.evidenceProbability)}</td>
                  <td>{h.settles ?? 'Nothing else recorded by the horizon'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <p class="meta">{brief.time.text}</p>
      </section>
      <section aria-labelledby="ach">
        <h2 id="ach">Competing hypotheses matrix (ACH)</h2>
        <p class="hint">
          Generated from the rules: each cell is the evidence’s likelihood ratios under that hypothesis, less the row’s
          mean. Judge by inconsistency: the hypothesis with the least weighted inconsistency survives. Rows marked
          non-diagnostic rate the same against every hypothesis and do not help choose.
        </p>
        {brief.matrix.rows.length > 0 ? <Matrix brief={brief} /> : <p>No evidence on record yet.</p>}
      </section>
      <section aria-labelledby="sensitivity">
        <h2 id="sensitivity">Sensitivity: evidence that would change the ranking if wrong</h2>
        {brief.sensitivity.length === 0 ? (
          <p>No single piece of evidence, set aside or read the other way, changes the ranking.</p>
        ) : (
          <ul>
            {brief.sensitivity.map((s) => {
              const row = rows.get(s.rowId);
              const what = row?.evidence[0] ?? s.rowId;
              const how = s.test === 'discounted' ? 'If it were set aside' : 'If it read the other way';
              const lead = s.ranking[0];
              return (
                <li>
                  <strong>{what}</strong> {how}:{' '}
                  {s.leaderChanges && lead
                    ? `“${label(lead.hypothesisId)}” would lead at ${pct(lead.probability)}`
                    : s.rankingChanges
                      ? `the order below the lead would change (${s.ranking.map((r) => `${label(r.hypothesisId)} ${pct(r.probability)}`).join(', ')})`
                      : 'the order by probability would hold'}
                  {s.achLeaderChanges
                    ? `; by inconsistency, ${s.achSurvivors.map((id) => `“${label(id)}”`).join(' and ')} would survive best`
                    : ''}
                  .
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {brief.coherence.length > 0 ? (
        <section aria-labelledby="coherence">
          <h2 id="coherence">Coherence with linked scenarios</h2>
          <ul>
            {brief.coherence.map((c) => (
              <li>
                <a href={`/briefs/${c.scenario.id}`}>{c.scenario.title}</a>: {c.text}{' '}
                <span class="meta">{c.reason}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {brief.signposts.length > 0 ? (
        <section aria-labelledby="signposts">
          <h2 id="signposts">Signposts</h2>
          <ul>
            {brief.signposts.map((s) => (
              <li>{s.text}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="limits">
        <h2 id="limits">What the matrix does not show</h2>
        <ul>
          {brief.limits.map((l) => (
            <li>{l}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="resolution">
        <h2 id="resolution">Resolution</h2>
        <p>{brief.status.resolution.reason}</p>
        <p class="meta">{brief.set.criteria}</p>
      </section>
      <section aria-labelledby="sources">
        <h2 id="sources">Sources and quotes</h2>
        <ul>
          {brief.sources.map((s) => (
            <li>{s.description}</li>
          ))}
        </ul>
        <ol>
          {brief.citations.map((c) => (
            <li>
              <Quote citation={c} sources={brief.sources} />
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="tradecraft">
        <h2 id="tradecraft">Tradecraft checks</h2>
        <p>
          {failed.length === 0
            ? `All ${brief.tradecraft.checks.length} ICD 203 checks pass.`
            : `${failed.length} check${failed.length === 1 ? '' : 's'} failed: ${failed.map((c) => c.detail).join(' | ')}`}
        </p>
      </section>
      <form class="whatif no-print" method="get" action={`/sets/${brief.set.id}`}>
        <label for="asOf">As of (empty: today, {today})</label>
        <input id="asOf" name="asOf" type="date" value={asOfRequested ? brief.asOf : ''} />{' '}
        <button type="submit">Show</button>
      </form>
      <p class="meta">
        Set version {brief.set.version.hash}; facts version {brief.version.facts}, rules version {brief.version.rules}.{' '}
        <a href={jsonPath}>This set as JSON</a>.
      </p>
    </Layout>
  );
};
