// The model's invariants, as properties over generated scenarios, dates and later records:
// - a resolved question never moves: any later brief date, and any record that became known
//   after it was decided, leave its resolution and last judgment as they were;
// - with nothing new known, a "by the horizon" probability moves one way only as days pass:
//   down for a claim that the event happens, up for a claim that it does not;
// - a back-dated record (an observation of an earlier event, published later) leaves every brief
//   dated before its publication byte-identical, apart from the content version.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/brief/brief';
import type { Brief } from '../../src/brief/brief-schema';
import { decisionDay } from '../../src/brief/resolution';
import { withObservationsApplied } from '../../src/catalog/build-catalog';
import type { Catalog } from '../../src/catalog/catalog';
import { catalog } from '../../src/catalog/catalog';
import { factsAsOf } from '../../src/facts/fact-base';
import type { FactValue } from '../../src/facts/fact-record';
import { type Observation, observationKnown } from '../../src/facts/observation';
import { addDays, earlierDay } from '../../src/facts/partial-date';
import { STATUSES } from '../../src/facts/vocabulary';
import type { CompiledScenario } from '../../src/rules/compile-scenario';

const SCENARIO_IDS = [...catalog.scenarios.keys()];
const FIRST_DAY = '2021-06-01';
/** Days from FIRST_DAY to somewhat past the last horizon (end of 2022) and its decision day. */
const SPAN = 1000;
const day = fc.integer({ min: 0, max: SPAN }).map((n) => addDays(FIRST_DAY, n));
const scenarioId = fc.constantFrom(...SCENARIO_IDS);

const recordable = [...catalog.facts.types].filter(([, t]) => !t.derived);
const valueFor = (type: string): fc.Arbitrary<FactValue> => {
  switch (type) {
    case 'boolean':
      return fc.boolean();
    case 'number':
      return fc.integer({ min: 0, max: 2_000_000_000 });
    case 'status':
      return fc.constantFrom(...STATUSES);
    case 'date':
      return fc.integer({ min: -4000, max: 800 }).map((n) => addDays('2021-07-01', n));
    default:
      return fc.constant('a recorded text value');
  }
};

/** The values scenarios test each fact against: a record with one of them is one that can settle or flip something. */
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
for (const scenario of catalog.scenarios.values()) collect(scenario.definition);
const settlingFactIds = new Set([...catalog.scenarios.values()].flatMap((s) => s.resolutionFactIds));

/** A fact and a value for it: half the time one a question settles on, half the time one a scenario tests. */
const factAndValue = fc
  .oneof(fc.constantFrom(...recordable.filter(([id]) => settlingFactIds.has(id))), fc.constantFrom(...recordable))
  .chain(([factId, type]) => {
    const anyValue = valueFor(type.type);
    const values = (tested.get(factId) ?? []).filter((v) => type.type !== 'number' || typeof v === 'number');
    return fc.tuple(fc.constant(factId), values.length > 0 ? fc.oneof(fc.constantFrom(...values), anyValue) : anyValue);
  });

/** A recorded observation of any fact the base has: dated on or before its publication. */
const observation = (index: number): fc.Arbitrary<Observation> =>
  fc
    .tuple(
      factAndValue,
      day,
      fc.integer({ min: 0, max: 400 }),
      fc.constantFrom('A news agency', 'A ministry', 'Another magazine'),
    )
    .map(([[factId, value], date, lag, publisher]) => ({
      id: `obs-${index}`,
      factId,
      value,
      date,
      source: {
        title: `A later report ${index}`,
        publisher,
        url: `https://news.example/${index}`,
        published: addDays(date, lag),
        quote: `A generated report number ${index}, quoted verbatim.`,
      },
      createdAt: '2026-11-28T09:00:00.000Z',
      retractedAt: null,
      retractedBy: null,
    }));
/** Up to three observations, with distinct ids. */
const observations: fc.Arbitrary<Observation[]> = fc
  .tuple(observation(0), observation(1), observation(2), fc.integer({ min: 0, max: 3 }))
  .map(([a, b, c, n]) => [a, b, c].slice(0, n));

function briefOf(on: Catalog, id: string, asOf: string): Brief {
  return buildBrief(on.scenarios.get(id) as CompiledScenario, on.facts, on.version, { asOf });
}

/** What a resolved question must keep: how it resolved, and its last open judgment. */
function settled(b: Brief) {
  return {
    resolution: b.resolution,
    judgedAsOf: b.judgedAsOf,
    likelihood: b.likelihood,
    confidence: b.confidence,
    indicators: b.indicators,
  };
}

const isFinal = (b: Brief, scenario: CompiledScenario) =>
  b.resolution.status === 'yes' ||
  b.resolution.status === 'no' ||
  (b.resolution.status === 'unresolved' && b.asOf >= decisionDay(scenario.definition));

describe('a resolved question never moves', () => {
  it('on any later date, with any records added later', () => {
    const later = fc.tuple(observations, fc.integer({ min: 1, max: 400 }));
    fc.assert(
      fc.property(
        scenarioId,
        day,
        fc.integer({ min: 1, max: 3000 }),
        observations,
        later,
        (id, asOf, gap, earlier, [news, lag]) => {
          const scenario = catalog.scenarios.get(id) as CompiledScenario;
          // The records known on the first date: those published by then.
          const knownThen = earlier.filter((o) => observationKnown(o) <= asOf);
          const then = briefOf(withObservationsApplied(catalog, knownThen), id, asOf);
          fc.pre(isFinal(then, scenario));
          // Records published after it, of events on any day up to their publication (many before
          // the horizon, some of them settling): a late report never reopens a closed question.
          const published = addDays(asOf, lag);
          const late = news.map((o, i) => ({
            ...o,
            id: `late-${i}`,
            date: earlierDay(o.date, published),
            source: { ...o.source, published },
          }));
          const now = briefOf(withObservationsApplied(catalog, [...knownThen, ...late]), id, addDays(asOf, gap));
          expect(settled(now)).toEqual(settled(then));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('with nothing new known, time moves a "by the horizon" probability one way', () => {
  it('down for a claim that the event happens, up for a claim that it does not', () => {
    fc.assert(
      fc.property(scenarioId, day, day, observations, (id, d1, d2, records) => {
        const live = withObservationsApplied(catalog, records);
        const scenario = live.scenarios.get(id) as CompiledScenario;
        const { horizon, resolution } = scenario.definition;
        const [early, late] = d1 < d2 ? [d1, d2] : [d2, d1];
        fc.pre(early < late && late <= horizon.end);
        // Nothing new known between the two days, and no indicator moved (a "years since" test can).
        const known = (asOf: string) => JSON.stringify([...factsAsOf(live.facts, asOf, new Map())]);
        fc.pre(known(early) === known(late));
        const a = briefOf(live, id, early);
        const b = briefOf(live, id, late);
        fc.pre(a.resolution.status === 'open' && b.resolution.status === 'open');
        fc.pre(JSON.stringify(a.indicators.map((i) => i.status)) === JSON.stringify(b.indicators.map((i) => i.status)));
        if (resolution.atHorizon === 'no')
          expect(b.likelihood.probability).toBeLessThanOrEqual(a.likelihood.probability);
        if (resolution.atHorizon === 'yes') {
          expect(b.likelihood.probability).toBeGreaterThanOrEqual(a.likelihood.probability);
        }
        // The evidence itself did not move: only the time left did.
        expect(b.likelihood.time?.evidenceProbability).toBe(a.likelihood.time?.evidenceProbability);
      }),
      { numRuns: 150 },
    );
  });

  it('and reaches the horizon’s outcome on the horizon, where no time is left', () => {
    const checked = SCENARIO_IDS.filter((id) => {
      const scenario = catalog.scenarios.get(id) as CompiledScenario;
      const { atHorizon } = scenario.definition.resolution;
      const last = briefOf(catalog, id, scenario.definition.horizon.end);
      if (last.resolution.status !== 'open' || atHorizon === 'unresolved') return false;
      expect(last.likelihood.probability, id).toBe(atHorizon === 'yes' ? 0.99 : 0.01);
      return true;
    });
    expect(checked).toEqual(SCENARIO_IDS);
  });
});

describe('a back-dated record', () => {
  it('leaves every brief dated before its publication as it was, apart from the content version', () => {
    // Brief dates both before the event and between the event and its report: in between is
    // where a service without knowledge time would use the record too early.
    const record = fc.tuple(observation(0), fc.integer({ min: 1, max: 400 }));
    fc.assert(
      fc.property(scenarioId, record, fc.integer({ min: -200, max: 399 }), (id, [recorded, lag], offset) => {
        const published = addDays(recorded.date, lag);
        const late = { ...recorded, source: { ...recorded.source, published } };
        const known = observationKnown(late);
        const asOf = addDays(recorded.date, Math.min(offset, lag - 1));
        expect(asOf < known).toBe(true);
        const live = withObservationsApplied(catalog, [late]);
        const { version: _v1, ...without } = briefOf(catalog, id, asOf);
        const { version: _v2, ...withRecord } = briefOf(live, id, asOf);
        expect(JSON.stringify(withRecord)).toBe(JSON.stringify(without));
      }),
      { numRuns: 200 },
    );
  });
});
