// Time to the horizon, for questions of the form "will E happen by H" (or "will E not happen by
// H"). The evidence gives the probability P that E happens over the question's whole window,
// from the day it opened to its horizon. Reading that as a constant hazard,
// λ = −ln(1 − P) / T over the window's length T; with E not yet seen at day t, the chance it still
// happens by H is 1 − e^(−λ(H − t)) = 1 − (1 − P)^r, where r is the share of the window left.
// With no new facts, then, E grows less probable day by day and "no E by H" more, reaching the
// horizon's outcome as r reaches 0. New evidence moves P, and with it λ, at any time.
//
// Assumptions, stated: the hazard is constant over the window (no date within it is special);
// E has not happened while the question is open: had it happened it would be on record, and it
// would have settled the question (the brief names this as a key assumption once time has
// passed); the evidence's weights were set for the whole window as seen when it opened. A brief
// as of day t counts day t as passed: its records are those known by the end of it.
import * as v from 'valibot';
import { formatDay } from '../facts/format';
import type { Scenario } from '../rules/scenario-schema';

const MS_PER_DAY = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;

export const TimeTermSchema = v.pipe(
  v.object({
    opens: v.pipe(v.string(), v.description('When the question’s window opened.')),
    horizon: v.string(),
    remainingShare: v.pipe(v.number(), v.description('The share of the window still ahead, 0 to 1.')),
    event: v.pipe(
      v.string(),
      v.description('The development the hazard is of: the one whose absence the horizon settles.'),
    ),
    eventIsClaim: v.pipe(
      v.boolean(),
      v.description('True when the claim is that the event happens; false when it is that it does not.'),
    ),
    evidenceProbability: v.pipe(
      v.number(),
      v.description('The claim’s probability from the evidence alone, over the whole window (rounded).'),
    ),
    text: v.string(),
  }),
  v.description(
    'How the time left to the horizon enters the judgment (constant hazard); absent where the horizon settles nothing.',
  ),
);
export type TimeTerm = v.InferOutput<typeof TimeTermSchema>;

/** What the time term needs of a scenario: its window, and which event the hazard is of. */
export interface TimeModel {
  opens: string;
  horizon: string;
  /** The settling event whose absence the horizon's passing settles, and whether the claim is that it happens. */
  event: { label: string; isClaim: boolean } | undefined;
}

/** A scenario's window, and the event whose absence its horizon settles, if any. */
export function timeModelOf(scenario: Scenario): TimeModel {
  const { resolution, horizon } = scenario;
  const event =
    resolution.atHorizon === 'no' && resolution.yes
      ? { label: resolution.yes.label, isClaim: true }
      : resolution.atHorizon === 'yes' && resolution.no
        ? { label: resolution.no.label, isClaim: false }
        : undefined;
  return { opens: horizon.opens, horizon: horizon.end, event };
}

/** The share of the window still ahead on day `asOf`: 1 until it opens, 0 from the horizon on. */
export function remainingShare(model: TimeModel, asOf: string): number {
  const total = dayNumber(model.horizon) - dayNumber(model.opens);
  const left = dayNumber(model.horizon) - dayNumber(asOf);
  return Math.min(1, Math.max(0, left / total));
}

/** The claim's probability with the time left applied to the evidence's (both unrounded). */
export function withTimeLeft(model: TimeModel, evidence: number, share: number): number {
  if (!model.event || share >= 1) return evidence;
  const eventOverWindow = model.event.isClaim ? evidence : 1 - evidence;
  const eventInTimeLeft = 1 - (1 - eventOverWindow) ** share;
  return model.event.isClaim ? eventInTimeLeft : 1 - eventInTimeLeft;
}

const pct = (p: number) => `${Math.round(p * 100)}%`;
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The time term as a brief shows it, or undefined where time does not enter. */
export function timeTerm(
  model: TimeModel,
  asOf: string,
  evidence: number,
  stated: (p: number) => number,
): TimeTerm | undefined {
  if (!model.event) return undefined;
  const share = remainingShare(model, asOf);
  const { label, isClaim } = model.event;
  const eventOverWindow = isClaim ? evidence : 1 - evidence;
  const eventLeft = withTimeLeft({ ...model, event: { label, isClaim: true } }, eventOverWindow, share);
  const window = `the window from ${formatDay(model.opens)} to ${formatDay(model.horizon)}`;
  const recorded = 'Assuming it would be on record had it happened,';
  const claimLeft = isClaim ? '' : `, so ${pct(1 - eventLeft)} that it does not happen by then`;
  const text =
    share >= 1
      ? `None of ${window} has passed: the evidence gives “${label}” a ${pct(eventOverWindow)} chance over the whole window${isClaim ? '' : `, so ${pct(1 - eventOverWindow)} that it does not happen`}.`
      : share <= 0
        ? `${capitalised(window)} has run out with no record of “${label}”. ${recorded} it can no longer happen in time; the scale stops at 1% and 99%.`
        : `${pct(1 - share)} of ${window} has passed with no record of “${label}”. ${recorded} a constant hazard turns the evidence's ${pct(eventOverWindow)} chance of it over the whole window into ${pct(eventLeft)} over the ${pct(share)} that remains${claimLeft}.`;
  return {
    opens: model.opens,
    horizon: model.horizon,
    remainingShare: Math.round(share * 1000) / 1000,
    event: label,
    eventIsClaim: isClaim,
    evidenceProbability: stated(evidence),
    text,
  };
}
