// A brief lists every fact it relies on: in its timeline, and among its sources and citations. A
// derived fact rests on more than its two inputs: on the facts whose claims its statement makes
// too (`supportedBy`) and on the fact it exists only while (`onlyWhile`). A brief that reads the
// derived fact relies on those as well, so they must be listed, even when no indicator reads them.
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/brief/brief';
import { derivedFact, indicator, scenario, scenarioFile, testCatalog } from '../factories';

// A shortfall that also claims the fleeing soldiers (supportedBy), and counts only while the
// border holds (onlyWhile); neither is one of its inputs.
const SHORTFALL = {
  ...derivedFact('test.shortfall', 'difference', ['test.pledge_usd', 'test.delivered_usd'], 'USD', [
    'test.soldiers_fled',
  ]),
  onlyWhile: { fact: 'test.border_held', value: true },
};

const overShortfall = scenario({
  indicators: [indicator({ op: 'gt', of: { fact: 'test.shortfall' }, value: 0 }, { id: 'shortfall' })],
});

function briefOverShortfall() {
  const catalog = testCatalog([scenarioFile(overShortfall)], { derived: [SHORTFALL] });
  const compiled = catalog.scenarios.get('test-scenario');
  if (!compiled) throw new Error('the test scenario did not compile');
  return buildBrief(compiled, catalog.facts, catalog.version, { asOf: '2021-08-01' });
}

describe('the facts a brief relies on, through a derived fact', () => {
  it('include the facts its statement also rests on and the fact it exists only while', () => {
    const b = briefOverShortfall();
    expect(b.indicators.map((i) => i.status)).toEqual(['met']);
    const listed = b.timeline.flatMap((e) => e.factIds).sort();
    expect(listed).toEqual([
      'test.border_held',
      'test.delivered_usd',
      'test.pledge_usd',
      'test.shortfall',
      'test.soldiers_fled',
    ]);
  });

  it('show each such fact once in the timeline, with its own statement and date', () => {
    const b = briefOverShortfall();
    const ids = b.timeline.flatMap((e) => e.factIds);
    expect(new Set(ids).size).toBe(ids.length);
    const soldiers = b.timeline.find((e) => e.factIds.includes('test.soldiers_fled'));
    expect(soldiers?.date).toBe('2021-07-05');
  });
});
