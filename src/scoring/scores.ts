// Proper scores of probability forecasts of a yes/no question (see docs/track-record.md):
// - Brier: (p − o)², 0 best, 0.25 for an always-50% forecaster;
// - log: ln of the probability given to what happened (natural log, 0 best, −∞ worst; a stated
//   probability is never 0 or 1 here, since every judgment is between 1% and 99%);
// - time-averaged over the question's open period, each call counting for the days it stood;
// - skill: 1 − Brier / Brier of a reference (the scenario's base rate, or 50%), positive when the
//   calls beat the reference.
// Pure: numbers in, numbers out.

/** The Brier score of a probability `p` for an outcome (true: yes). */
export function brierScore(p: number, yes: boolean): number {
  const o = yes ? 1 : 0;
  return (p - o) ** 2;
}

/** The log score: the natural log of the probability given to what happened. */
export function logScore(p: number, yes: boolean): number {
  return Math.log(yes ? p : 1 - p);
}

/** A call as scored: the day it was made and its probability; it stands until the next call. */
export interface Call {
  date: string;
  probability: number;
}

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

/** The days each call stood: from its date to the next call's, the last to `until` (exclusive). */
export function standingDays(calls: readonly Call[], until: string): number[] {
  const end = dayNumber(until);
  return calls.map((call, i) => {
    const next = calls[i + 1];
    return Math.max(0, Math.min(next ? dayNumber(next.date) : end, end) - dayNumber(call.date));
  });
}

export interface TimeAveraged {
  brier: number;
  log: number;
  /** The days the calls cover, from the first call to the day the question closed. */
  days: number;
}

/**
 * Scores averaged over time, the way Metaculus averages: each call weighs the days it stood,
 * from the first call to `until` (the day the question resolved, or the day after its horizon).
 * Undefined if the calls cover no day. Calls must be in date order, none on or after `until`.
 */
export function timeAveraged(calls: readonly Call[], until: string, yes: boolean): TimeAveraged | undefined {
  const days = standingDays(calls, until);
  const total = days.reduce((a, b) => a + b, 0);
  if (total === 0) return undefined;
  let brier = 0;
  let log = 0;
  calls.forEach((call, i) => {
    const weight = (days[i] as number) / total;
    brier += weight * brierScore(call.probability, yes);
    log += weight * logScore(call.probability, yes);
  });
  return { brier, log, days: total };
}

/** Skill against a reference forecast held throughout: 1 − Brier / Brier of the reference. */
export function brierSkill(brier: number, reference: number, yes: boolean): number | null {
  const ref = brierScore(reference, yes);
  return ref === 0 ? null : 1 - brier / ref;
}

/**
 * Wilson's score interval for `k` successes in `n` trials at about 95% (z = 1.96): it stays inside
 * [0, 1] and behaves at small n, where the normal interval does not.
 */
export function wilsonInterval(k: number, n: number, z = 1.96): { low: number; high: number } {
  if (n === 0) return { low: 0, high: 1 };
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export interface CalibrationBin {
  /** Stated probabilities from `from` (inclusive) to `to` (exclusive; the last bin includes 1). */
  from: number;
  to: number;
  count: number;
  meanProbability: number | null;
  observedFrequency: number | null;
  interval: { low: number; high: number } | null;
}

/** Calls binned by stated probability (ten bins), each with how often its question came true. */
export function calibrationBins(calls: readonly { probability: number; yes: boolean }[]): CalibrationBin[] {
  return Array.from({ length: 10 }, (_, b) => {
    const from = b / 10;
    const to = (b + 1) / 10;
    const inBin = calls.filter((c) => c.probability >= from && (c.probability < to || (b === 9 && c.probability <= 1)));
    const yes = inBin.filter((c) => c.yes).length;
    return {
      from,
      to,
      count: inBin.length,
      meanProbability: inBin.length ? inBin.reduce((a, c) => a + c.probability, 0) / inBin.length : null,
      observedFrequency: inBin.length ? yes / inBin.length : null,
      interval: inBin.length ? wilsonInterval(yes, inBin.length) : null,
    };
  });
}
