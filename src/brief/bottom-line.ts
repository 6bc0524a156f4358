// The bottom line up front, one idea a sentence as ICD 203 asks: the judgment (likelihood term,
// probability, claim, horizon) or, for a closed question, how it ended and the last judgment
// before, labelled as such; then the indicators it rests on most; then confidence with its
// basis. Likelihood and confidence never share a sentence.
import { formatDay } from '../facts/format';
import type { Scenario } from '../rules/scenario-schema';
import { readingOf } from './confidence';
import type { Judgment } from './judgment';
import type { BandId } from './likelihood';
import { decisionDay, type Resolution } from './resolution';
import type { TimeTerm } from './time-to-horizon';

/** The ICD 203 terms in a sentence: "it is likely that …", "there is a roughly even chance that …". */
export const LEAD_IN: Record<BandId, string> = {
  'almost-no-chance': 'there is almost no chance',
  'very-unlikely': 'it is very unlikely',
  unlikely: 'it is unlikely',
  'roughly-even': 'there is a roughly even chance',
  likely: 'it is likely',
  'very-likely': 'it is very likely',
  'almost-certain': 'it is almost certain',
};

const pct = (p: number) => `${Math.round(p * 100)}%`;

/** Which indicators the judgment rests on most, for and against, in one sentence without a likelihood. */
export function evidenceSentence(judgment: Judgment): string {
  const indicators = indicatorSentence(judgment);
  const time = timeSentence(judgment);
  return time ? `${indicators} ${time}` : indicators;
}

/**
 * The known indicators that move the judgment most each way, by the ratio each applies (after
 * grouping): met or known not met, since a not-met one can carry its own ratio. Named as read.
 */
function indicatorSentence(judgment: Judgment): string {
  const known = judgment.indicators.filter((i) => i.status !== 'unknown');
  if (known.length === 0)
    return 'Nothing recorded for this question was known by then, so the judgment is the base rate.';
  let forIt: (typeof known)[number] | undefined;
  let against: (typeof known)[number] | undefined;
  for (const i of known) {
    if (i.appliedRatio > (forIt?.appliedRatio ?? 1)) forIt = i;
    if (i.appliedRatio < (against?.appliedRatio ?? 1)) against = i;
  }
  if (!forIt && !against) {
    if (known.some((i) => i.status === 'met')) return 'No known indicator moves the judgment, so it is the base rate.';
    return known.length === 1
      ? 'The one known indicator is not met, so the judgment is the base rate.'
      : `None of the ${known.length} known indicators is met, so the judgment is the base rate.`;
  }
  if (forIt && against) {
    return `The indicator that weighs most for it is ${readingOf(forIt)}; the one that weighs most against it is ${readingOf(against)}.`;
  }
  if (forIt)
    return `The indicator that weighs most for it is ${readingOf(forIt)}; no known indicator weighs against it.`;
  return `The indicator that weighs most against it is ${readingOf(against as (typeof known)[number])}; no known indicator weighs for it.`;
}

function timeSentence(judgment: Judgment): string {
  return timeNote(judgment.time, judgment.probability);
}

/**
 * Once time has passed with no record of the awaited event, which way that time counts: a driver,
 * so named (in the bottom line, and on the embed card, which shows no other word of it). Empty
 * where time has not moved the judgment.
 */
export function timeNote(time: TimeTerm | undefined, probability: number): string {
  if (!time || time.remainingShare >= 1 || time.evidenceProbability === probability) return '';
  const passed =
    time.remainingShare <= 0
      ? 'the whole window'
      : `the ${Math.round((1 - time.remainingShare) * 100)}% of the window that has passed`;
  return `Time counts ${time.eventIsClaim ? 'against' : 'for'} it: there is no record of “${time.event}” in ${passed}.`;
}

export interface BottomLineInput {
  scenario: Scenario;
  judgment: Judgment;
  /** The brief's date. */
  asOf: string;
  resolution: Resolution;
  /** The day the judgment is as of: the brief's date while open, else the last open day. */
  judgedAsOf: string;
  /** The number of what-if assumptions in force. */
  assumptions?: number;
  /** The day the latest information the judgment rests on became known, if any. */
  informationTo?: string;
  /**
   * Whether the assumptions make the settlement (a settling fact, or one behind it, is assumed).
   * False for a recorded event under an unrelated what-if: the outcome is then stated as recorded.
   * Defaults to whether any assumption is in force.
   */
  settledByWhatIf?: boolean;
}

/** "Under 1 what-if assumption", "Under 2 what-if assumptions"; empty with none (briefs and sets alike). */
export function underAssumptions(n: number): string {
  return n === 0 ? '' : `Under ${n} what-if ${n === 1 ? 'assumption' : 'assumptions'}`;
}

/** The bottom line's three parts: the judgment (or outcome), the evidence it rests on most, and confidence. */
export interface BottomLineParts {
  judgment: string;
  evidence: string;
  confidence: string;
}

/**
 * The settling development whose absence the horizon's outcome rests on, in quotes: for a
 * question that resolves no at the horizon, the development that would have made it yes, and
 * the other way round; both where the horizon settles nothing.
 */
function awaited(scenario: Scenario): string {
  const { yes, no, atHorizon } = scenario.resolution;
  const against = atHorizon === 'no' ? yes : atHorizon === 'yes' ? no : undefined;
  const labels = against ? [against.label] : [yes?.label, no?.label].filter((l) => l !== undefined);
  return labels.map((l) => `“${l}”`).join(' or ');
}

/**
 * How a closed question ended, in one sentence. Under what-if assumptions it is a conditional
 * ("would resolve"), and follows "Under N what-if assumptions, ".
 */
function outcomeSentence(scenario: Scenario, resolution: Resolution, asOf: string, what: boolean): string {
  const { status, date } = resolution;
  const horizon = formatDay(scenario.horizon.end);
  if (status === 'yes' || status === 'no') {
    const settling = scenario.resolution[status]?.label;
    if (resolution.basis === 'event') {
      return what
        ? `the question would resolve ${status}, since “${settling}” would hold.`
        : `Resolved ${status} on ${formatDay(date ?? scenario.horizon.end)}, when “${settling}” held.`;
    }
    const resolved = what ? `the question would resolve ${status}` : `Resolved ${status}`;
    return resolution.basis === 'recorded-absence'
      ? `${resolved} on ${horizon}: the record shows that ${awaited(scenario)} had not happened by then.`
      : `${resolved} on ${horizon}, for want of any record that ${awaited(scenario)} happened by then.`;
  }
  const decided = decisionDay(scenario);
  const question = what ? 'the question is not yet resolved' : 'Not yet resolved';
  return asOf < decided
    ? `${question}: the horizon passed on ${horizon}, and reports published by ${formatDay(decided)} can still settle the question.`
    : `${what ? 'the question is unresolved' : 'Unresolved'}: the horizon passed on ${horizon} with nothing recorded that settles the question, and its passing settles nothing.`;
}

/** The bottom line, part by part; `bluf` joins them. */
export function bottomLineParts({
  scenario,
  judgment,
  asOf,
  resolution,
  judgedAsOf,
  assumptions = 0,
  informationTo,
  settledByWhatIf = assumptions > 0,
}: BottomLineInput): BottomLineParts {
  const { band, probability } = judgment;
  const what = `${scenario.claim} ${scenario.horizon.label}`;
  const under = underAssumptions(assumptions);
  if (resolution.status === 'open') {
    return {
      judgment: `${under ? `${under} and as` : 'As'} of ${formatDay(asOf)}, ${informationTo && informationTo < asOf ? `on information recorded up to ${formatDay(informationTo)}, ` : ''}${LEAD_IN[band.id]} (${pct(probability)}) that ${what}.`,
      evidence: evidenceSentence(judgment),
      confidence: judgment.confidence.statement,
    };
  }
  // A recorded event settles the question whatever is assumed elsewhere: said as recorded.
  const recordedEvent = resolution.basis === 'event' && settledByWhatIf === false;
  const conditional = under !== '' && !recordedEvent;
  const outcome = outcomeSentence(scenario, resolution, asOf, conditional);
  // A what-if that settles the question: the judgment beside it is what the indicators give on
  // the brief date short of that development, not a judgment the question "closed" with.
  const shortOf = conditional && resolution.basis === 'event';
  const last = shortOf
    ? `Short of that, the judgment as of ${formatDay(judgedAsOf)} would be ${band.term} (${pct(probability)}): that ${what}.`
    : `${recordedEvent && under ? `${under}, the` : 'The'} last judgment before it closed, as of ${formatDay(judgedAsOf)}, was ${band.term} (${pct(probability)}): that ${what}.`;
  return {
    judgment: `${conditional ? `${under}, ${outcome}` : outcome} ${last}`,
    evidence: evidenceSentence(judgment),
    confidence: judgment.confidence.statement.replace(
      /^Confidence in this judgment is /,
      shortOf ? 'Confidence in that judgment would be ' : 'Confidence in that last judgment was ',
    ),
  };
}

/** The bottom line as one paragraph. */
export function bottomLine(input: BottomLineInput): string {
  const { judgment, evidence, confidence } = bottomLineParts(input);
  return `${judgment} ${evidence} ${confidence}`;
}
