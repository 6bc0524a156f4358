// Observations in the core: a later dated value of a fact wins from the day it became known, a
// new fact gets its type from its definition, a restatement from the same origin adds nothing,
// and the catalog's facts version moves with them.
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
    expect(factsAsOf(facts, '2021-10-19', new Map()).get('csto.response_to_request')?.value).toBe('pending');
    const after = factsAsOf(facts, '2021-10-20', new Map()).get('csto.response_to_request');
    expect(after).toMatchObject({
      value: 'agreed',
      observationId: 'obs-1',
      certainty: 'reported',
      known: '2021-10-20',
    });
    expect(after?.citations).toEqual([
      { sourceId: 'observation-obs-1', quote: source.quote, start: 0, end: source.quote.length },
    ]);
    expect(facts.sources.get('observation-obs-1')?.text).toBe(source.quote);
  });

  it('move the brief as of a later date and leave an earlier one as it was', () => {
    const live = withObservationsApplied(catalog, [observation({})]);
    // The CSTO agreeing moves the programme question (and settles the non-response one, below).
    const scenario = catalog.scenarios.get('target-program-stalls');
    if (!scenario) throw new Error('no scenario');
    const early = (c: typeof catalog) => buildBrief(scenario, c.facts, c.version, { asOf: '2021-07-09' });
    const late = (c: typeof catalog) => buildBrief(scenario, c.facts, c.version, { asOf: '2021-11-01' });
    expect(early(live).likelihood).toEqual(early(catalog).likelihood);
    expect(late(live).likelihood.probability).toBeLessThan(late(catalog).likelihood.probability);
    expect(late(live).citations.some((c) => c.sourceId === 'observation-obs-1')).toBe(true);
    expect(live.version.facts).not.toBe(catalog.version.facts);
    expect(live.version.rules).toBe(catalog.version.rules);
    expect(live.facts.latestDate).toBe('2021-10-20');
    // The article's facts, known from 31 July, are untouched before the observation is known.
    expect(early(live)).toEqual({ ...early(catalog), version: live.version });
  });

  it('are ignored once retracted', () => {
    const retracted = withObservations(catalog.facts, [observation({ retractedAt: '2026-11-28T10:00:00.000Z' })]);
    expect(factsAsOf(retracted, '2022-01-01', new Map()).get('csto.response_to_request')?.value).toBe('pending');
  });
});

describe('knowledge time', () => {
  it('counts an observation from its source’s publication, not from the event it reports', () => {
    // The agreement of 20 October reported on 5 November: unknown in between.
    const late = observation({ source: { ...source, published: '2021-11-05' } });
    const facts = withObservations(catalog.facts, [late]);
    expect(factsAsOf(facts, '2021-11-04', new Map()).get('csto.response_to_request')?.value).toBe('pending');
    expect(factsAsOf(facts, '2021-11-05', new Map()).get('csto.response_to_request')).toMatchObject({
      value: 'agreed',
      date: '2021-10-20',
      known: '2021-11-05',
    });
  });

  it('counts it no later than the day it was recorded, so the default date never passes today', () => {
    // Published "2026-12" (no day) and recorded on 2 December 2026: known on the 2nd, not the 31st.
    const now = observation({
      date: '2026-12',
      createdAt: '2026-12-02T08:00:00.000Z',
      source: { ...source, published: '2026-12' },
    });
    const facts = withObservations(catalog.facts, [now]);
    expect(facts.latestDate).toBe('2026-12-02');
  });

  it('refuses an event that begins after its source was published', () => {
    const input = observation({ date: '2021-11-01', source: { ...source, published: '2021-10-20' } });
    expect(checkObservation(catalog.facts, input)).toEqual([
      { path: 'date', message: expect.stringContaining("must not begin after the source's publication (2021-10-20)") },
    ]);
  });
});

describe('restatements and corroboration', () => {
  const sidorov = 'csto.involvement_required';
  /** A wire report of Sidorov's statement: another origin than the article's. */
  const wire = {
    ...source,
    publisher: 'Wire',
    published: '2021-08-01',
    quote: 'Involvement not required, the CSTO said.',
  };
  const restate = (over: Partial<Observation>) =>
    observation({
      id: 'obs-r',
      factId: sidorov,
      value: false,
      date: '2021-07-09',
      certainty: 'stated',
      source: {
        ...source,
        publisher: 'The Diplomat',
        published: '2021-08-01',
        quote: 'The CSTO said its involvement is not required on the Tajik border.',
      },
      ...over,
    });

  it('a restatement from the same origin adds nothing: no source, no firmer certainty', () => {
    const facts = withObservations(catalog.facts, [restate({})]);
    const fact = factsAsOf(facts, '2021-08-02', new Map()).get(sidorov);
    expect(fact?.certainty).toBe('reported');
    expect(fact?.observationId).toBeUndefined();
    expect(fact?.citations.map((c) => c.sourceId)).toEqual(['diplomat-2021-07-csto-afghan-border']);
  });

  it('two observations with one URL and quote are one origin: the second adds nothing', () => {
    const once = withObservations(catalog.facts, [restate({ id: 'w1', source: wire })]);
    const twice = withObservations(catalog.facts, [
      restate({ id: 'w1', source: wire }),
      restate({ id: 'w2', source: wire, createdAt: '2026-11-29T09:00:00.000Z' }),
    ]);
    const one = factsAsOf(once, '2021-08-02', new Map()).get(sidorov);
    expect(factsAsOf(twice, '2021-08-02', new Map()).get(sidorov)).toEqual(one);
  });

  it('a report from another origin corroborates: both cited, the firmer certainty taken', () => {
    const facts = withObservations(catalog.facts, [restate({ source: wire })]);
    const fact = factsAsOf(facts, '2021-08-02', new Map()).get(sidorov);
    expect(fact?.certainty).toBe('stated');
    // The article's record stays the value's record (its span ends later); the wire's is added.
    expect(fact?.citations.map((c) => [c.sourceId, c.certainty])).toEqual([
      ['diplomat-2021-07-csto-afghan-border', 'reported'],
      ['observation-obs-r', 'stated'],
    ]);
  });
});

describe('checking an observation', () => {
  it('accepts a value that fits the fact, and says what is wrong otherwise', () => {
    const input = observation({});
    expect(checkObservation(catalog.facts, input)).toEqual([]);
    expect(checkObservation(catalog.facts, { ...input, value: 'refused' })[0]?.path).toBe('value');
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
