// A derived fact that exists only while another fact has a value (`onlyWhile`) depends on that
// fact as surely as on its inputs: the facts behind a question must name it, or a what-if on it
// would leave the resolution as recorded, and a day on which it becomes known would be skipped;
// and the derived fact is dated, known and cited by it too, or a brief would say it rests on
// information older than what moved it. Signposts over derived facts follow what is behind them.
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/brief/brief';
import { withObservationsApplied } from '../../src/catalog/build-catalog';
import { factsAsOf, factsBehind } from '../../src/facts/fact-base';
import type { Observation } from '../../src/facts/observation';
import {
  defaultCitedFacts,
  derivedFact,
  indicator,
  resolution,
  scenario,
  scenarioFile,
  testCatalog,
} from '../factories';

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

/** The border holds: reported after the article, which says it did not. */
const HELD: Observation = {
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

/** The article's facts, but with a border that did not hold (the observation above says it later does). */
const NOT_HELD = defaultCitedFacts().map((f) => (f.id === 'test.border_held' ? { ...f, value: false } : f));

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
      cited: NOT_HELD,
    });
    const live = withObservationsApplied(catalog, [HELD]);
    const compiled = live.scenarios.get('test-scenario');
    if (!compiled) throw new Error('the test scenario did not compile');
    const b = buildBrief(compiled, live.facts, live.version, { asOf: '2021-10-01' });
    expect(b.resolution).toMatchObject({ status: 'yes', decidedOn: '2021-09-10' });
  });

  it('dates the derived fact, and the information a brief rests on, by when it became known', () => {
    // An indicator over the shortfall: met once the border is reported to hold, on 10 September.
    const readsShortfall = scenario({
      indicators: [indicator({ op: 'gt', of: { fact: 'test.shortfall' }, value: 0 })],
    });
    const catalog = testCatalog([scenarioFile(readsShortfall)], { derived: [SHORTFALL], cited: NOT_HELD });
    const live = withObservationsApplied(catalog, [HELD]);
    const compiled = live.scenarios.get('test-scenario');
    if (!compiled) throw new Error('the test scenario did not compile');
    const before = buildBrief(compiled, live.facts, live.version, { asOf: '2021-09-01' });
    expect(before.indicators[0]?.status).toBe('unknown');
    const after = buildBrief(compiled, live.facts, live.version, { asOf: '2021-10-01' });
    expect(after.indicators[0]?.status).toBe('met');
    // The judgment moved on 10 September: the brief may not say it rests on information to July.
    expect(after.informationTo).toBe('2021-09-10');
    expect(after.bluf).toContain('10 September 2021');
    const shortfall = factsAsOf(live.facts, '2021-10-01', new Map()).get('test.shortfall');
    expect(shortfall).toMatchObject({ known: '2021-09-10', date: '2021-09-10' });
    // The statement claims the border holds too: the report saying so is cited with it.
    const cited = (shortfall?.citations ?? []).map((c) => c.quote);
    expect(cited).toContain(HELD.source.quote);
    expect(after.citations.map((c) => c.quote)).toContain(HELD.source.quote);
  });

  it('is cited once where it is an input too', () => {
    const asInput = {
      ...derivedFact('test.shortfall', 'difference', ['test.pledge_usd', 'test.delivered_usd'], 'USD'),
      onlyWhile: { fact: 'test.delivered_usd', value: 122_000_000 },
    };
    const catalog = testCatalog([scenarioFile(scenario())], { derived: [asInput] });
    const shortfall = factsAsOf(catalog.facts, '2021-10-01', new Map()).get('test.shortfall');
    const ids = shortfall?.dateNote?.match(/Computed from (.*);/)?.[1];
    expect(ids).toBe('test.pledge_usd, test.delivered_usd');
    expect(shortfall?.citations).toHaveLength(2);
  });
});

describe('a derived fact resting on an assumption', () => {
  // The shortfall's statement also claims the reservists were mobilized (supportedBy), and exists
  // only while the border holds (onlyWhile): an assumption on either is an assumption it rests on.
  const RESTING = {
    ...derivedFact('test.shortfall', 'difference', ['test.pledge_usd', 'test.delivered_usd'], 'USD', [
      'test.reservists',
    ]),
    onlyWhile: { fact: 'test.border_held', value: true },
  };
  const catalog = testCatalog([scenarioFile(scenario())], { derived: [RESTING] });
  const shortfall = (assumptions: Map<string, number | boolean>) =>
    factsAsOf(catalog.facts, '2021-10-01', assumptions).get('test.shortfall');

  it('is marked assumed whichever fact behind it is assumed', () => {
    expect(shortfall(new Map())?.assumed).toBeUndefined();
    expect(shortfall(new Map([['test.pledge_usd', 300_000_000]]))?.assumed).toBe(true);
    expect(shortfall(new Map([['test.reservists', 30_000]]))?.assumed).toBe(true);
    expect(shortfall(new Map([['test.border_held', true]]))?.assumed).toBe(true);
  });
});

describe('signposts over a derived fact', () => {
  it('list it only when a fact behind it is still to be observed, not when the article has them all', () => {
    // As of mid-July nothing of the article is known yet: both indicators are unknown, and both
    // read only what the article records, so neither is a development to watch for.
    const overArticle = scenario({
      indicators: [
        indicator({ op: 'gt', of: { fact: 'test.shortfall' }, value: 0 }, { id: 'over-derived', group: 'pledge' }),
        indicator({ op: 'gt', of: { fact: 'test.pledge_usd' }, value: 0 }, { id: 'over-cited', group: 'pledge' }),
      ],
      reachability: { reason: 'Two indicators over the same article cannot move far from the base rate.' },
    });
    const catalog = testCatalog([scenarioFile(overArticle)], { derived: [SHORTFALL] });
    const compiled = catalog.scenarios.get('test-scenario');
    if (!compiled) throw new Error('the test scenario did not compile');
    const b = buildBrief(compiled, catalog.facts, catalog.version, { asOf: '2021-07-15' });
    expect(b.indicators.map((i) => i.status)).toEqual(['unknown', 'unknown']);
    expect(b.signposts.filter((s) => s.kind === 'indicator')).toEqual([]);
  });
});
