// The ACH matrix generated from the rules (sets/ach-matrix.ts) and the sensitivity view
// (sets/sensitivity.ts): ratings, PARC's weighted inconsistency worked by hand, credibility and
// relevance levels, diagnosticity, and sensitivity cross-checked against what-ifs.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/catalog';
import { setBriefFor } from '../../src/catalog/set-brief-for';
import type { FactValue } from '../../src/facts/fact-record';
import { addDays } from '../../src/facts/partial-date';
import type { Source } from '../../src/facts/sources';
import {
  achSurvivors,
  factCredibility,
  inconsistencyScores,
  LEVEL_WEIGHT,
  ratingOf,
  ratingsOf,
  relevanceOf,
} from '../../src/sets/ach-matrix';
import type { CompiledSet } from '../../src/sets/compile-set';
import type { SetBrief } from '../../src/sets/set-brief-schema';
import { factRecord } from '../factories';

const seed = catalog.sets.get('tajik-border-security') as CompiledSet;
const briefOn = (asOf: string, assumptions = new Map<string, FactValue | null>()): SetBrief =>
  setBriefFor(catalog, seed, { asOf, assumptions }, '1999-01-01');

describe('cell ratings', () => {
  it('rate the log ratio less the row mean: CC from ln 2, II from −ln 2, N at 0', () => {
    expect(ratingOf(Math.LN2)).toBe('CC');
    expect(ratingOf(0.3)).toBe('C');
    expect(ratingOf(0)).toBe('N');
    expect(ratingOf(-0.3)).toBe('I');
    expect(ratingOf(-Math.LN2)).toBe('II');
  });

  it('read evidence for one hypothesis as inconsistent with the others (Heuer)', () => {
    // One indicator of ratio 4 for the first of four hypotheses: mean ln4/4, so the first sits
    // at 3/4·ln 4 ≈ 1.04 (CC) and the others at −ln4/4 ≈ −0.35 (I).
    expect(ratingsOf([Math.log(4), 0, 0, 0])).toEqual(['CC', 'I', 'I', 'I']);
    // Weak evidence for one hypothesis (×1.15) leaves the others neutral: within ±0.1 of the mean.
    expect(ratingsOf([Math.log(1.15), 0, 0, 0])).toEqual(['C', 'N', 'N', 'N']);
    // The same ratio on every hypothesis tells them apart not at all.
    expect(ratingsOf([Math.log(2), Math.log(2), Math.log(2)])).toEqual(['N', 'N', 'N']);
  });
});

describe('weighted inconsistency (PARC)', () => {
  it('sums credibility × relevance × (−1 for I, −2 for II), worked by hand', () => {
    // Row 1: Medium credibility (1) × High relevance (√2), rated C, I, I.
    // Row 2: Low × Low (1/√2 · 1/√2 = 1/2), rated II, N, CC.
    const rows = [
      { ratings: ['C', 'I', 'I'] as const, weight: LEVEL_WEIGHT.medium * LEVEL_WEIGHT.high },
      { ratings: ['II', 'N', 'CC'] as const, weight: LEVEL_WEIGHT.low * LEVEL_WEIGHT.low },
    ];
    const scores = inconsistencyScores(
      rows.map((r) => ({ ...r, ratings: [...r.ratings] })),
      3,
    );
    expect(scores[0]).toBeCloseTo(-1, 12); // 0 + 0.5 × −2
    expect(scores[1]).toBeCloseTo(-Math.SQRT2, 12); // √2 × −1 + 0
    expect(scores[2]).toBeCloseTo(-Math.SQRT2, 12);
    // The least inconsistent survives; ties are kept as ties.
    expect(achSurvivors(scores)).toEqual([0]);
    expect(achSurvivors([-1, -0.5, -0.5])).toEqual([1, 2]);
  });
});

describe('credibility and relevance', () => {
  const source = (grade?: string): Source =>
    ({
      meta: { id: 's', ...(grade ? { reliability: { grade, rationale: 'x'.repeat(20) } } : {}) },
      text: '',
    }) as unknown as Source;
  const fact = (certainty: string) =>
    ({
      ...factRecord({ id: 'a.b', value: true }),
      certainty,
      citations: [{ sourceId: 's', quote: 'q', start: 0, end: 1 }],
    }) as ReturnType<typeof factRecord>;

  it('takes the certainty, capped by the best source grade', () => {
    const sources = (g?: string) => new Map([['s', source(g)]]);
    expect(factCredibility(fact('stated'), sources('A')).level).toBe('high');
    expect(factCredibility(fact('stated'), sources('F')).level).toBe('medium');
    expect(factCredibility(fact('stated'), sources()).level).toBe('medium');
    expect(factCredibility(fact('reported'), sources('B')).level).toBe('medium');
    expect(factCredibility(fact('uncertain'), sources('A')).level).toBe('low');
    expect(factCredibility(fact('assessment'), sources('D')).level).toBe('low');
  });

  it('reads relevance from the largest ratio applied', () => {
    expect(relevanceOf([1.3]).level).toBe('low');
    expect(relevanceOf([1.3, 2]).level).toBe('medium');
    expect(relevanceOf([3]).level).toBe('high');
    expect(relevanceOf([]).level).toBe('low');
  });
});

describe('the seed matrix', () => {
  const brief = briefOn('2021-07-31');

  it('has a cell for every hypothesis in every row, and flags a row non-diagnostic only when its cells all rate the same', () => {
    expect(brief.matrix.rows.length).toBeGreaterThan(5);
    for (const row of brief.matrix.rows) {
      expect(row.cells.map((c) => c.hypothesisId)).toEqual(brief.hypotheses.map((h) => h.id));
      expect(row.diagnostic).toBe(new Set(row.cells.map((c) => c.rating)).size > 1);
      const logs = row.cells.map((c) => c.logRatio);
      expect(row.diagnosticity).toBeCloseTo(Math.exp(Math.max(...logs) - Math.min(...logs)), 1);
    }
  });

  it('rates the Joint Staff chief’s “no need” inconsistent with a collective CSTO response', () => {
    const row = brief.matrix.rows.find((r) => r.id === 'csto.involvement_required');
    expect(row?.cells.find((c) => c.hypothesisId === 'csto-first')?.rating).toBe('I');
    expect(row?.cells.filter((c) => c.hypothesisId !== 'csto-first').map((c) => c.rating)).toEqual(['C', 'C', 'C']);
  });

  it('keeps evidence with nothing on record out of the matrix, and says so on the page and in the limits', () => {
    const absent = brief.matrix.absent.flatMap((a) => a.factIds);
    expect(absent).toContain('ru.bilateral_defence_pledged');
    expect(brief.matrix.rows.some((r) => r.factIds.includes('ru.bilateral_defence_pledged'))).toBe(false);
    expect(brief.limits.join(' ')).toContain('Russian officials say Russia will defend Tajikistan itself');
  });

  it('gives each hypothesis a score and a rank, the ranks a permutation', () => {
    expect(brief.matrix.scores.map((s) => s.rank).sort()).toEqual([1, 2, 3, 4]);
    for (const s of brief.matrix.scores) expect(s.weightedInconsistency).toBeLessThanOrEqual(0);
  });
});

describe('sensitivity', () => {
  it('lists evidence whose loss changes the leader, and agrees with the what-if that sets it aside', () => {
    // Where the lead is close (time moves it from Russia to the default in the autumn), setting
    // one piece of evidence aside changes it.
    const days = Array.from({ length: 120 }, (_, n) => addDays('2021-08-01', n));
    const day = days.find((d) => briefOn(d).sensitivity.some((s) => s.test === 'discounted' && s.leaderChanges));
    expect(day).toBeDefined();
    const brief = briefOn(day as string);
    const discounted = brief.sensitivity.filter((s) => s.test === 'discounted' && s.leaderChanges);
    for (const entry of discounted) {
      const row = brief.matrix.rows.find((r) => r.id === entry.rowId);
      const whatIf = briefOn(day as string, new Map((row?.factIds ?? []).map((id) => [id, null])));
      expect(whatIf.leading, entry.rowId).toBe(entry.ranking[0]?.hypothesisId);
      expect(whatIf.hypotheses.map((h) => h.probability)).toEqual(
        brief.hypotheses.map((h) => entry.ranking.find((r) => r.hypothesisId === h.id)?.probability),
      );
    }
  });

  it('reports nothing for evidence that changes no ranking, and nothing once the set is closed', () => {
    expect(briefOn('2022-02-01').sensitivity).toEqual([]);
    const brief = briefOn('2021-10-15');
    for (const entry of brief.sensitivity) expect(entry.rankingChanges || entry.achLeaderChanges).toBe(true);
  });
});
