// From base rate and met indicators to a probability, and from a probability to the ICD 203
// expression of likelihood. Odds form of Bayes' rule: each met indicator multiplies the odds by
// its likelihood ratio (raises) or divides them (lowers); unknown and unmet indicators are neutral.
import type { Direction } from '../rules/scenario-schema';

export interface Band {
  id: BandId;
  /** The ICD 203 words. */
  term: string;
  min: number;
  max: number;
}

export const BAND_IDS = [
  'almost-no-chance',
  'very-unlikely',
  'unlikely',
  'roughly-even',
  'likely',
  'very-likely',
  'almost-certain',
] as const;
export type BandId = (typeof BAND_IDS)[number];

/** ICD 203, section D.6.a: the seven expressions of likelihood and their ranges. */
export const BANDS: readonly Band[] = [
  { id: 'almost-no-chance', term: 'almost no chance', min: 0.01, max: 0.05 },
  { id: 'very-unlikely', term: 'very unlikely', min: 0.05, max: 0.2 },
  { id: 'unlikely', term: 'unlikely', min: 0.2, max: 0.45 },
  { id: 'roughly-even', term: 'roughly even chance', min: 0.45, max: 0.55 },
  { id: 'likely', term: 'likely', min: 0.55, max: 0.8 },
  { id: 'very-likely', term: 'very likely', min: 0.8, max: 0.95 },
  { id: 'almost-certain', term: 'almost certain', min: 0.95, max: 0.99 },
];

const [NO_CHANCE, VERY_UNLIKELY, UNLIKELY, EVEN, LIKELY, VERY_LIKELY, CERTAIN] = BANDS as [
  Band,
  Band,
  Band,
  Band,
  Band,
  Band,
  Band,
];

/**
 * The band of a probability. Shared edges are assigned symmetrically around one half:
 * 0.45 and 0.55 are roughly even, 0.20 unlikely and 0.80 likely, 0.05 very unlikely and
 * 0.95 very likely.
 */
export function bandOf(p: number): Band {
  if (p < 0.05) return NO_CHANCE;
  if (p < 0.2) return VERY_UNLIKELY;
  if (p < 0.45) return UNLIKELY;
  if (p <= 0.55) return EVEN;
  if (p <= 0.8) return LIKELY;
  if (p <= 0.95) return VERY_LIKELY;
  return CERTAIN;
}

export interface WeightedSignal {
  direction: Direction;
  weight: number;
  met: boolean;
}

/** ICD 203 words never go below 1 % or above 99 %: a rule set cannot claim certainty. */
const FLOOR = 0.01;
const CEILING = 0.99;

/**
 * A probability as the service states it: clamped to [0.01, 0.99] and rounded to a whole
 * percent. Rounded before it is banded, so the term always belongs to the number shown:
 * 0.804 is 80%, and 80% is "likely" wherever it appears; a finer number would claim a
 * precision that weights authored to one or two digits do not have.
 */
export function statedProbability(p: number): number {
  return Math.round(Math.min(CEILING, Math.max(FLOOR, p)) * 100) / 100;
}

/** Probability after the met signals, as stated (see statedProbability). */
export function combine(baseRate: number, signals: readonly WeightedSignal[]): number {
  let odds = baseRate / (1 - baseRate);
  for (const s of signals) {
    if (s.met) odds = s.direction === 'raises' ? odds * s.weight : odds / s.weight;
  }
  return statedProbability(odds / (1 + odds));
}
