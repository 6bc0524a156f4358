// From base rate and indicators to a probability, and from a probability to the ICD 203
// expression of likelihood. Odds form of Bayes' rule, in log-odds:
// - a met indicator adds ln(weight) (raises) or subtracts it (lowers);
// - a known unmet indicator with an `ifNotMet` ratio moves the odds the other way by it; without
//   one, absence is neutral (no claim is made about it);
// - an unknown indicator is neutral;
// - indicators in one group read one piece of evidence: only the strongest contribution in each
//   direction counts, so two readings of one sentence are not multiplied as if independent.
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
  /** The ratio when known not met, moving the other way; absent: neutral. */
  weightIfNotMet?: number;
  /** Signals of one group read one piece of evidence. */
  group?: string;
  status: 'met' | 'not-met' | 'unknown';
}

/** One signal's log-odds contribution on its own: + raises the claim, − lowers it. */
export function logContribution(s: Omit<WeightedSignal, 'group'>): number {
  const sign = s.direction === 'raises' ? 1 : -1;
  if (s.status === 'met') return sign * Math.log(s.weight);
  if (s.status === 'not-met' && s.weightIfNotMet !== undefined) return -sign * Math.log(s.weightIfNotMet);
  return 0;
}

/**
 * The log-odds each signal applies, grouping counted: in a group, the strongest positive and the
 * strongest negative contribution apply in full and the others apply nothing (a tie goes to the
 * first). Ungrouped signals apply their own contribution.
 */
export function appliedContributions(signals: readonly WeightedSignal[]): number[] {
  const own = signals.map(logContribution);
  const applied = [...own];
  const strongest = new Map<string, number>();
  signals.forEach((s, i) => {
    if (s.group === undefined || own[i] === 0) return;
    const key = `${s.group}${(own[i] as number) > 0 ? '+' : '-'}`;
    const best = strongest.get(key);
    if (best === undefined || Math.abs(own[i] as number) > Math.abs(own[best] as number)) {
      if (best !== undefined) applied[best] = 0;
      strongest.set(key, i);
    } else {
      applied[i] = 0;
    }
  });
  return applied;
}

/** The evidence's probability, unrounded: the base rate's odds moved by the applied contributions. */
export function evidenceProbability(baseRate: number, signals: readonly WeightedSignal[]): number {
  const logOdds = Math.log(baseRate / (1 - baseRate)) + appliedContributions(signals).reduce((a, b) => a + b, 0);
  return 1 / (1 + Math.exp(-logOdds));
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

/** The evidence's probability as stated (see statedProbability), before any time term. */
export function combine(baseRate: number, signals: readonly WeightedSignal[]): number {
  return statedProbability(evidenceProbability(baseRate, signals));
}
