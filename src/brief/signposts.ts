// What to watch and what to check, kept apart as ICD 203 tradecraft keeps them:
// - signposts look forward: first the developments that would settle the question, then those
//   not yet seen (unknown or unmet indicators) with the band the judgment would move to if each
//   came to hold, the largest moves first;
// - key assumptions look back: the few readings of the past the judgment leans on most (the key
//   indicators, see confidence.ts), each with how it was obtained and where the judgment would
//   go were the opposite recorded (the status computed: "wrong" alone could mean unknown); and,
//   once time has passed, that the record of the awaited
//   event is complete, which is what lets that time count against it.
import * as v from 'valibot';
import type { FactRecord } from '../facts/fact-record';
import { formatDay } from '../facts/format';
import type { Source } from '../facts/sources';
import { INDICATOR_STATUSES, type IndicatorResult, type IndicatorStatus } from '../rules/evaluate';
import { OUTCOMES, type Scenario } from '../rules/scenario-schema';
import { keyIndicators, readingOf } from './confidence';
import { type Judgment, probabilityWith } from './judgment';
import { BAND_IDS, bandOf } from './likelihood';
import { obtainedPhrase } from './sourcing';

const pct = (p: number) => `${Math.round(p * 100)}%`;

const Move = {
  probability: v.pipe(v.number(), v.description('The probability if the indicator took `ifStatus`.')),
  band: v.picklist(BAND_IDS),
  term: v.string(),
  shift: v.pipe(v.number(), v.description('The change in percentage points, signed.')),
  changesBand: v.boolean(),
  text: v.string(),
};

export const SignpostSchema = v.variant('kind', [
  v.object({
    kind: v.pipe(v.literal('settles'), v.description('A development that would settle the question.')),
    outcome: v.picklist(OUTCOMES),
    label: v.string(),
    text: v.string(),
  }),
  v.object({
    kind: v.pipe(
      v.literal('indicator'),
      v.description('An indicator not yet met, and where it would move the judgment.'),
    ),
    indicatorId: v.string(),
    label: v.string(),
    status: v.picklist(INDICATOR_STATUSES),
    ifStatus: v.pipe(v.literal('met'), v.description('A signpost is a development coming to hold.')),
    ...Move,
  }),
]);
export type Signpost = v.InferOutput<typeof SignpostSchema>;

export const KeyAssumptionSchema = v.variant('kind', [
  v.object({
    kind: v.pipe(v.literal('indicator'), v.description('A reading of the past a key indicator rests on.')),
    indicatorId: v.string(),
    label: v.string(),
    status: v.picklist(INDICATOR_STATUSES),
    ifStatus: v.pipe(
      v.picklist(['met', 'not-met']),
      v.description('The status were the opposite recorded: what the shift is computed with.'),
    ),
    obtained: v.pipe(v.string(), v.description('How the facts behind it were obtained, as a phrase.')),
    factIds: v.array(v.string()),
    ...Move,
  }),
  v.object({
    kind: v.pipe(
      v.literal('record-complete'),
      v.description(
        'That the awaited event would be on record had it happened: what lets the time passed with no record of it count against it.',
      ),
    ),
    event: v.string(),
    since: v.pipe(v.string(), v.description('When the question’s window opened.')),
    ...Move,
    probability: v.pipe(
      v.number(),
      v.description('The probability if the event may have happened unrecorded: the time passed counts for nothing.'),
    ),
  }),
]);
export type KeyAssumption = v.InferOutput<typeof KeyAssumptionSchema>;

function moveTo(judgment: Judgment, indicator: IndicatorResult, ifStatus: IndicatorStatus) {
  const p = probabilityWith(judgment.model, judgment.indicators, (i) => (i === indicator ? ifStatus : i.status));
  const band = bandOf(p);
  const changesBand = band.id !== judgment.band.id;
  return {
    probability: p,
    band: band.id,
    term: band.term,
    shift: Math.round((p - judgment.probability) * 100),
    changesBand,
    effect: `${changesBand ? 'would move to' : 'would stay'} ${band.term} (${pct(p)})`,
  };
}

/**
 * The developments that would settle the question, then the indicators that could still come to
 * hold, largest move first: those over a fact to watch for (one the sources have not recorded),
 * and those known not met, whose recorded state can change. An indicator over a past event the
 * service has not read about yet is a gap in what is known, not a development to watch.
 */
export function signposts(judgment: Judgment, scenario: Scenario, forward: (factId: string) => boolean): Signpost[] {
  const settles = OUTCOMES.flatMap((outcome): Signpost[] => {
    const settling = scenario.resolution[outcome];
    if (!settling) return [];
    return [
      {
        kind: 'settles',
        outcome,
        label: settling.label,
        text: `Signpost: “${settling.label}”. If this happens by ${scenario.horizon.end}, the question resolves ${outcome}.`,
      },
    ];
  });
  const moves = judgment.indicators
    .filter((i) => i.status === 'not-met' || (i.status === 'unknown' && i.factIds.some(forward)))
    .map((indicator) => {
      const { effect, ...move } = moveTo(judgment, indicator, 'met');
      return {
        kind: 'indicator' as const,
        indicatorId: indicator.id,
        label: indicator.label,
        status: indicator.status,
        ifStatus: 'met' as const,
        ...move,
        text: `Signpost: “${indicator.label}”. If this comes to hold, the judgment ${effect}.`,
      };
    })
    .sort((a, b) => Math.abs(b.probability - judgment.probability) - Math.abs(a.probability - judgment.probability));
  return [...settles, ...moves];
}

/** How the facts behind an indicator were obtained: "reported second-hand by The Diplomat". */
function obtainedOf(
  indicator: IndicatorResult,
  facts: ReadonlyMap<string, FactRecord>,
  sources: ReadonlyMap<string, Source>,
) {
  const restsOn = indicator.factIds.flatMap((id) => facts.get(id) ?? []);
  if (restsOn.some((f) => f.assumed)) return 'a what-if assumption for this brief';
  return [
    ...new Set(
      restsOn.flatMap((f) => f.citations.map((c) => obtainedPhrase(f.certainty, sources.get(c.sourceId)?.meta))),
    ),
  ].join('; ');
}

/** The key indicators as assumptions to check: were the opposite of each recorded, where the judgment goes. */
export function keyAssumptions(
  judgment: Judgment,
  facts: ReadonlyMap<string, FactRecord>,
  sources: ReadonlyMap<string, Source>,
  asOf: string,
): KeyAssumption[] {
  const readings = keyIndicators(judgment.indicators).map((indicator): KeyAssumption => {
    const ifStatus = indicator.status === 'met' ? 'not-met' : 'met';
    const { effect, ...move } = moveTo(judgment, indicator, ifStatus);
    const obtained = obtainedOf(indicator, facts, sources);
    return {
      kind: 'indicator',
      indicatorId: indicator.id,
      label: indicator.label,
      status: indicator.status,
      ifStatus,
      obtained,
      factIds: [...indicator.factIds],
      ...move,
      text: `Key assumption: ${readingOf(indicator)} (${obtained}). If the opposite were recorded, the judgment ${effect}.`,
    };
  });
  const record = recordComplete(judgment, asOf);
  if (!record) return readings;
  // The larger move first: late in a window, the time passed often weighs more than any reading.
  const first = readings[0];
  return first && Math.abs(first.shift) > Math.abs(record.shift) ? [...readings, record] : [record, ...readings];
}

/**
 * Once part of the window has passed with no record of the awaited event, the judgment assumes
 * the record is complete: had the event happened, it would be on record. Stated as a key
 * assumption, with the judgment it would leave if the event may have gone unrecorded (the
 * evidence alone, over the whole window). Absent while none of the window has passed, or where
 * the time passed moves nothing.
 */
function recordComplete(judgment: Judgment, asOf: string): KeyAssumption | undefined {
  const { time } = judgment;
  if (!time || time.remainingShare >= 1) return undefined;
  const p = time.evidenceProbability;
  const band = bandOf(p);
  const shift = Math.round((p - judgment.probability) * 100);
  if (shift === 0) return undefined;
  const changesBand = band.id !== judgment.band.id;
  const effect = `${changesBand ? 'would move to' : 'would stay'} ${band.term} (${pct(p)})`;
  return {
    kind: 'record-complete',
    event: time.event,
    since: time.opens,
    probability: p,
    band: band.id,
    term: band.term,
    shift,
    changesBand,
    text: `Key assumption: had “${time.event}” happened since ${formatDay(time.opens)}, it would be on record by ${formatDay(asOf)}. If it may have happened unrecorded, the time passed counts for nothing, and the judgment ${effect}.`,
  };
}
