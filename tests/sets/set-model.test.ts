// The question set's model over the seed set and generated records:
// - the hypotheses' stated probabilities always sum to exactly 100 whole percents;
// - the first development recorded decides the set, dated and cited like a scenario's resolution;
// - a resolved set never moves: any later date, and any record known after it was decided, leave
//   its resolution and last judgment as they were;
// - with nothing new known, the default hypothesis only gains as days pass;
// - a back-dated record leaves every set brief dated before its publication byte-identical,
//   apart from the content version.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withObservationsApplied } from '../../src/catalog/build-catalog';
import type { Catalog } from '../../src/catalog/catalog';
import { catalog } from '../../src/catalog/catalog';
import { setBriefFor } from '../../src/catalog/set-brief-for';
import { composeDigest } from '../../src/digest/compose';
import { mergeChanges } from '../../src/digest/store';
import { factsAsOf } from '../../src/facts/fact-base';
import type { FactValue } from '../../src/facts/fact-record';
import { type Observation, observationKnown } from '../../src/facts/observation';
import { addDays } from '../../src/facts/partial-date';
import { STATUSES } from '../../src/facts/vocabulary';
import { changeItems } from '../../src/render/feeds/feed-model';
import type { CompiledSet } from '../../src/sets/compile-set';
import type { SetBrief } from '../../src/sets/set-brief-schema';

const SET_ID = 'tajik-border-security';
const seed = catalog.sets.get(SET_ID) as CompiledSet;
const FIRST_DAY = '2021-07-01';
const day = fc.integer({ min: 0, max: 260 }).map((n) => addDays(FIRST_DAY, n));

function setOf(on: Catalog): CompiledSet {
  return on.sets.get(SET_ID) as CompiledSet;
}
/** A set brief computed afresh (never a kept one), so catalogs cannot share answers. */
function briefOf(on: Catalog, asOf: string, assumptions = new Map<string, FactValue | null>()): SetBrief {
  return setBriefFor(on, setOf(on), { asOf, assumptions }, '1999-01-01');
}

let counter = 0;
function observed(factId: string, value: FactValue, date: string, published = date): Observation {
  counter += 1;
  return {
    id: `obs-set-${counter}`,
    factId,
    value,
    date,
    source: {
      title: `A report ${counter}`,
      publisher: 'A news agency',
      url: `https://news.example/set-${counter}`,
      published,
      quote: `A report numbered ${counter}, quoted verbatim.`,
    },
    createdAt: '2026-12-03T09:00:00.000Z',
    retractedAt: null,
    retractedBy: null,
  };
}

const percents = (b: SetBrief) => b.hypotheses.reduce((sum, h) => sum + Math.round(h.probability * 100), 0);
const failed = (b: SetBrief) => b.tradecraft.checks.filter((c) => !c.passed).map((c) => `${c.id}: ${c.detail}`);

describe('the seed set', () => {
  it('has four hypotheses, one of them the default, with priors that sum to 1', () => {
    expect(seed.hypotheses.map((h) => h.definition.id)).toEqual([
      'csto-first',
      'russia-first',
      'another-state-first',
      'none-by-horizon',
    ]);
    expect(seed.hypotheses.filter((h) => h.definition.default)).toHaveLength(1);
    expect(seed.hypotheses.reduce((s, h) => s + h.definition.prior.probability, 0)).toBeCloseTo(1, 9);
  });

  it('states probabilities that sum to exactly 100% and passes every tradecraft check, on every day from June 2021 to March 2022', () => {
    for (let n = 0; n <= 280; n += 7) {
      const asOf = addDays('2021-06-01', n);
      const brief = briefOf(catalog, asOf);
      expect(percents(brief), asOf).toBe(100);
      expect(failed(brief), asOf).toEqual([]);
      expect(brief.leading).toBe([...brief.hypotheses].sort((a, b) => b.probability - a.probability)[0]?.id);
    }
  });

  it('names the leading hypothesis, and the evidence that most separates it from the runner-up', () => {
    for (const asOf of ['2021-07-31', '2021-10-15']) {
      const brief = briefOf(catalog, asOf);
      const [lead, next] = [...brief.hypotheses].sort((a, b) => b.probability - a.probability);
      expect(brief.leading).toBe(lead?.id);
      expect(brief.bottomLine.judgment).toContain(`the leading hypothesis is “${lead?.label}”`);
      const gap = (row: SetBrief['matrix']['rows'][number]) => {
        const log = (id?: string) => row.cells.find((c) => c.hypothesisId === id)?.logRatio ?? 0;
        return Math.abs(log(lead?.id) - log(next?.id));
      };
      const top = [...brief.matrix.rows].sort((a, b) => gap(b) - gap(a))[0];
      expect(gap(top as SetBrief['matrix']['rows'][number])).toBeGreaterThan(0);
      expect(brief.bottomLine.evidence).toContain(
        `most separates “${lead?.label}” from “${next?.label}” is “${top?.evidence[0]}”`,
      );
      expect(brief.bluf.startsWith(brief.bottomLine.judgment)).toBe(true);
    }
  });

  it('says when the lead is fragile, and moves with time toward the default', () => {
    const july = briefOf(catalog, '2021-07-31');
    const october = briefOf(catalog, '2021-10-15');
    expect(july.leading).toBe('russia-first');
    expect(october.leading).toBe('none-by-horizon');
    expect(october.bottomLine.alternatives).toContain('Time counts for “None of them by the end of 2021”');
    const flips = october.sensitivity.filter((s) => s.leaderChanges);
    expect(flips.length).toBeGreaterThan(0);
    expect(october.bottomLine.sensitivity).toMatch(/would put “Russia acts first, on its own” first/);
  });

  it('resolves to the default at the horizon for want of a record, dated on the horizon', () => {
    const brief = briefOf(catalog, '2022-01-05');
    expect(brief.status.status).toBe('resolved');
    expect(brief.status.hypothesis).toBe('none-by-horizon');
    expect(brief.status.resolution.basis).toBe('no-record');
    expect(brief.status.resolution.date).toBe('2021-12-31');
    expect(brief.judgedAsOf).toBe('2021-12-31');
    expect(brief.bluf).toMatch(/^Resolved on 31 December 2021: “None of them by the end of 2021”/);
    expect(brief.signposts).toEqual([]);
  });
});

describe('the first development recorded decides', () => {
  const russia = observed('ru.bilateral_border_support', true, '2021-09-10', '2021-09-12');
  const csto = observed('csto.response_to_request', 'agreed', '2021-10-20');

  it('from the day it is known, with the day before as the last open judgment', () => {
    const live = withObservationsApplied(catalog, [russia, csto]);
    expect(briefOf(live, '2021-09-11').status.status).toBe('open');
    const brief = briefOf(live, '2021-11-01');
    expect(brief.status).toMatchObject({ status: 'resolved', hypothesis: 'russia-first' });
    expect(brief.status.resolution.basis).toBe('event');
    expect(brief.status.resolution.decidedOn).toBe('2021-09-12');
    expect(brief.judgedAsOf).toBe('2021-09-11');
    expect(brief.status.resolution.citations.map((c) => c.factId)).toEqual(['ru.bilateral_border_support']);
    expect(failed(brief)).toEqual([]);
  });

  it('whichever comes first: the CSTO, recorded before Russia, wins', () => {
    const early = observed('csto.response_to_request', 'agreed', '2021-08-20');
    const live = withObservationsApplied(catalog, [russia, early]);
    expect(briefOf(live, '2021-12-01').status.hypothesis).toBe('csto-first');
  });

  it('two developments known on one day are a conflict, said, never chosen between', () => {
    const both = observed('csto.response_to_request', 'agreed', '2021-09-12');
    const live = withObservationsApplied(catalog, [russia, both]);
    const brief = briefOf(live, '2021-10-01');
    expect(brief.status.status).toBe('open');
    expect(brief.status.hypothesis).toBeNull();
    expect(brief.warnings.join(' ')).toMatch(/cannot both/);
  });

  it('under a what-if, with the baseline beside it', () => {
    const brief = briefOf(catalog, '2021-08-15', new Map([['ru.bilateral_border_support', true]]));
    expect(brief.status).toMatchObject({ status: 'resolved', hypothesis: 'russia-first' });
    expect(brief.bluf).toMatch(
      /^Under 1 what-if assumption, the question would resolve to “Russia acts first, on its own”/,
    );
    expect(brief.baseline?.leading).toBe(briefOf(catalog, '2021-08-15').leading);
    expect(brief.assumptions).toEqual([{ factId: 'ru.bilateral_border_support', value: true, baselineValue: null }]);
    expect(failed(brief)).toEqual([]);
  });

  it('a what-if on the evidence moves the numbers and keeps them summing to 100%', () => {
    const before = briefOf(catalog, '2021-08-15');
    const after = briefOf(catalog, '2021-08-15', new Map([['ru.bilateral_defence_pledged', true]]));
    const p = (b: SetBrief, id: string) => b.hypotheses.find((h) => h.id === id)?.probability ?? 0;
    expect(p(after, 'russia-first')).toBeGreaterThan(p(before, 'russia-first'));
    expect(percents(after)).toBe(100);
  });
});

/** Facts the set reads (indicators and settling), with the values its conditions test. */
const tested = new Map<string, FactValue[]>();
function collect(node: unknown): void {
  if (Array.isArray(node)) for (const child of node) collect(child);
  else if (node && typeof node === 'object') {
    const { of, value, values } = node as { of?: { fact?: string }; value?: FactValue; values?: FactValue[] };
    if (of?.fact)
      tested.set(of.fact, [...(tested.get(of.fact) ?? []), ...(values ?? (value === undefined ? [] : [value]))]);
    for (const child of Object.values(node)) collect(child);
  }
}
collect(seed.definition);
const readable = [...tested.keys()].filter((id) => !catalog.facts.types.get(id)?.derived);
const valueFor = (factId: string): fc.Arbitrary<FactValue> => {
  const type = catalog.facts.types.get(factId)?.type;
  const values = tested.get(factId) ?? [];
  const any =
    type === 'boolean'
      ? fc.boolean()
      : type === 'status'
        ? fc.constantFrom(...STATUSES)
        : fc.constant<FactValue>('2042');
  return values.length > 0 ? fc.oneof(fc.constantFrom(...values), any) : any;
};
const observation = (index: number): fc.Arbitrary<Observation> =>
  fc
    .tuple(
      fc.constantFrom(...readable).chain((id) => fc.tuple(fc.constant(id), valueFor(id))),
      day,
      fc.integer({ min: 0, max: 120 }),
    )
    .map(([[factId, value], date, lag]) => ({
      ...observed(factId, value, date, addDays(date, lag)),
      id: `obs-gen-${index}`,
    }));
const observations = fc
  .tuple(observation(0), observation(1), observation(2), fc.integer({ min: 0, max: 3 }))
  .map(([a, b, c, n]) => [a, b, c].slice(0, n));

const settled = (b: SetBrief) => ({
  status: b.status,
  judgedAsOf: b.judgedAsOf,
  hypotheses: b.hypotheses,
  matrix: b.matrix,
});

describe('invariants', () => {
  it('a resolved set never moves, on any later date, with any records known later', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 300 }), observations, observations, (asOf, gap, earlier, later) => {
        const live = withObservationsApplied(catalog, earlier);
        const then = briefOf(live, asOf);
        fc.pre(then.status.status === 'resolved');
        const news = later.map((o) => ({
          ...o,
          id: `${o.id}-late`,
          source: { ...o.source, published: addDays(asOf, 1 + gap) },
        }));
        const now = briefOf(withObservationsApplied(catalog, [...earlier, ...news]), addDays(asOf, gap));
        expect(settled(now)).toEqual(settled(then));
      }),
      { numRuns: 60 },
    );
  });

  it('with nothing new known, the default hypothesis only gains as days pass', () => {
    fc.assert(
      fc.property(day, day, observations, (d1, d2, records) => {
        const live = withObservationsApplied(catalog, records);
        const [early, late] = d1 < d2 ? [d1, d2] : [d2, d1];
        fc.pre(early < late && early >= setOf(live).definition.horizon.opens);
        const known = (asOf: string) => JSON.stringify([...factsAsOf(live.facts, asOf, new Map())]);
        fc.pre(known(early) === known(late));
        const a = briefOf(live, early);
        const b = briefOf(live, late);
        fc.pre(a.status.status === 'open' && b.status.status === 'open');
        const fallback = (x: SetBrief) => x.hypotheses.find((h) => h.default);
        // Stated numbers are whole percents: the unrounded share never falls, the stated one by rounding at most.
        expect(fallback(b)?.probability ?? 0).toBeGreaterThanOrEqual((fallback(a)?.probability ?? 0) - 0.01);
        expect(b.hypotheses.map((h) => h.evidenceProbability)).toEqual(a.hypotheses.map((h) => h.evidenceProbability));
      }),
      { numRuns: 60 },
    );
  });

  it('a back-dated record leaves every set brief dated before its publication as it was, apart from the version', () => {
    fc.assert(
      fc.property(
        observation(0),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: -100, max: 199 }),
        (recorded, lag, offset) => {
          const late = { ...recorded, source: { ...recorded.source, published: addDays(recorded.date, lag) } };
          const asOf = addDays(recorded.date, Math.min(offset, lag - 1));
          expect(asOf < observationKnown(late)).toBe(true);
          const { version: _a, ...without } = briefOf(catalog, asOf);
          const { version: _b, ...withRecord } = briefOf(withObservationsApplied(catalog, [late]), asOf);
          expect(JSON.stringify(withRecord)).toBe(JSON.stringify(without));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('every generated state states 100% in whole percents', () => {
    fc.assert(
      fc.property(day, observations, (asOf, records) => {
        expect(percents(briefOf(withObservationsApplied(catalog, records), asOf))).toBe(100);
      }),
      { numRuns: 60 },
    );
  });
});

describe('what a hostile review of the set model found', () => {
  const cstoFirst = observed('csto.response_to_request', 'agreed', '2021-08-10');
  const live = withObservationsApplied(catalog, [cstoFirst]);

  it('a resolved set leads with the hypothesis it resolved to, not the last open favourite', () => {
    const brief = briefOf(live, '2021-10-01');
    expect(brief.status).toMatchObject({ status: 'resolved', hypothesis: 'csto-first' });
    expect(brief.leading).toBe('csto-first');
    const entry = composeDigest(live, '2021-10-01', null, '2021-10-01T06:00:00.000Z').sets[0];
    expect(entry?.resolvedTo).toBe('csto-first');
    const log = mergeChanges(null, composeDigest(live, '2021-10-01', null, '2021-10-01T06:00:00.000Z'));
    const item = changeItems('https://briefs.example', log).find((i) => i.tags.includes('set:tajik-border-security'));
    expect(item?.title).toMatch(/: resolved to “The CSTO acts first, collectively” \(digest of 1 October 2021\)$/);
  });

  it('a what-if cannot undo a development recorded first: it dates from the brief date', () => {
    const recorded = briefOf(live, '2021-10-01');
    for (const value of [true, false]) {
      const whatIf = briefOf(live, '2021-10-01', new Map([['ru.bilateral_border_support', value]]));
      expect(whatIf.status, String(value)).toEqual(recorded.status);
      expect(whatIf.judgedAsOf).toBe('2021-08-09');
    }
  });

  it('reading one row the other way leaves every other row as the model reads it', () => {
    // A one-sided indicator known not met applies nothing; the test of another row must not
    // suddenly read it as two-sided.
    const notPledged = observed('ru.bilateral_defence_pledged', false, '2021-08-01');
    const day = '2021-10-15';
    const withRecord = briefOf(withObservationsApplied(catalog, [notPledged]), day);
    const without = briefOf(catalog, day);
    expect(withRecord.hypotheses.map((h) => h.probability)).toEqual(without.hypotheses.map((h) => h.probability));
    const others = (b: SetBrief) =>
      b.sensitivity.filter((s) => s.rowId !== 'ru.bilateral_defence_pledged').map((s) => [s.rowId, s.test]);
    expect(others(withRecord)).toEqual(others(without));
  });
});
