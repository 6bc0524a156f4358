// A derived fact that exists only while another fact has a value (`onlyWhile`) depends on that
// fact as surely as on its inputs: the facts behind a question must name it, or a what-if on it
// would leave the resolution as recorded, and a day on which it becomes known would be skipped.
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/brief/brief';
import { withObservationsApplied } from '../../src/catalog/build-catalog';
import { factsBehind } from '../../src/facts/fact-base';
import type { Observation } from '../../src/facts/observation';
import { defaultCitedFacts, derivedFact, resolution, scenario, scenarioFile, testCatalog } from '../factories';

// Settled yes once the pledge shortfall is recorded; the shortfall counts only while the border holds.
const SHORTFALL = {
  ...derivedFact('test.shortfall', 'difference', ['test.pledge_usd', 'test.delivered_usd'], 'USD'),
  onlyWhile: { fact: 'test.border_held', value: true },
};
const settledByShortfall = scenario({
  resolution: resolution(
    { op: 'gt', of: { fact: 'test.shortfall' }, value: 0 },
    { yes: { condition: { op: 'gt', of: { fact: 'test.shortfall' }, value: 0 }, label: 'A shortfall is recorded' } },
  ),
});

describe('a derived fact’s onlyWhile fact', () => {
  it('is among the facts behind the derived fact', () => {
    const catalog = testCatalog([scenarioFile(settledByShortfall)], { derived: [SHORTFALL] });
    expect([...factsBehind(catalog.facts, ['test.shortfall'])].sort()).toEqual([
      'test.border_held',
      'test.delivered_usd',
      'test.pledge_usd',
      'test.shortfall',
    ]);
  });

  it('moves the resolution when a what-if assumes it away', () => {
    const catalog = testCatalog([scenarioFile(settledByShortfall)], { derived: [SHORTFALL] });
    const compiled = catalog.scenarios.get('test-scenario');
    if (!compiled) throw new Error('the test scenario did not compile');
    const asOf = '2021-08-15';
    const recorded = buildBrief(compiled, catalog.facts, catalog.version, { asOf });
    expect(recorded.resolution.status).toBe('yes');
    // With the border assumed not to hold, the shortfall does not exist: nothing settles the question.
    const whatIf = buildBrief(compiled, catalog.facts, catalog.version, {
      asOf,
      assumptions: new Map([['test.border_held', false]]),
    });
    expect(whatIf.resolution.status).toBe('open');
  });

  it('counts the day it becomes known as a day the question can settle', () => {
    // The article has the pledge figures and a border that did not hold; that it holds is reported
    // later, by an observation: the shortfall first exists, and the question settles, on the day
    // that report is known.
    const catalog = testCatalog([scenarioFile(settledByShortfall)], {
      derived: [SHORTFALL],
      cited: defaultCitedFacts().map((f) => (f.id === 'test.border_held' ? { ...f, value: false } : f)),
    });
    const held: Observation = {
      id: 'obs-held',
      factId: 'test.border_held',
      value: true,
      date: '2021-09-10',
      source: {
        title: 'The border holds',
        publisher: 'A news agency',
        url: 'https://news.example/held',
        published: '2021-09-10',
        quote: 'The border held through the summer, officials said on September 10.',
      },
      createdAt: '2026-11-28T09:00:00.000Z',
      retractedAt: null,
      retractedBy: null,
    };
    const live = withObservationsApplied(catalog, [held]);
    const compiled = live.scenarios.get('test-scenario');
    if (!compiled) throw new Error('the test scenario did not compile');
    const b = buildBrief(compiled, live.facts, live.version, { asOf: '2021-10-01' });
    expect(b.resolution).toMatchObject({ status: 'yes', decidedOn: '2021-09-10' });
  });
});
