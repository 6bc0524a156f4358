// The Analysis of Competing Hypotheses matrix, generated from the rules (Heuer; PARC ACH):
// evidence rows × hypotheses, each cell rated CC/C/N/I/II.
// - A row is one piece of evidence: the facts an indicator reads. Indicators of different
//   hypotheses that read the same facts share a row. A row is in the matrix once something on it
//   is known; rows nothing is known of yet are listed apart as absent evidence.
// - A cell's log ratio L is the sum of the log likelihood ratios that hypothesis's indicators on
//   the row apply (grouping counted, as in the probabilities). Each ratio is of the evidence under
//   that hypothesis against the others, so a cell is rated by L less the row's mean: how much
//   more or less likely the evidence is under this hypothesis than under the average one.
//   CC from ln 2 up, C from 0.1, N within ±0.1 (NEUTRAL_BAND), I from −0.1, II from −ln 2 down. Evidence that favours one
//   hypothesis is therefore somewhat inconsistent with the others, as Heuer reads it.
// - Credibility: the fact's certainty (stated High; reported Medium; the author's assessment,
//   hedged or this service's inference Low), capped by its best source's Admiralty grade (A–B
//   leave it, C and F — cannot be judged — cap it at Medium, D–E at Low); a row takes its least
//   credible fact. Relevance: the largest likelihood ratio that applied on the row (below 1.5
//   Low, below 2.5 Medium, else High). Low, Medium and High weigh 1/√2, 1 and √2 (PARC).
// - Weighted inconsistency: Σ credibility × relevance × (−1 for I, −2 for II) over a hypothesis's
//   cells; the least inconsistent hypothesis survives. Diagnosticity: the ratio between the
//   likeliest and least likely reading of the row (e^(max L − min L)); a row whose cells all
//   rate the same is flagged non-diagnostic.
// Pure: the set, its judgment and the sources in; the matrix out.
import type { FactRecord } from '../facts/fact-record';
import type { Source } from '../facts/sources';
import type { Certainty, ReliabilityGrade } from '../facts/vocabulary';
import type { IndicatorResult } from '../rules/evaluate';
import type { CompiledSet } from './compile-set';
import type { HypothesisJudgment } from './set-judgment';

export const RATINGS = ['CC', 'C', 'N', 'I', 'II'] as const;
export type Rating = (typeof RATINGS)[number];
export const LEVELS = ['low', 'medium', 'high'] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_WEIGHT: Record<Level, number> = { low: Math.SQRT1_2, medium: 1, high: Math.SQRT2 };
const INCONSISTENCY: Record<Rating, number> = { CC: 0, C: 0, N: 0, I: -1, II: -2 };

/** Where each indicator of each hypothesis falls: rows keyed by the facts read. Static per set. */
export interface RowPlan {
  id: string;
  factIds: string[];
  members: { hypothesis: number; indicator: number }[];
}

const plans = new WeakMap<CompiledSet, RowPlan[]>();

/** The evidence rows of a set, in first-use order over the hypotheses' indicators. */
export function rowPlans(set: CompiledSet): RowPlan[] {
  let rows = plans.get(set);
  if (!rows) {
    const byKey = new Map<string, RowPlan>();
    set.hypotheses.forEach((h, n) => {
      h.question.indicators.forEach((indicator, k) => {
        const factIds = [...indicator.compiled.factIds].sort();
        const id = factIds.join('+');
        let row = byKey.get(id);
        if (!row) {
          row = { id, factIds, members: [] };
          byKey.set(id, row);
        }
        row.members.push({ hypothesis: n, indicator: k });
      });
    });
    rows = [...byKey.values()];
    plans.set(set, rows);
  }
  return rows;
}

/** Each hypothesis's summed log ratio on a row. */
export function rowLogs(plan: RowPlan, applied: readonly (readonly number[])[], hypotheses: number): number[] {
  const logs: number[] = new Array(hypotheses).fill(0);
  for (const { hypothesis, indicator } of plan.members) {
    logs[hypothesis] = (logs[hypothesis] as number) + (applied[hypothesis]?.[indicator] ?? 0);
  }
  return logs;
}

const EPSILON = 1e-9;
/**
 * Within this of the row's mean a cell is neutral: evidence about 10% likelier or less likely
 * under a hypothesis than under the average one does not make it consistent or inconsistent.
 * Without the band, a ×1.15 indicator for one hypothesis would mark every other one I and add
 * more weighted inconsistency than a ×2 indicator against a single hypothesis.
 */
export const NEUTRAL_BAND = 0.1;

/** A cell's rating from its log ratio less the row's mean: CC, C, N, I or II. */
export function ratingOf(centred: number): Rating {
  if (centred >= Math.LN2 - EPSILON) return 'CC';
  if (centred >= NEUTRAL_BAND - EPSILON) return 'C';
  if (centred <= -Math.LN2 + EPSILON) return 'II';
  if (centred <= -NEUTRAL_BAND + EPSILON) return 'I';
  return 'N';
}

/** A row's ratings from its cells' log ratios. */
export function ratingsOf(logs: readonly number[]): Rating[] {
  const mean = logs.reduce((a, b) => a + b, 0) / logs.length;
  return logs.map((l) => ratingOf(l - mean));
}

const CERTAINTY_LEVEL: Record<Certainty, Level> = {
  stated: 'high',
  reported: 'medium',
  // An author's judgment is not a report of fact: it weighs like a hedged one.
  assessment: 'low',
  uncertain: 'low',
  inferred: 'low',
};
const GRADE_CAP: Record<ReliabilityGrade, Level> = {
  A: 'high',
  B: 'high',
  C: 'medium',
  D: 'low',
  E: 'low',
  F: 'medium',
};
const lower = (a: Level, b: Level): Level => (LEVELS.indexOf(a) <= LEVELS.indexOf(b) ? a : b);

export interface Weighed {
  level: Level;
  weight: number;
  basis: string;
}

/** A fact's credibility: its certainty, capped by the grade of its most reliable source. */
export function factCredibility(fact: FactRecord, sources: ReadonlyMap<string, Source>): Weighed {
  if (fact.assumed) return { level: 'medium', weight: 1, basis: `${fact.id}: assumed for the what-if` };
  const grades = fact.citations.map((c) => sources.get(c.sourceId)?.meta.reliability?.grade ?? 'F');
  const best = grades.reduce<Level>(
    (cap, g) => (LEVELS.indexOf(GRADE_CAP[g]) > LEVELS.indexOf(cap) ? GRADE_CAP[g] : cap),
    'low',
  );
  const cap = grades.length === 0 ? 'medium' : best;
  const level = lower(CERTAINTY_LEVEL[fact.certainty], cap);
  const graded = grades.length === 0 ? 'no source' : `source graded ${[...new Set(grades)].sort().join('/')}`;
  return { level, weight: LEVEL_WEIGHT[level], basis: `${fact.id}: ${fact.certainty}, ${graded}` };
}

/** The largest ratio that applied on the row, as a level. */
export function relevanceOf(ratios: readonly number[]): Weighed {
  const top = Math.max(1, ...ratios);
  const level: Level = top < 1.5 ? 'low' : top < 2.5 ? 'medium' : 'high';
  return { level, weight: LEVEL_WEIGHT[level], basis: `largest ratio applied ×${Math.round(top * 100) / 100}` };
}

export interface AchCell {
  hypothesisId: string;
  rating: Rating;
  /** The summed log ratio of this hypothesis's indicators on the row (3 decimals). */
  logRatio: number;
  indicators: { id: string; label: string; status: IndicatorResult['status']; appliedRatio: number }[];
}

export interface AchRow {
  id: string;
  factIds: string[];
  /** The evidence as the indicators on the row read it (their labels, attributed where judged). */
  evidence: string[];
  credibility: Weighed;
  relevance: Weighed;
  cells: AchCell[];
  /** e^(max L − min L): how many times likelier the row is under its likeliest reading than its least (2 decimals). */
  diagnosticity: number;
  diagnostic: boolean;
}

export interface AbsentEvidence {
  factIds: string[];
  /** What the service is watching for, as the facts' statements or the indicators' labels. */
  evidence: string[];
  hypothesisIds: string[];
}

export interface AchScore {
  hypothesisId: string;
  /** Σ credibility × relevance × inconsistency (3 decimals, ≤ 0; nearer 0 is less inconsistent). */
  weightedInconsistency: number;
  inconsistent: number;
  /** 1 for the least inconsistent. */
  rank: number;
}

export interface AchMatrix {
  rows: AchRow[];
  absent: AbsentEvidence[];
  scores: AchScore[];
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Weighted inconsistency per hypothesis, from the rows' ratings and weights. */
export function inconsistencyScores(
  rows: readonly { ratings: readonly Rating[]; weight: number }[],
  hypotheses: number,
): number[] {
  const scores: number[] = new Array(hypotheses).fill(0);
  for (const { ratings, weight } of rows) {
    ratings.forEach((r, n) => {
      scores[n] = (scores[n] as number) + weight * INCONSISTENCY[r];
    });
  }
  return scores;
}

/** The hypotheses (indexes) that tie as least inconsistent. */
export function achSurvivors(scores: readonly number[]): number[] {
  const rounded = scores.map((s) => round(s, 9));
  const best = Math.max(...rounded);
  return rounded.flatMap((s, n) => (s === best ? [n] : []));
}

/** The ratio each indicator applied on a row, for relevance: the weight that moved the odds. */
export function ratiosApplied(plan: RowPlan, applied: readonly (readonly number[])[]): number[] {
  return plan.members.flatMap(({ hypothesis, indicator }) => {
    const l = applied[hypothesis]?.[indicator] ?? 0;
    return l === 0 ? [] : [Math.exp(Math.abs(l))];
  });
}

/** The matrix of the known rows, the absent evidence, and each hypothesis's weighted inconsistency. */
export function achMatrix(
  set: CompiledSet,
  judged: readonly HypothesisJudgment[],
  facts: ReadonlyMap<string, FactRecord>,
  sources: ReadonlyMap<string, Source>,
): AchMatrix {
  const ids = set.hypotheses.map((h) => h.definition.id);
  const rows: AchRow[] = [];
  const absent: AbsentEvidence[] = [];
  const weights: { ratings: Rating[]; weight: number }[] = [];
  for (const plan of rowPlans(set)) {
    const results = plan.members.map(({ hypothesis, indicator }) => ({
      hypothesis,
      result: judged[hypothesis]?.indicators[indicator] as IndicatorResult,
    }));
    const known = plan.factIds.flatMap((id) => facts.get(id) ?? []);
    if (results.every(({ result }) => result.status === 'unknown')) {
      absent.push({
        factIds: plan.factIds,
        evidence: [...new Set(results.map(({ result }) => result.label))],
        hypothesisIds: [...new Set(results.map(({ hypothesis }) => ids[hypothesis] as string))],
      });
      continue;
    }
    const logs = rowLogs(
      plan,
      judged.map((h) => h.applied),
      ids.length,
    );
    const ratings = ratingsOf(logs);
    const credibility = known
      .map((f) => factCredibility(f, sources))
      .reduce<Weighed | undefined>(
        (least, c) => (least === undefined || c.weight < least.weight ? c : least),
        undefined,
      ) ?? {
      level: 'medium',
      weight: 1,
      basis: 'no fact on record',
    };
    const relevance = relevanceOf(
      ratiosApplied(
        plan,
        judged.map((h) => h.applied),
      ),
    );
    weights.push({ ratings, weight: credibility.weight * relevance.weight });
    rows.push({
      id: plan.id,
      factIds: plan.factIds,
      // The indicators' labels, not the facts' statements: a label over an author's assessment
      // says whose it is (the build checks it), a statement need not.
      evidence: [...new Set(results.map(({ result }) => result.label))],
      credibility,
      relevance,
      cells: ids.map((hypothesisId, n) => ({
        hypothesisId,
        rating: ratings[n] as Rating,
        logRatio: round(logs[n] as number, 3),
        indicators: results
          .filter(({ hypothesis }) => hypothesis === n)
          .map(({ result }) => ({
            id: result.id,
            label: result.label,
            status: result.status,
            appliedRatio: result.appliedRatio,
          })),
      })),
      diagnosticity: round(Math.exp(Math.max(...logs) - Math.min(...logs)), 2),
      diagnostic: new Set(ratings).size > 1,
    });
  }
  const scores = inconsistencyScores(weights, ids.length);
  const rounded = scores.map((s) => round(s, 9));
  return {
    rows,
    absent,
    scores: ids.map((hypothesisId, n) => ({
      hypothesisId,
      weightedInconsistency: round(scores[n] as number, 3) + 0,
      inconsistent: weights.filter((w) => w.ratings[n] === 'I' || w.ratings[n] === 'II').length,
      // Ties share a rank: 1, 1, 3.
      rank: 1 + rounded.filter((s) => s > (rounded[n] as number)).length,
    })),
  };
}
