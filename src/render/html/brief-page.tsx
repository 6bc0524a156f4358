// The brief as a page: bottom line first, the likelihood on the ICD 203 scale, confidence in its
// own sentence with its basis, the indicators as a checklist with how each fact was obtained,
// signposts to watch and key assumptions to check, the timeline, the sources described and the
// citations as a reader cites them, the tradecraft checks, and a what-if form that works
// without JavaScript.
import type { FC } from 'hono/jsx';
import type { Brief } from '../../brief/brief-schema';
import type { HistoryPoint } from '../../brief/history';
import { outcomePhrase } from '../../brief/outcome-phrase';
import { valueType } from '../../facts/value-types';
import type { QuestionRecord } from '../../scoring/track-record';
import { HistoryChart, HistoryTable } from './history-chart';
import { Layout } from './layout';
import { LikelihoodScale } from './likelihood-scale';
import { QuestionScores } from './question-scores';
import { Quote } from './quote';
import { TimelineChart } from './timeline-chart';
import type { WhatIfField } from './whatif-fields';
import { When } from './when';

const STATUS_TEXT = { met: 'Met', 'not-met': 'Not met', unknown: 'Unknown' } as const;
const STATUS_MARK = { met: '✓', 'not-met': '✗', unknown: '?' } as const;
const pct = (p: number) => `${Math.round(p * 100)}%`;

type IndicatorRow = Brief['indicators'][number];

/** Short enough for a tab and a search result (70 characters where the title allows): the state first. */
function pageTitle(brief: Brief): string {
  const { status, basis } = brief.resolution;
  const state =
    status === 'open'
      ? brief.likelihood.term
      : status === 'unresolved'
        ? 'not resolved'
        : `resolved ${status}${basis === 'no-record' ? ' (no record)' : basis === 'recorded-absence' ? ' (on record)' : ''}`;
  const title = `${brief.scenario.title}: ${state}`;
  const site = `${title} — scenario-briefs`;
  return site.length <= 70 ? site : title;
}

/** For a grouped indicator: which others read the same evidence, and whether this reading counted. */
function groupNote(indicator: IndicatorRow, all: readonly IndicatorRow[]): string {
  if (indicator.group === undefined) return '';
  const others = all.filter((i) => i.group === indicator.group && i.id !== indicator.id).map((i) => `“${i.label}”`);
  if (others.length === 0) return '';
  const moves = indicator.status === 'met' || (indicator.status === 'not-met' && indicator.ifNotMet !== undefined);
  const counted = !moves
    ? ''
    : indicator.appliedRatio === 1
      ? ' A stronger reading of it counts here instead.'
      : ' This reading counts here.';
  return ` It reads the same evidence as ${others.join(', ')}: only the strongest reading counts.${counted}`;
}

export interface BriefPageProps {
  brief: Brief;
  fields: WhatIfField[];
  /** Absolute URL of this page, for the oEmbed discovery link. */
  pageUrl: string;
  origin: string;
  /** Today, the default date: what an empty asOf means. */
  today: string;
  /** The same brief as JSON: the API path with the same canonical query. */
  jsonPath: string;
  /** Whether the request named its asOf; if not, the picker stays empty (today). */
  asOfRequested: boolean;
  /** The judgment at every date its facts changed, up to today. */
  history: readonly HistoryPoint[];
  /** The question's track record as of today, or null when the record could not be read. */
  record: QuestionRecord | null;
}

const Field: FC<{ field: WhatIfField; inputId: string }> = ({ field, inputId }) => {
  const name = `assume.${field.factId}`;
  const assumed = field.assumed === undefined ? '' : field.assumed === null ? 'unknown' : String(field.assumed);
  const label = (
    // The value beside the fact's id, before the statement: after a negative statement ("does not
    // require …"), "recorded value: false" reads as the statement's negation.
    <label for={inputId}>
      <code>{field.factId}</code> <span class="meta">(recorded value: {field.reportedText ?? 'not known'})</span>:{' '}
      {field.statement}
    </label>
  );
  const form = valueType(field.type).form;
  if ('choices' in form) {
    return (
      <div>
        {label}
        <select id={inputId} name={name}>
          <option value="" selected={assumed === ''}>
            as reported
          </option>
          {[...form.choices, 'unknown'].map((choice) => (
            <option value={choice} selected={assumed === choice}>
              {choice}
            </option>
          ))}
        </select>
      </div>
    );
  }
  return (
    <div>
      {label}
      <input
        id={inputId}
        name={name}
        type="text"
        inputmode={field.type === 'number' ? 'decimal' : undefined}
        value={assumed}
        placeholder={form.hint(field.unit)}
        maxlength={200}
      />
    </div>
  );
};

/** The brief's page, with its what-if and as-of forms; `asOfRequested` fills the date field. */
export const BriefPage: FC<BriefPageProps> = ({
  brief,
  fields,
  pageUrl,
  origin,
  today,
  jsonPath,
  asOfRequested,
  history,
  record,
}) => {
  const fieldIds = new Set(fields.map((f) => f.factId));
  const unlisted = brief.assumptions.filter((a) => !fieldIds.has(a.factId));
  const { scenario, likelihood, confidence } = brief;
  const quotesOf = (factIds: string[]) => brief.citations.filter((c) => factIds.includes(c.factId));
  const oembed = `${origin}/oembed?url=${encodeURIComponent(pageUrl)}&format=json`;
  const head = (
    <>
      <link rel="alternate" type="application/json+oembed" href={oembed} title={scenario.title} />
      <link rel="alternate" type="application/json" href={jsonPath} title="This brief as JSON" />
    </>
  );
  return (
    <Layout title={pageTitle(brief)} description={brief.bluf} head={head}>
      <article>
        <h1>{scenario.title}</h1>
        <p class="question">{scenario.question}</p>
        <p class="meta">
          {brief.resolution.status === 'open'
            ? `Open until ${scenario.horizon.end}. ${brief.resolution.criteria}`
            : `${outcomePhrase(brief.resolution.status, brief.resolution.date, brief.resolution.basis)}: the judgment below is the last one before the question closed. ${brief.resolution.criteria}`}
        </p>
        <p class="bluf">
          <strong>Bottom line:</strong> {brief.bluf}
        </p>
        {brief.warnings.map((w) => (
          <p class="bluf" role="note">
            <strong>Note:</strong> {w}
          </p>
        ))}

        <section aria-labelledby="likelihood-h">
          <h2 id="likelihood-h">Likelihood</h2>
          <div class="pair">
            <div class="pane">
              <p>
                {brief.resolution.status === 'open'
                  ? ''
                  : `The last judgment before it closed, as of ${brief.judgedAsOf}: `}
                {brief.baseline ? 'With the assumptions: ' : ''}
                <strong>{likelihood.term}</strong> ({pct(likelihood.probability)}), in the ICD 203 band{' '}
                {pct(likelihood.range.min)}–{pct(likelihood.range.max)}.
              </p>
              <LikelihoodScale id="scale" probability={likelihood.probability} band={likelihood.band} />
            </div>
            {brief.baseline ? (
              <div class="pane baseline">
                <p>
                  Baseline, without them: <strong>{brief.baseline.likelihood.term}</strong> (
                  {pct(brief.baseline.likelihood.probability)}).
                </p>
                <LikelihoodScale
                  id="baseline-scale"
                  probability={brief.baseline.likelihood.probability}
                  band={brief.baseline.likelihood.band}
                />
              </div>
            ) : null}
          </div>
          <p class="meta">
            Base rate {pct(likelihood.baseRate)}.
            {confidence.knownIndicators === confidence.totalIndicators
              ? ' Every indicator is known, so no unknown can move the probability.'
              : likelihood.spread.low === likelihood.spread.high
                ? ` Whichever way the ${confidence.totalIndicators - confidence.knownIndicators} unknown indicators resolved, the probability would stay ${pct(likelihood.probability)}: no time is left for them to matter.`
                : ` If every unknown indicator resolved one way or the other, the probability would lie between ${pct(likelihood.spread.low)} and ${pct(likelihood.spread.high)}.`}
          </p>
          {likelihood.time ? <p class="meta time-term">Time to the horizon: {likelihood.time.text}</p> : null}
          {brief.assumptions.length > 0 ? (
            <>
              <h3>Assumptions in force</h3>
              <ul>
                {brief.assumptions.map((a) => (
                  <li>
                    <code>{a.factId}</code> = {a.value === null ? 'unknown' : String(a.value)} (as reported:{' '}
                    {a.baselineValue === null ? 'not known' : String(a.baselineValue)})
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>

        <section aria-labelledby="confidence-h">
          <h2 id="confidence-h">Confidence</h2>
          <p>{brief.resolution.status === 'open' ? confidence.statement : brief.bottomLine.confidence}</p>
          <ul class="meta">
            {confidence.reasons.map((r) => (
              <li>{r}</li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="indicators-h">
          <h2 id="indicators-h">Indicators</h2>
          <ul class="checklist">
            {brief.indicators.map((indicator) => (
              <li>
                <p>
                  <span class={`status status-${indicator.status}`}>
                    <span aria-hidden="true">{STATUS_MARK[indicator.status]} </span>
                    {STATUS_TEXT[indicator.status]}:
                  </span>{' '}
                  {indicator.label}
                </p>
                <p class="meta">
                  {indicator.direction === 'raises' ? 'Raises' : 'Lowers'} the likelihood when met (likelihood ratio{' '}
                  {indicator.weight})
                  {indicator.ifNotMet
                    ? `; ${indicator.direction === 'raises' ? 'lowers' : 'raises'} it when known not met (likelihood ratio ${indicator.ifNotMet.weight})`
                    : ''}
                  . {indicator.explanation}
                  {groupNote(indicator, brief.indicators)}
                </p>
                <p>
                  <span class="meta">Why this weight:</span> {indicator.rationale}
                </p>
                {indicator.ifNotMet ? (
                  <p>
                    <span class="meta">If known not met:</span> {indicator.ifNotMet.rationale}
                  </p>
                ) : null}
                {quotesOf(indicator.factIds).length > 0 ? (
                  <p class="meta">
                    How the facts were obtained:{' '}
                    {[...new Set(quotesOf(indicator.factIds).map((c) => c.obtained))].join('; ')}.
                  </p>
                ) : null}
                <details>
                  <summary>
                    The quotes<span class="visually-hidden"> behind “{indicator.label}”</span>
                  </summary>
                  {quotesOf(indicator.factIds).map((c) => (
                    <Quote citation={c} sources={brief.sources} />
                  ))}
                </details>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="signposts-h">
          <h2 id="signposts-h">Signposts: what to watch for</h2>
          {brief.signposts.length > 0 ? (
            <ul>
              {brief.signposts.map((s) => (
                <li>{s.kind === 'settles' || s.changesBand ? <strong>{s.text}</strong> : s.text}</li>
              ))}
            </ul>
          ) : (
            <p>The question is closed: nothing is left to watch for.</p>
          )}
        </section>

        <section aria-labelledby="assumptions-h">
          <h2 id="assumptions-h">Key assumptions to check</h2>
          {brief.keyAssumptions.length > 0 ? (
            <ul>
              {brief.keyAssumptions.map((k) => (
                <li>{k.text}</li>
              ))}
            </ul>
          ) : (
            <p>No indicator is met yet, so the judgment rests on no reading of the past.</p>
          )}
        </section>

        <section aria-labelledby="history-h">
          <h2 id="history-h">How the judgment moved</h2>
          <HistoryChart points={history} tableId="history-table" />
          <HistoryTable points={history} id="history-table" />
        </section>

        <section aria-labelledby="record-h">
          <h2 id="record-h">Track record</h2>
          {record ? (
            <QuestionScores q={record} />
          ) : (
            <p class="notice problem">
              The record of past calls could not be read just now: nothing is shown in its place.
            </p>
          )}
          <p class="meta">
            As of {today}, whatever date the brief above is of.{' '}
            <a href={`/track-record#${brief.scenario.id}`}>This question on the track record</a>, beside every other and
            the calibration.
          </p>
        </section>

        <section aria-labelledby="timeline-h">
          <h2 id="timeline-h">Timeline</h2>
          <TimelineChart entries={brief.timeline} listId="timeline-list" />
          <ol id="timeline-list">
            {brief.timeline.map((t) => (
              <li>
                <When date={t.date} />: {t.text}
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="whatif-h" class="no-print">
          <h2 id="whatif-h">What if?</h2>
          <form class="whatif" method="get" action={`/briefs/${scenario.id}`}>
            <label for="asOf">As of</label>
            <input
              id="asOf"
              name="asOf"
              type="date"
              value={asOfRequested ? brief.asOf : ''}
              min="1000-01-01"
              max="9999-12-31"
              aria-describedby="asOf-help"
            />
            <p class="meta" id="asOf-help">
              Empty means today, {today}.
            </p>
            {unlisted.map((a) => (
              <input type="hidden" name={`assume.${a.factId}`} value={a.value === null ? 'unknown' : String(a.value)} />
            ))}
            <fieldset>
              <legend>Assume instead of the reported facts</legend>
              {fields.map((field, i) => (
                <Field field={field} inputId={`field-${i}`} />
              ))}
            </fieldset>
            <p>
              <button type="submit">Recompute the brief</button> <a href={`/briefs/${scenario.id}`}>Reset</a>
            </p>
          </form>
        </section>

        <section aria-labelledby="sources-h">
          <h2 id="sources-h">Sources</h2>
          <ul>
            {brief.sources.map((s) => (
              <li>
                <a href={s.url}>{s.description}</a>{' '}
                {s.reliability ? (
                  <span class="meta">
                    Reliability {s.reliability.grade} ({s.reliability.meaning}), this service’s grade:{' '}
                    {s.reliability.rationale}
                  </span>
                ) : (
                  <span class="meta">Reliability not graded.</span>
                )}
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="citations-h">
          <h2 id="citations-h">Citations</h2>
          <ol>
            {brief.citations.map((c) => (
              <li>
                <Quote citation={c} sources={brief.sources} />
              </li>
            ))}
          </ol>
          <p class="meta">
            Scenario version {brief.scenario.version.number} ({brief.scenario.version.hash}); facts version{' '}
            {brief.version.facts}, rules version {brief.version.rules}. <a href={jsonPath}>This brief as JSON</a>.
          </p>
        </section>

        <section aria-labelledby="tradecraft-h">
          <h2 id="tradecraft-h">Tradecraft checks</h2>
          <ul class="checklist">
            {brief.tradecraft.checks.map((c) => (
              <li>
                <span class={`status status-${c.passed ? 'met' : 'not-met'}`}>
                  <span aria-hidden="true">{c.passed ? '✓' : '✗'} </span>
                  {c.passed ? 'Passed' : 'Failed'}:
                </span>{' '}
                {c.id}. <span class="meta">{c.detail}</span>
              </li>
            ))}
          </ul>
        </section>
      </article>
    </Layout>
  );
};
