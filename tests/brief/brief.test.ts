// Brief assembly over the real catalog: shape, citations, as-of dating, what-if, sensitivity.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import article from '../../scenarios/sources/diplomat-2021-07-csto-afghan-border.txt';
import { buildBrief } from '../../src/brief/brief';
import { BriefSchema } from '../../src/brief/brief-schema';
import { BANDS } from '../../src/brief/likelihood';
import { catalog } from '../../src/catalog/catalog';
import { periodStart } from '../../src/facts/partial-date';
import type { CompiledScenario } from '../../src/rules/compile-scenario';

function scenario(id: string): CompiledScenario {
  const s = catalog.scenarios.get(id);
  if (!s) throw new Error(`no scenario ${id}`);
  return s;
}

const brief = (id: string, request = {}) => buildBrief(scenario(id), catalog.facts, catalog.version, request);

describe('a brief', () => {
  const b = brief('csto-non-response');

  it('has every section the API promises', () => {
    expect(Object.keys(b).sort()).toEqual(
      [
        'asOf',
        'assumptions',
        'bluf',
        'citations',
        'confidence',
        'indicators',
        'likelihood',
        'scenario',
        'sensitivity',
        'timeline',
        'version',
        'warnings',
      ].sort(),
    );
    expect(b.scenario).toMatchObject({ id: 'csto-non-response', title: 'CSTO non-response' });
    expect(b.asOf).toBe('2021-07-09');
    expect(b.version).toEqual(catalog.version);
  });

  it('states the likelihood in ICD 203 terms, its band range matching the probability', () => {
    const { likelihood } = b;
    const band = BANDS.find((x) => x.id === likelihood.band);
    expect(band).toBeDefined();
    expect(likelihood.term).toBe(band?.term);
    expect(likelihood.probability).toBeGreaterThanOrEqual(likelihood.range.min);
    expect(likelihood.probability).toBeLessThanOrEqual(likelihood.range.max);
    expect(b.bluf).toContain(`${Math.round(likelihood.probability * 100)}%`);
    expect(b.bluf).toContain(likelihood.term);
    expect(b.bluf).toMatch(/^As of 9 July 2021, /);
  });

  it('caps confidence at moderate: every fact comes from one article', () => {
    expect(b.confidence.level).toBe('moderate');
    expect(b.confidence.sourceIds).toEqual(['diplomat-2021-07-csto-afghan-border']);
    expect(b.confidence.reasons.join(' ')).toContain('single source');
  });

  it('explains every indicator and names the facts it read', () => {
    for (const indicator of b.indicators) {
      expect(['met', 'not-met', 'unknown']).toContain(indicator.status);
      expect(indicator.factIds.length).toBeGreaterThan(0);
      for (const id of indicator.factIds) expect(indicator.explanation).toContain(id);
    }
    const sidorov = b.indicators.find((i) => i.id === 'joint-staff-says-not-needed');
    expect(sidorov).toMatchObject({ status: 'met', direction: 'raises' });
    expect(sidorov?.reads).toEqual([
      { factId: 'csto.involvement_required', known: true, value: false, unit: null, qualifier: 'exact' },
    ]);
  });

  it('cites a verbatim quote of the article for every fact an indicator relies on', () => {
    const cited = new Set(b.citations.map((c) => c.factId));
    for (const indicator of b.indicators) for (const id of indicator.factIds) expect(cited).toContain(id);
    for (const c of b.citations) expect(article.slice(c.start, c.end)).toBe(c.quote);
  });

  it('draws a timeline of the facts relied on, in date order', () => {
    const dates = b.timeline.map((t) => t.date);
    expect(b.timeline.length).toBeGreaterThan(5);
    expect(dates[0]).toBe('2011');
    expect(dates.at(-1)).toBe('2021-07-09');
    const starts = dates.map(periodStart);
    expect([...starts].sort()).toEqual(starts);
  });

  it('says what would change the judgment, band-moving flips first', () => {
    expect(b.sensitivity).toHaveLength(b.indicators.length);
    const agreed = b.sensitivity.find((e) => e.indicatorId === 'collective-response-agreed');
    expect(agreed).toMatchObject({ status: 'not-met', ifStatus: 'met', changesBand: true });
    expect(agreed?.probability).toBeLessThan(b.likelihood.probability);
    const firstStay = b.sensitivity.findIndex((e) => !e.changesBand);
    expect(b.sensitivity.slice(firstStay).every((e) => !e.changesBand)).toBe(true);
  });

  it('is deterministic, and matches the brief the catalog computes once, on first use', () => {
    expect(brief('csto-non-response')).toEqual(b);
    expect(catalog.current.brief('csto-non-response')).toEqual(b);
  });

  it('conforms to the published brief schema, with no undocumented field', () => {
    const parsed = v.safeParse(BriefSchema, b);
    expect(parsed.issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`) ?? []).toEqual([]);
    expect(parsed.output).toEqual(b);
  });

  it('has no warning while the horizon is open, and says so once it has passed', () => {
    expect(b.warnings).toEqual([]);
    const late = brief('csto-non-response', { asOf: '2030-01-01' });
    expect(late.warnings).toHaveLength(1);
    expect(late.warnings[0]).toContain('The horizon (2021-12-31) ended before the brief date (2030-01-01)');
  });
});

describe('as of a date', () => {
  it('counts only facts dated on or before it: before the July 7 request, the request is unknown', () => {
    const early = brief('csto-non-response', { asOf: '2021-07-06' });
    const request = early.indicators.find((i) => i.id === 'formal-request-made');
    expect(request?.status).toBe('unknown');
    expect(request?.explanation).toContain('not known as of 2021-07-06');
    expect(early.citations.some((c) => c.factId === 'tj.csto_request')).toBe(false);
    expect(early.timeline.every((t) => t.date <= '2021-07-06')).toBe(true);
  });

  it('says what flipping an unknown indicator would do', () => {
    const early = brief('csto-non-response', { asOf: '2021-07-06' });
    const entry = early.sensitivity.find((e) => e.indicatorId === 'joint-staff-says-not-needed');
    expect(entry).toMatchObject({ status: 'unknown', ifStatus: 'met' });
    // A raising indicator that came to hold pushes the probability up by its likelihood ratio (3).
    const odds = (p: number) => p / (1 - p);
    expect(odds(entry?.probability ?? 0) / odds(early.likelihood.probability)).toBeCloseTo(3, 1);
  });

  it('lowers confidence when most indicators are unknown', () => {
    const early = brief('csto-non-response', { asOf: '2021-07-06' });
    expect(early.confidence.level).toBe('low');
    expect(early.likelihood.spread.low).toBeLessThan(early.likelihood.probability);
    expect(early.likelihood.spread.high).toBeGreaterThan(early.likelihood.probability);
  });

  it('falls back to the base rate before any fact', () => {
    const b = brief('taliban-cross-border-incursion', { asOf: '2005-01-01' });
    expect(b.indicators.every((i) => i.status === 'unknown' || i.status === 'not-met')).toBe(true);
    expect(b.likelihood.probability).toBe(0.15);
    expect(b.citations).toEqual([]);
  });
});

describe('what-if assumptions', () => {
  it('override a fact, list the assumption and show the baseline beside it', () => {
    const b = brief('csto-non-response', { assumptions: new Map([['csto.response_to_request', 'agreed']]) });
    expect(b.assumptions).toEqual([{ factId: 'csto.response_to_request', value: 'agreed', baselineValue: 'declined' }]);
    expect(b.baseline?.likelihood.band).toBe(brief('csto-non-response').likelihood.band);
    expect(b.likelihood.probability).toBeLessThan(b.baseline?.likelihood.probability ?? 0);
    expect(b.indicators.find((i) => i.id === 'collective-response-agreed')?.status).toBe('met');
    // The bottom line says it rests on an assumption, and that its weightiest met indicator counts against.
    expect(b.bluf).toMatch(/^Under 1 what-if assumption and as of 9 July 2021, it is likely \(59%\)/);
    expect(b.bluf).toContain('“The CSTO agrees to a collective response to the request”, counting against it');
    expect(b.baseline?.bluf).toMatch(/^As of 9 July 2021, it is very likely \(85%\)/);
  });

  it('can make a fact unknown, and an assumed fact carries no citation', () => {
    const b = brief('csto-non-response', {
      assumptions: new Map<string, string | boolean | null>([
        ['csto.involvement_required', null],
        ['tj.border_forces_in_control', false],
      ]),
    });
    expect(b.indicators.find((i) => i.id === 'joint-staff-says-not-needed')?.status).toBe('unknown');
    expect(b.indicators.find((i) => i.id === 'tajik-forces-in-control')?.status).toBe('not-met');
    expect(b.citations.some((c) => c.factId === 'tj.border_forces_in_control')).toBe(false);
    expect(b.assumptions.map((a) => a.factId)).toEqual(['csto.involvement_required', 'tj.border_forces_in_control']);
  });

  it('treat an assumed number as exact, though the source bounded it', () => {
    // The article says "more than 1,500"; an assumed 500 is exactly 500, so "≥ 1,000" is decided.
    const b = brief('csto-non-response', { assumptions: new Map([['afg.soldiers_fled_to_tajikistan', 500]]) });
    expect(b.indicators.find((i) => i.id === 'large-military-exodus')?.status).toBe('not-met');
  });

  it('keep the fact’s own date, so years since it still count from when it happened', () => {
    const b = brief('russian-pledges-delivered', { assumptions: new Map([['ru.pledge_2014_usd', 1_000_000_000]]) });
    const old = b.indicators.find((i) => i.id === 'pledge-old');
    expect(old?.status).toBe('met');
    expect(old?.explanation).toContain('from ru.pledge_2014_usd (2014)');
  });

  it('count as neither hedged nor sourced in confidence', () => {
    const b = brief('csto-non-response', { assumptions: new Map([['csto.involvement_required', false]]) });
    expect(b.confidence.assumedIndicators).toBe(1);
    expect(b.confidence.hedgedIndicators).toBe(brief('csto-non-response').confidence.hedgedIndicators - 1);
    expect(b.confidence.reasons.join(' ')).toContain('1 of 11 known indicators rest on what-if assumptions');
  });

  it('give an infinite ratio no value: the indicator is unknown', () => {
    const b = brief('russian-pledges-delivered', {
      assumptions: new Map([
        ['ru.pledge_2014_received_usd', 1e308],
        ['ru.pledge_2014_usd', 1e-308],
      ]),
    });
    const some = b.indicators.find((i) => i.id === 'some-2014-money-arrived');
    expect(some?.status).toBe('unknown');
    expect(some?.explanation).toContain('not defined');
  });

  it('omit the baseline when there are none', () => {
    expect('baseline' in brief('csto-non-response')).toBe(false);
  });
});

describe('every scenario', () => {
  it.each([...catalog.scenarios.keys()])('%s yields a brief whose citations are verbatim', (id) => {
    const b = brief(id);
    expect(b.bluf.length).toBeGreaterThan(40);
    expect(b.citations.length).toBeGreaterThan(0);
    for (const c of b.citations) expect(article.slice(c.start, c.end)).toBe(c.quote);
  });
});
