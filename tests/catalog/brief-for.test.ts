// briefFor: the kept brief for the default date (today, read at the edge and passed in), and
// what-ifs at that date whose baseline comes from it, equal to the brief computed from scratch.
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/brief/brief';
import { briefFor } from '../../src/catalog/brief-for';
import { catalog } from '../../src/catalog/catalog';
import type { Assumptions } from '../../src/facts/fact-base';

const WHAT_IFS: Assumptions[] = [
  new Map([['csto.response_to_request', 'agreed']]),
  new Map([['afg.soldiers_fled_to_tajikistan', 12_345]]),
  new Map<string, null | boolean>([
    ['taliban.rules_along_border', null],
    ['csto.target_program_adopted', true],
  ]),
];

// Two defaults: the fact base's latest date, and a day after every horizon.
const DAYS = [catalog.facts.latestDate, '2026-12-02'];

describe('briefFor', () => {
  it.each([...catalog.scenarios.keys()])('%s: what-ifs at the default date equal briefs built from scratch', (id) => {
    const scenario = catalog.scenarios.get(id);
    if (!scenario) throw new Error(id);
    expect(briefFor(catalog, scenario, {}, catalog.facts.latestDate)).toBe(catalog.current.brief(id));
    for (const today of DAYS) {
      const kept = briefFor(catalog, scenario, {}, today);
      expect(kept.asOf).toBe(today);
      // Kept: the same object on the second ask.
      expect(briefFor(catalog, scenario, { asOf: today }, today)).toBe(kept);
      expect(kept).toEqual(buildBrief(scenario, catalog.facts, catalog.version, { asOf: today }));
      for (const assumptions of WHAT_IFS) {
        const fromScratch = buildBrief(scenario, catalog.facts, catalog.version, { asOf: today, assumptions });
        expect(briefFor(catalog, scenario, { assumptions }, today)).toEqual(fromScratch);
        expect(briefFor(catalog, scenario, { asOf: today, assumptions }, today)).toEqual(fromScratch);
      }
    }
  });

  it('computes a what-if at another date without the default-date baseline', () => {
    const scenario = catalog.scenarios.get('csto-non-response');
    if (!scenario) throw new Error('csto-non-response');
    const request = { asOf: '2021-07-06', assumptions: WHAT_IFS[0] as Assumptions };
    const brief = briefFor(catalog, scenario, request, '2026-12-02');
    expect(brief).toEqual(buildBrief(scenario, catalog.facts, catalog.version, request));
    expect(brief.baseline?.bluf).toContain('6 July 2021');
  });
});
