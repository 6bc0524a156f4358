// Which evidence, if it were wrong, would change the ranking (Heuer's sensitivity step). Each
// known row of the matrix is tested two ways:
// - discounted: its facts set aside, as if never recorded (every indicator on it unknown);
// - reversed: its reading the other way (each met indicator not met, and each not-met one met),
//   the evidence taken as two-sided: a met indicator turned not met applies its ratio's inverse.
// The probabilities and the weighted inconsistency are recomputed each time; a row is listed
// when either test changes the order of the hypotheses by probability or which hypotheses tie as
// least inconsistent. Pure.
import type { IndicatorStatus } from '../rules/evaluate';
import {
  type AchMatrix,
  achSurvivors,
  inconsistencyScores,
  type Rating,
  ratingsOf,
  ratiosApplied,
  relevanceOf,
  rowLogs,
  rowPlans,
} from './ach-matrix';
import type { CompiledSet } from './compile-set';
import { appliedUnder, exactProbabilities, type SetJudgment } from './set-judgment';
import { wholePercents } from './set-probabilities';

export const SENSITIVITY_TESTS = ['discounted', 'reversed'] as const;
export type SensitivityTest = (typeof SENSITIVITY_TESTS)[number];

export interface SensitivityEntry {
  rowId: string;
  test: SensitivityTest;
  /** The hypotheses by probability under the test, most probable first, with the stated numbers. */
  ranking: { hypothesisId: string; probability: number }[];
  /** The least inconsistent hypotheses under the test (more than one when they tie). */
  achSurvivors: string[];
  leaderChanges: boolean;
  rankingChanges: boolean;
  achLeaderChanges: boolean;
}

/** Hypothesis indexes by stated probability, then unrounded, then set order. */
export function probabilityOrder(stated: readonly number[], exact: readonly number[]): number[] {
  return stated
    .map((_, n) => n)
    .sort(
      (a, b) => (stated[b] as number) - (stated[a] as number) || (exact[b] as number) - (exact[a] as number) || a - b,
    );
}

const flip: Record<IndicatorStatus, IndicatorStatus> = { met: 'not-met', 'not-met': 'met', unknown: 'unknown' };

/** The rows whose discounting or reversal would change the ranking or the ACH survivors. */
export function sensitivity(set: CompiledSet, judgment: SetJudgment, matrix: AchMatrix): SensitivityEntry[] {
  const ids = set.hypotheses.map((h) => h.definition.id);
  const judged = judgment.hypotheses;
  const plans = new Map(rowPlans(set).map((p) => [p.id, p]));
  const baseOrder = probabilityOrder(
    judged.map((h) => h.probability),
    judged.map((h) => h.exact),
  );
  const baseRows = matrix.rows.map((r) => ({
    id: r.id,
    ratings: r.cells.map((c) => c.rating),
    weight: r.credibility.weight * r.relevance.weight,
    credibility: r.credibility.weight,
  }));
  const baseAch = achSurvivors(inconsistencyScores(baseRows, ids.length));
  const entries: SensitivityEntry[] = [];
  for (const row of baseRows) {
    const plan = plans.get(row.id);
    if (!plan) continue;
    const onRow = new Set(plan.members.map((m) => `${m.hypothesis}:${m.indicator}`));
    for (const test of SENSITIVITY_TESTS) {
      // Read the other way, evidence is two-sided: a met indicator known not met applies the
      // inverse of its ratio, where no `ifNotMet` ratio says otherwise.
      const applied = appliedUnder(
        judged,
        (n, i, k) => (onRow.has(`${n}:${k}`) ? (test === 'discounted' ? 'unknown' : flip[i.status]) : i.status),
        (n, k) => test === 'reversed' && onRow.has(`${n}:${k}`),
      );
      const exact = exactProbabilities(set, applied, judgment.remaining);
      const stated = wholePercents(exact);
      const order = probabilityOrder(stated, exact);
      const rows = baseRows.flatMap((r) => {
        if (r.id !== row.id) return [r];
        if (test === 'discounted') return [];
        const logs = rowLogs(plan, applied, ids.length);
        const ratios = ratiosApplied(plan, applied);
        return [{ ...r, ratings: ratingsOf(logs) as Rating[], weight: r.credibility * relevanceOf(ratios).weight }];
      });
      const survivors = achSurvivors(inconsistencyScores(rows, ids.length));
      const entry: SensitivityEntry = {
        rowId: row.id,
        test,
        ranking: order.map((n) => ({ hypothesisId: ids[n] as string, probability: stated[n] as number })),
        achSurvivors: survivors.map((n) => ids[n] as string),
        leaderChanges: order[0] !== baseOrder[0],
        rankingChanges: order.some((n, i) => n !== baseOrder[i]),
        achLeaderChanges: survivors.length !== baseAch.length || survivors.some((n, i) => n !== baseAch[i]),
      };
      if (entry.rankingChanges || entry.achLeaderChanges) entries.push(entry);
    }
  }
  const severity = (e: SensitivityEntry) => (e.leaderChanges ? 2 : 0) + (e.achLeaderChanges ? 1 : 0);
  return entries.sort((a, b) => severity(b) - severity(a));
}
