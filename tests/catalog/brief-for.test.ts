// briefFor: the precomputed brief for the default date, and what-ifs at that date whose baseline
// comes from it, equal to the brief computed from scratch.
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

describe('briefFor', () => {
  it.each([...catalog.scenarios.keys()])('%s: what-ifs at the default date equal briefs built from scratch', (id) => {
    const scenario = catalog.scenarios.get(id);
    if (!scenario) throw new Error(id);
    expect(briefFor(catalog, scenario, {})).toBe(catalog.current.brief(id));
    for (const assumptions of WHAT_IFS) {
      const fromScratch = buildBrief(scenario, catalog.facts, catalog.version, { assumptions });
      expect(briefFor(catalog, scenario, { assumptions })).toEqual(fromScratch);
      expect(briefFor(catalog, scenario, { asOf: catalog.facts.latestDate, assumptions })).toEqual(fromScratch);
    }
  });

  it('computes a what-if at another date without the default-date baseline', () => {
    const scenario = catalog.scenarios.get('csto-non-response');
    if (!scenario) throw new Error('csto-non-response');
    const request = { asOf: '2021-07-06', assumptions: WHAT_IFS[0] as Assumptions };
    const brief = briefFor(catalog, scenario, request);
    expect(brief).toEqual(buildBrief(scenario, catalog.facts, catalog.version, request));
    expect(brief.baseline?.bluf).toContain('6 July 2021');
  });
});
