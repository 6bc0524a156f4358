import { describe, expect, it } from 'vitest';
import {
  appliedContributions,
  BANDS,
  type BandId,
  bandOf,
  combine,
  logContribution,
  statedProbability,
  type WeightedSignal,
} from '../../src/brief/likelihood';
import { remainingShare, type TimeModel, withTimeLeft } from '../../src/brief/time-to-horizon';

describe('BANDS', () => {
  it('are the seven ICD 203 expressions, in order', () => {
    expect(BANDS.map((b) => b.id)).toEqual([
      'almost-no-chance',
      'very-unlikely',
      'unlikely',
      'roughly-even',
      'likely',
      'very-likely',
      'almost-certain',
    ]);
    expect(BANDS.map((b) => b.term)).toEqual([
      'almost no chance',
      'very unlikely',
      'unlikely',
      'roughly even chance',
      'likely',
      'very likely',
      'almost certain',
    ]);
  });

  it('cover 0.01 to 0.99 without gaps or overlaps', () => {
    expect(BANDS[0]?.min).toBe(0.01);
    expect(BANDS.at(-1)?.max).toBe(0.99);
    for (let i = 1; i < BANDS.length; i++) {
      expect(BANDS[i]?.min, BANDS[i]?.id).toBe(BANDS[i - 1]?.max);
    }
    for (const band of BANDS) expect(band.min, band.id).toBeLessThan(band.max);
    expect(BANDS.map((b) => b.min)).toEqual([0.01, 0.05, 0.2, 0.45, 0.55, 0.8, 0.95]);
  });
});

describe('bandOf', () => {
  // Shared edges go to the band nearer one half: 0.05 and 0.20 upwards, 0.80 and 0.95 downwards,
  // 0.45 and 0.55 both to roughly even.
  const cases: [number, BandId][] = [
    [0.01, 'almost-no-chance'],
    [0.049, 'almost-no-chance'],
    [0.05, 'very-unlikely'],
    [0.051, 'very-unlikely'],
    [0.199, 'very-unlikely'],
    [0.2, 'unlikely'],
    [0.201, 'unlikely'],
    [0.449, 'unlikely'],
    [0.45, 'roughly-even'],
    [0.5, 'roughly-even'],
    [0.55, 'roughly-even'],
    [0.551, 'likely'],
    [0.799, 'likely'],
    [0.8, 'likely'],
    [0.801, 'very-likely'],
    [0.949, 'very-likely'],
    [0.95, 'very-likely'],
    [0.951, 'almost-certain'],
    [0.99, 'almost-certain'],
  ];
  it.each(cases)('%d is %s', (p, id) => {
    expect(bandOf(p).id).toBe(id);
  });

  it('is symmetric around one half', () => {
    for (const [p] of cases) {
      const mirrored = Math.round((1 - p) * 1000) / 1000;
      const index = BANDS.findIndex((b) => b.id === bandOf(p).id);
      const mirroredIndex = BANDS.findIndex((b) => b.id === bandOf(mirrored).id);
      expect(index + mirroredIndex, `${p} and ${mirrored}`).toBe(BANDS.length - 1);
    }
  });

  it('returns a band whose range contains the probability', () => {
    for (let k = 10; k <= 990; k++) {
      const p = k / 1000;
      const band = bandOf(p);
      expect(p, `${p} in ${band.id}`).toBeGreaterThanOrEqual(band.min);
      expect(p, `${p} in ${band.id}`).toBeLessThanOrEqual(band.max);
    }
  });

  it('returns the band objects of BANDS', () => {
    expect(bandOf(0.3)).toBe(BANDS[2]);
    expect(bandOf(0.3)).toEqual({ id: 'unlikely', term: 'unlikely', min: 0.2, max: 0.45 });
  });
});

describe('combine', () => {
  const raises = (weight: number, met = true): WeightedSignal => ({
    direction: 'raises',
    weight,
    status: met ? 'met' : 'not-met',
  });
  const lowers = (weight: number, met = true): WeightedSignal => ({
    direction: 'lowers',
    weight,
    status: met ? 'met' : 'not-met',
  });
  const odds = (p: number) => p / (1 - p);
  const prob = (o: number) => o / (1 + o);
  const round = (p: number) => Math.round(p * 100) / 100;

  it('returns the base rate when there are no signals', () => {
    expect(combine(0.35, [])).toBe(0.35);
    expect(combine(0.5, [])).toBe(0.5);
    expect(combine(0.01, [])).toBe(0.01);
    expect(combine(0.99, [])).toBe(0.99);
  });

  it('multiplies the odds by a met raising signal', () => {
    expect(combine(0.5, [raises(3)])).toBe(0.75);
    // 0.35 → odds 7/13, × 2 = 14/13 → 14/27 = 0.5185…
    expect(combine(0.35, [raises(2)])).toBe(0.52);
    expect(combine(0.35, [raises(2)])).toBe(round(prob(odds(0.35) * 2)));
  });

  it('divides the odds by a met lowering signal', () => {
    expect(combine(0.5, [lowers(3)])).toBe(0.25);
    // 0.35 → odds 7/13, ÷ 2 = 7/26 → 7/33 = 0.2121…
    expect(combine(0.35, [lowers(2)])).toBe(0.21);
    expect(combine(0.6, [lowers(1.5)])).toBe(0.5);
  });

  it('applies several met signals as a product of ratios', () => {
    // 0.5 → odds 1 × 4 ÷ 2 = 2 → 2/3
    expect(combine(0.5, [raises(4), lowers(2)])).toBe(0.67);
    // 0.2 → odds 0.25 × 1.6 × 1.5 ÷ 1.15 = 0.5217… → 0.3429…
    expect(combine(0.2, [raises(1.6), raises(1.5), lowers(1.15)])).toBe(0.34);
    // Equal raising and lowering ratios cancel.
    expect(combine(0.35, [raises(2.5), lowers(2.5)])).toBe(0.35);
  });

  it('treats unmet signals as neutral', () => {
    expect(combine(0.35, [raises(5, false), lowers(5, false)])).toBe(0.35);
    expect(combine(0.5, [raises(3), lowers(10, false), raises(10, false)])).toBe(0.75);
  });

  it('clamps to 0.99 and 0.01', () => {
    expect(combine(0.9, [raises(10), raises(10)])).toBe(0.99);
    expect(combine(0.99, [raises(10)])).toBe(0.99);
    expect(combine(0.1, [lowers(10), lowers(10)])).toBe(0.01);
    expect(combine(0.01, [lowers(10)])).toBe(0.01);
    // Just inside the range is not clamped: 0.5 × 10 × 5 → odds 50 → 0.980…
    expect(combine(0.5, [raises(10), raises(5)])).toBe(0.98);
    expect(combine(0.5, [lowers(10), lowers(5)])).toBe(0.02);
  });

  it('rounds to a whole percent, the precision it is stated with, before banding', () => {
    // 0.3 → odds 3/7 × 1.3 = 0.5571… → 0.3578…
    expect(combine(0.3, [raises(1.3)])).toBe(0.36);
    // 0.3 → odds 3/7 ÷ 1.3 = 0.3297… → 0.2479…
    expect(combine(0.3, [lowers(1.3)])).toBe(0.25);
    for (const p of [combine(0.123, [raises(1.7)]), combine(0.777, [lowers(2.3), raises(1.05)])]) {
      expect(Math.round(p * 100) / 100).toBe(p);
    }
    expect(combine(0.1234, [])).toBe(0.12);
    // The review's case: 0.804 and 0.798 were "very likely (80%)" and "likely (80%)". Both are now 80%, likely.
    expect(statedProbability(0.804)).toBe(0.8);
    expect(statedProbability(0.798)).toBe(0.8);
    expect(bandOf(statedProbability(0.804)).term).toBe(bandOf(statedProbability(0.798)).term);
  });
});

describe('two-sided and grouped evidence', () => {
  const signal = (over: Partial<WeightedSignal>): WeightedSignal => ({
    direction: 'raises',
    weight: 2,
    status: 'met',
    ...over,
  });

  it('moves the odds the other way for a known absence with an ifNotMet ratio, and not without one', () => {
    // 0.5 → odds 1; a raising indicator known not met, with ratio 3 for absence: odds 1/3 → 25%.
    expect(combine(0.5, [signal({ status: 'not-met', weightIfNotMet: 3 })])).toBe(0.25);
    // A lowering one known not met, ratio 3: odds 3 → 75%.
    expect(combine(0.5, [signal({ direction: 'lowers', status: 'not-met', weightIfNotMet: 3 })])).toBe(0.75);
    expect(combine(0.5, [signal({ status: 'not-met' })])).toBe(0.5);
    // Unknown is neutral, with or without a ratio for absence.
    expect(combine(0.5, [signal({ status: 'unknown', weightIfNotMet: 3 })])).toBe(0.5);
    expect(logContribution({ direction: 'raises', weight: 2, weightIfNotMet: 3, status: 'not-met' })).toBeCloseTo(
      -Math.log(3),
      12,
    );
  });

  it('counts only the strongest reading of one piece of evidence, in each direction', () => {
    // One sentence read twice (ratios 2 and 1.2): only 2 counts, odds 2 → 67%, not 2.4 → 71%.
    expect(combine(0.5, [signal({ group: 'g' }), signal({ group: 'g', weight: 1.2 })])).toBe(0.67);
    expect(combine(0.5, [signal({}), signal({ weight: 1.2 })])).toBe(0.71);
    // Opposite directions within a group both count: 2 and ÷1.5 → odds 1.33 → 57%.
    expect(combine(0.5, [signal({ group: 'g' }), signal({ group: 'g', direction: 'lowers', weight: 1.5 })])).toBe(0.57);
    // The applied ratios say which reading counted.
    const applied = appliedContributions([signal({ group: 'g', weight: 1.2 }), signal({ group: 'g', weight: 3 })]);
    expect(applied.map((x) => Math.round(Math.exp(x) * 100) / 100)).toEqual([1, 3]);
  });
});

describe('time to the horizon (constant hazard)', () => {
  // A window of 100 days: opens 2021-01-01, horizon 2021-04-11.
  const claimIsEvent: TimeModel = {
    opens: '2021-01-01',
    horizon: '2021-04-11',
    event: { label: 'E', isClaim: true },
  };
  const claimIsNoEvent: TimeModel = { ...claimIsEvent, event: { label: 'E', isClaim: false } };

  it('measures the share of the window left, 1 before it opens and 0 from the horizon', () => {
    expect(remainingShare(claimIsEvent, '2020-12-01')).toBe(1);
    expect(remainingShare(claimIsEvent, '2021-01-01')).toBe(1);
    expect(remainingShare(claimIsEvent, '2021-02-20')).toBeCloseTo(0.5, 12);
    expect(remainingShare(claimIsEvent, '2021-04-11')).toBe(0);
    expect(remainingShare(claimIsEvent, '2022-01-01')).toBe(0);
  });

  it('gives the worked example: P = 75% over the window, half of it left, no event yet → 50%', () => {
    // λ = −ln(1 − 0.75) / T; P(E in the half left) = 1 − e^(−λ T / 2) = 1 − 0.25^0.5 = 0.5.
    expect(withTimeLeft(claimIsEvent, 0.75, 0.5)).toBeCloseTo(0.5, 12);
    // The claim "no E": its evidence says 25% for E... i.e. 75% for no E; half left → 1 − (1 − 0.25^0.5)...
    // P(E over window) = 0.25; P(E in half) = 1 − 0.75^0.5 = 0.1340; P(no E) = 0.8660.
    expect(withTimeLeft(claimIsNoEvent, 0.75, 0.5)).toBeCloseTo(0.75 ** 0.5, 12);
    // Untouched with the whole window left; at the horizon E has no time left.
    expect(withTimeLeft(claimIsEvent, 0.75, 1)).toBe(0.75);
    expect(withTimeLeft(claimIsEvent, 0.75, 0)).toBe(0);
    expect(withTimeLeft(claimIsNoEvent, 0.3, 0)).toBe(1);
  });

  it('leaves the probability alone where the horizon settles nothing', () => {
    expect(withTimeLeft({ ...claimIsEvent, event: undefined }, 0.75, 0.2)).toBe(0.75);
  });
});
