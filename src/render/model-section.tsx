// "How a judgment is made", for the /docs page: the model in plain words, with a worked example
// whose every number is computed from the seed scenario's own briefs at build time, never typed in.
import type { FC } from 'hono/jsx';
import { buildBrief } from '../brief/brief';
import type { Brief } from '../brief/brief-schema';
import { decisionDay } from '../brief/resolution';
import { withTimeLeft } from '../brief/time-to-horizon';
import type { Catalog } from '../catalog/catalog';
import { formatDay } from '../facts/format';
import { addDays } from '../facts/partial-date';

/** The scenario the worked example follows, where the catalog has it. */
const EXAMPLE_SCENARIO = 'csto-non-response';

export interface ModelExample {
  title: string;
  claim: string;
  /** Briefs on four days: the window's opening, its middle, the horizon, the decision day. */
  steps: { day: string; brief: Brief }[];
}

/** The worked example, from the catalog's briefs (build time: the /docs page is a static asset). */
export function modelExample(catalog: Catalog): ModelExample | undefined {
  const scenario = catalog.scenarios.get(EXAMPLE_SCENARIO) ?? [...catalog.scenarios.values()][0];
  if (!scenario) return undefined;
  const { horizon } = scenario.definition;
  const span = Math.round((Date.parse(horizon.end) - Date.parse(horizon.opens)) / 86_400_000);
  const days = [
    horizon.opens,
    addDays(horizon.opens, Math.round(span / 2)),
    horizon.end,
    decisionDay(scenario.definition),
  ];
  return {
    title: scenario.definition.title,
    claim: `${scenario.definition.claim} ${horizon.label}`,
    steps: days.map((day) => ({ day, brief: buildBrief(scenario, catalog.facts, catalog.version, { asOf: day }) })),
  };
}

const pct = (p: number) => `${Math.round(p * 100)}%`;

const Step: FC<{ step: ModelExample['steps'][number]; id: string }> = ({ step, id }) => {
  const { brief, day } = step;
  const link = `/v1/briefs/${id}?asOf=${day}`;
  if (brief.resolution.status !== 'open') {
    return (
      <li>
        <a href={link}>{formatDay(day)}</a>: {brief.bottomLine.judgment}
      </li>
    );
  }
  const { likelihood } = brief;
  const { time } = likelihood;
  if (!time) {
    return (
      <li>
        <a href={link}>{formatDay(day)}</a>: base rate {pct(likelihood.baseRate)}; with the evidence, {likelihood.term}{' '}
        ({pct(likelihood.probability)}).
      </li>
    );
  }
  // P in the formula is the event's chance over the window; the claim may be that it does not happen.
  const event = time.eventIsClaim ? time.evidenceProbability : 1 - time.evidenceProbability;
  // 1 − (1 − P)^s on the figures shown, so a reader can redo it; the stated claim is clamped to 1–99%.
  const eventModel = { opens: time.opens, horizon: time.horizon, event: { label: time.event, isClaim: true } };
  const eventLeft = withTimeLeft(eventModel, Math.round(event * 100) / 100, time.remainingShare);
  const clamped = likelihood.probability === 0.99 || likelihood.probability === 0.01;
  return (
    <li>
      <a href={link}>{formatDay(day)}</a>: base rate {pct(likelihood.baseRate)}; the evidence gives “{time.event}”{' '}
      {pct(event)} over the whole window (P); with {pct(time.remainingShare)} of the window left (s) and no record of
      it, {pct(eventLeft)} in what remains; so the claim is {likelihood.term} ({pct(likelihood.probability)})
      {clamped ? ', where the scale stops' : ''}.
    </li>
  );
};

/** The "How a judgment is made" section, with the worked example when there is one. */
export const ModelSection: FC<{ example: ModelExample | undefined }> = ({ example }) => (
  <section id="model">
    <h2>How a judgment is made</h2>
    <p>
      <strong>Facts</strong> are typed values, each with the verbatim sentence it rests on and how the source supports
      it (stated, reported second-hand, the author's assessment, hedged, or inferred by this service). Each has two
      dates: when it happened, and when it became known (its source's publication). A brief as of a day uses only what
      was known that day; without <code>asOf</code>, that day is today (UTC).
    </p>
    <p>
      <strong>The number.</strong> Each scenario starts from a base rate, in odds. Each indicator is a condition over
      facts with a likelihood ratio and a written rationale: met, it multiplies the odds (raises) or divides them
      (lowers); a two-sided indicator known not to hold moves them the other way by its own ratio; an indicator whose
      facts are unknown moves nothing. Indicators that read one piece of evidence share a group, and only the strongest
      reading in a group counts. The probability is rounded to a whole percent, then named on the ICD 203 scale.
    </p>
    <p>
      <strong>Time.</strong> The evidence gives a chance <em>P</em> of the awaited event over the question's whole
      window. At a constant hazard, with no record of the event yet, the chance that it still happens in the share{' '}
      <em>s</em> of the window left is 1 − (1 − <em>P</em>)<sup>s</sup>. So, with nothing new, a claim that the event
      happens by the horizon falls as the horizon nears, and a claim that it does not rises. Every brief shows this in{' '}
      <code>likelihood.time</code>.
    </p>
    <p>
      <strong>Confidence</strong> is judged apart from likelihood, by a written rule: how much of the picture is known,
      how many independent origins back it, and how much rests on second-hand reports or judgments.
    </p>
    <p>
      <strong>Resolution.</strong> Each scenario states, as data, the developments that settle it and what the horizon's
      passing means. A question resolves on the first day a settling event is known, dated by the event; if none is, it
      takes the horizon's outcome on its decision day (the day after the horizon, unless the scenario leaves time for
      late reports), and says what that rests on (<code>resolution.basis</code>): a record of the horizon showing the
      event had not happened, or no record either way. Once resolved it never moves, at any later date or with any later
      report; the brief keeps its last open judgment, labelled as such.
    </p>
    {example ? (
      <>
        <h3>Worked example: {example.title}</h3>
        <p>The claim: {example.claim}. Its briefs on four days, with nothing recorded after the article:</p>
        <ul>
          {example.steps.map((step) => (
            <Step step={step} id={step.brief.scenario.id} />
          ))}
        </ul>
      </>
    ) : null}
  </section>
);
