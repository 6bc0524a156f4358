// The judgment of a question set on one day: how it stands (open, resolved to one hypothesis, or
// waiting), each hypothesis's indicators and probability, and the day the numbers are as of.
// Once a hypothesis's development is recorded first, or the horizon passes with none, the set is
// resolved and its numbers are the last open day's: nothing known later moves them (the same
// rule as a scenario's, brief/resolution.ts, which each hypothesis's binary question reuses).
import { appliedContributions, type Band, bandOf, type WeightedSignal } from '../brief/likelihood';
import { decisionDay, type Resolution, type Resolved, resolve, shortOfSettlement } from '../brief/resolution';
import { remainingShare } from '../brief/time-to-horizon';
import { type Assumptions, type FactBase, factsAsOf } from '../facts/fact-base';
import type { FactRecord } from '../facts/fact-record';
import { evaluateIndicators, type IndicatorResult, type IndicatorStatus } from '../rules/evaluate';
import type { CompiledHypothesis, CompiledSet } from './compile-set';
import { evidenceShares, wholePercents, withCompetingTime } from './set-probabilities';

export interface HypothesisJudgment {
  hypothesis: CompiledHypothesis;
  indicators: IndicatorResult[];
  /** The log ratio each indicator applied (grouping counted), unrounded, in indicator order. */
  applied: number[];
  /** The share from the evidence alone, over the whole window (unrounded). */
  evidence: number;
  /** With the time left applied (unrounded). */
  exact: number;
  /** As stated: a whole percent; the hypotheses' stated numbers sum to 1. */
  probability: number;
  band: Band;
}

export interface SetStatus {
  status: 'open' | 'resolved' | 'unresolved';
  /** The hypothesis recorded first, or the default at the horizon; set once resolved. */
  hypothesisId?: string;
  /** The winning hypothesis's binary resolution (basis, dates, citations), or the waiting one's. */
  resolution: Resolution;
  /** Two developments recorded (or assumed) on the same day that cannot both be first. */
  conflict?: string;
  settling: FactRecord[];
}

export interface SetJudgment {
  asOf: string;
  judgedAsOf: string;
  status: SetStatus;
  /** The share of the window still ahead on the day judged. */
  remaining: number;
  facts: ReadonlyMap<string, FactRecord>;
  hypotheses: HypothesisJudgment[];
}

/** The index of the default hypothesis (the set schema guarantees exactly one). */
export function defaultIndex(set: CompiledSet): number {
  return set.hypotheses.findIndex((h) => h.definition.default === true);
}

/** “A”, “B” or “C”: the developments that can decide the set, as a reader watches for them. */
function settlersOf(set: CompiledSet): string {
  const labels = set.hypotheses.flatMap((h) => (h.definition.settles ? [`“${h.definition.settles.label}”`] : []));
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]}`;
}

/** The set's own words for how it stands; the binary questions' words speak of yes and no. */
function reasonOf(set: CompiledSet, status: SetStatus['status'], r: Resolved, winner?: CompiledHypothesis): string {
  const def = set.definition;
  const fallback = set.hypotheses[defaultIndex(set)]?.definition.label;
  const settlers = settlersOf(set);
  if (status === 'resolved' && winner) {
    const under = r.resolution.reason.startsWith('Under the what-if assumptions')
      ? 'Under the what-if assumptions, '
      : '';
    if (r.resolution.basis === 'event') {
      return `${under}“${winner.definition.settles?.label}” was recorded first, which resolves the question to “${winner.definition.label}”.`;
    }
    return r.resolution.basis === 'recorded-absence'
      ? `The horizon passed on ${def.horizon.end}, and the record shows that none of ${settlers} had happened by then, which resolves the question to “${winner.definition.label}”.`
      : `The horizon passed on ${def.horizon.end} with no record that any of ${settlers} happened by then, which resolves the question to “${winner.definition.label}”; that rests on the absence of a record, which is not a record of absence.`;
  }
  if (status === 'open') {
    return `Open until ${def.horizon.end}: whichever of ${settlers} is recorded first decides it; if none is by then, “${fallback}” holds.`;
  }
  return `The horizon passed on ${def.horizon.end} with nothing recorded that decides the question. Reports published by ${decisionDay((set.hypotheses[0] as CompiledHypothesis).question.definition)} of ${settlers} before the horizon can still decide it; if none is, “${fallback}” holds.`;
}

/** How the set stands on `asOf`: resolved to the hypothesis whose binary question resolved yes. */
export function setStatus(
  set: CompiledSet,
  base: FactBase,
  asOf: string,
  assumptions: Assumptions,
): SetStatus & { judgedAsOf: string } {
  if (assumptions.size > 0) {
    // A what-if dates from the brief date: it cannot undo a development already recorded first.
    // (Each hypothesis's question reads every settling fact, so without this any what-if on one
    // would re-judge the race as if nothing had been recorded.)
    const recorded = setStatus(set, base, asOf, new Map());
    if (recorded.status === 'resolved' && recorded.resolution.basis === 'event') return recorded;
  }
  const resolved = set.hypotheses.map((h) => resolve(h.question, base, asOf, assumptions));
  const conflict = resolved.find((r) => r.conflict);
  const fallback = resolved[defaultIndex(set)] as Resolved;
  const waiting = fallback.resolution.status === 'open' ? 'open' : 'unresolved';
  if (conflict) {
    return {
      status: conflict.resolution.status === 'open' ? 'open' : 'unresolved',
      resolution: conflict.resolution,
      ...(conflict.conflict ? { conflict: conflict.conflict } : {}),
      settling: [],
      judgedAsOf: conflict.judgedAsOf,
    };
  }
  const winner = resolved.findIndex((r) => r.resolution.status === 'yes');
  if (winner >= 0) {
    const r = resolved[winner] as Resolved;
    const hypothesis = set.hypotheses[winner] as CompiledHypothesis;
    return {
      status: 'resolved',
      hypothesisId: hypothesis.definition.id,
      resolution: { ...r.resolution, reason: reasonOf(set, 'resolved', r, hypothesis) },
      settling: r.settling,
      judgedAsOf: r.judgedAsOf,
    };
  }
  return {
    status: waiting,
    resolution: { ...fallback.resolution, reason: reasonOf(set, waiting, fallback) },
    settling: [],
    judgedAsOf: fallback.judgedAsOf,
  };
}

/** What a signal needs of an indicator result: its weights, group and status. */
type Readable = Pick<IndicatorResult, 'direction' | 'weight' | 'ifNotMet' | 'group' | 'status'>;

function signalsOf(
  indicators: readonly Readable[],
  statusOf: (i: Readable, k: number) => IndicatorStatus,
  twoSided: (k: number) => boolean,
): WeightedSignal[] {
  return indicators.map((i, k) => {
    const ifNotMet = i.ifNotMet?.weight ?? (twoSided(k) ? i.weight : undefined);
    return {
      direction: i.direction,
      weight: i.weight,
      ...(ifNotMet !== undefined ? { weightIfNotMet: ifNotMet } : {}),
      ...(i.group ? { group: i.group } : {}),
      status: statusOf(i, k),
    };
  });
}

/**
 * The applied log ratios of each hypothesis's indicators under the given statuses. `twoSided`
 * names the indicators whose known absence reads as the inverse of their ratio where they have no
 * `ifNotMet` (the sensitivity view's row "read the other way"); the model itself leaves such an
 * absence neutral.
 */
export function appliedUnder(
  judged: readonly { indicators: readonly Readable[] }[],
  statusOf: (hypothesis: number, i: Readable, k: number) => IndicatorStatus,
  twoSided: (hypothesis: number, k: number) => boolean = () => false,
): number[][] {
  return judged.map((h, n) =>
    appliedContributions(
      signalsOf(
        h.indicators,
        (i, k) => statusOf(n, i, k),
        (k) => twoSided(n, k),
      ),
    ),
  );
}

/** The unrounded probabilities from applied log ratios (steps 1 and 2 of set-probabilities.ts). */
export function exactProbabilities(
  set: CompiledSet,
  applied: readonly (readonly number[])[],
  remaining: number,
): number[] {
  const priors = set.hypotheses.map((h) => h.definition.prior.probability);
  const logRatios = applied.map((a) => a.reduce((x, y) => x + y, 0));
  return withCompetingTime(evidenceShares(priors, logRatios), defaultIndex(set), remaining);
}

/** The set's status, and each hypothesis's indicators and probability as of the day its numbers are judged. */
export function judgeSet(set: CompiledSet, base: FactBase, asOf: string, assumptions: Assumptions): SetJudgment {
  const { judgedAsOf, ...status } = setStatus(set, base, asOf, assumptions);
  // Settled by a what-if: judged short of that development, as a scenario brief is.
  const settledBy = status.status === 'resolved' ? status.resolution : undefined;
  const facts = factsAsOf(base, judgedAsOf, settledBy ? shortOfSettlement(base, settledBy, assumptions) : assumptions);
  const { opens, end } = set.definition.horizon;
  const remaining = remainingShare({ opens, horizon: end, event: undefined }, judgedAsOf);
  const evaluated = set.hypotheses.map((h) => evaluateIndicators(h.question, { facts, asOf: judgedAsOf }));
  const applied = appliedUnder(
    evaluated.map((indicators) => ({ indicators })),
    (_, i) => i.status,
  );
  const priors = set.hypotheses.map((h) => h.definition.prior.probability);
  const evidence = evidenceShares(
    priors,
    applied.map((a) => a.reduce((x, y) => x + y, 0)),
  );
  const exact = withCompetingTime(evidence, defaultIndex(set), remaining);
  const stated = wholePercents(exact);
  return {
    asOf,
    judgedAsOf,
    status,
    remaining,
    facts,
    hypotheses: set.hypotheses.map((hypothesis, n) => {
      const own = applied[n] as number[];
      const probability = stated[n] as number;
      return {
        hypothesis,
        indicators: (evaluated[n] ?? []).map((i, k) => ({
          ...i,
          appliedRatio: Math.round(Math.exp(own[k] as number) * 1000) / 1000,
        })),
        applied: own,
        evidence: evidence[n] as number,
        exact: exact[n] as number,
        probability,
        band: bandOf(probability),
      };
    }),
  };
}
