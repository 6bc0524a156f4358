// Observations in the core: a later dated value of a fact wins from its date on, a new fact
// gets its type from its definition, and the catalog's facts version moves with them.
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/brief/brief';
import { withObservationsApplied } from '../../src/catalog/build-catalog';
import { catalog } from '../../src/catalog/catalog';
import { factsAsOf } from '../../src/facts/fact-base';
import { checkObservation, type Observation, withObservations } from '../../src/facts/observation';

const source = {
  title: 'CSTO to hold drills on the Tajik-Afghan border',
  publisher: 'A news agency',
  url: 'https://news.example/csto-drills',
  published: '2021-10-20',
  quote: 'The CSTO agreed to hold joint exercises on the Tajik-Afghan border in October.',
};

function observation(over: Partial<Observation>): Observation {
  return {
    id: 'obs-1',
    factId: 'csto.response_to_request',
    value: 'agreed',
    date: '2021-10-20',
    source,
    createdAt: '2026-11-28T09:00:00.000Z',
    retractedAt: null,
    retractedBy: null,
    ...over,
  };
}

describe('observations of an existing fact', () => {
  const facts = withObservations(catalog.facts, [observation({})]);

  it('take effect from their date, not before', () => {
    expect(factsAsOf(facts, '2021-10-19', new Map()).get('csto.response_to_request')?.value).toBe('declined');
    const after = factsAsOf(facts, '2021-10-20', new Map()).get('csto.response_to_request');
    expect(after).toMatchObject({ value: 'agreed', observationId: 'obs-1', certainty: 'reported' });
    expect(after?.citations).toEqual([
      { sourceId: 'observation-obs-1', quote: source.quote, start: 0, end: source.quote.length },
    ]);
    expect(facts.sources.get('observation-obs-1')?.text).toBe(source.quote);
  });

  it('move the brief as of a later date and leave an earlier one as it was', () => {
    const live = withObservationsApplied(catalog, [observation({})]);
    const scenario = catalog.scenarios.get('csto-non-response');
    if (!scenario) throw new Error('no scenario');
    const early = (c: typeof catalog) => buildBrief(scenario, c.facts, c.version, { asOf: '2021-07-09' });
    const late = (c: typeof catalog) => buildBrief(scenario, c.facts, c.version, { asOf: '2021-11-01' });
    expect(early(live).likelihood).toEqual(early(catalog).likelihood);
    expect(late(live).likelihood.probability).toBeLessThan(late(catalog).likelihood.probability);
    expect(late(live).citations.some((c) => c.sourceId === 'observation-obs-1')).toBe(true);
    expect(live.version.facts).not.toBe(catalog.version.facts);
    expect(live.version.rules).toBe(catalog.version.rules);
    expect(live.facts.latestDate).toBe('2021-10-20');
  });

  it('are ignored once retracted', () => {
    const retracted = withObservations(catalog.facts, [observation({ retractedAt: '2026-11-28T10:00:00.000Z' })]);
    expect(factsAsOf(retracted, '2022-01-01', new Map()).get('csto.response_to_request')?.value).toBe('declined');
  });
});

describe('checking an observation', () => {
  it('accepts a value that fits the fact, and says what is wrong otherwise', () => {
    const input = observation({});
    expect(checkObservation(catalog.facts, input)).toEqual([]);
    expect(checkObservation(catalog.facts, { ...input, value: 'pending' })[0]?.path).toBe('value');
    expect(
      checkObservation(catalog.facts, { ...input, factId: 'tj.reservists_mobilized', value: -3 })[0]?.message,
    ).toMatch(/negative/);
    expect(
      checkObservation(catalog.facts, { ...input, factId: 'ru.pledge_2014_share_delivered', value: 1 })[0]?.path,
    ).toBe('factId');
    expect(checkObservation(catalog.facts, { ...input, factId: 'new.fact_here' })[0]?.path).toBe('definition');
  });

  it('lets a new fact in with its definition', () => {
    const input = observation({
      factId: 'tj.csto_exercise_held',
      value: true,
      definition: {
        statement: 'The CSTO held exercises in Tajikistan.',
        type: 'boolean',
        actors: ['csto'],
        tags: ['military'],
      },
    });
    expect(checkObservation(catalog.facts, input)).toEqual([]);
    const facts = withObservations(catalog.facts, [input]);
    expect(facts.types.get('tj.csto_exercise_held')).toEqual({ type: 'boolean', unit: null, derived: false });
    expect(factsAsOf(facts, '2021-12-31', new Map()).get('tj.csto_exercise_held')?.statement).toBe(
      'The CSTO held exercises in Tajikistan.',
    );
  });
});
