// Time to the horizon, for questions of the form "will E happen by H" (or "will E not happen by
// H"). The evidence gives the probability P that E happens over the question's whole window,
// from the day it opened to its horizon. Reading that as a constant hazard,
// λ = −ln(1 − P) / T over the window's length T; with E not yet seen at day t, the chance it still
// happens by H is 1 − e^(−λ(H − t)) = 1 − (1 − P)^r, where r is the share of the window left.
// With no new facts, then, E grows less probable day by day and "no E by H" more, reaching the
// horizon's outcome as r reaches 0. New evidence moves P, and with it λ, at any time.
//
// Assumptions, stated: the hazard is constant over the window (no date within it is special);
// E has not happened while the question is open (it would have settled it); the evidence's
// weights were set for the whole window as seen when it opened.
import * as v from 'valibot';
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
  const eventLeft = 1 - (1 - eventOverWindow) ** share;
  const text =
    share >= 1
      ? `The window runs from ${model.opens} to ${model.horizon} and none of it has passed: the evidence's ${pct(eventOverWindow)} chance of “${label}” over the whole window stands.`
      : `${pct(1 - share)} of the window from ${model.opens} to ${model.horizon} has passed with no record of “${label}”. At a constant hazard, the evidence's ${pct(eventOverWindow)} chance of it over the whole window is ${pct(eventLeft)} over the ${pct(share)} that remains.`;
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
