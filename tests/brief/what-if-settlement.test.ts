// A what-if that makes a settling condition hold resolves the brief; beside the outcome the bottom
// line gives the judgment "short of that" development. That judgment must then be made without
// the assumptions the settlement rests on: made with them, indicators reading the same fact count
// the development as evidence for itself, and the brief says, for instance, "short of that, roughly
// even chance (53%)" where without it the judgment is 16% (found by an analyst's read of
// russian-pledges-delivered as of 1 August 2021, with the 2014 pledge assumed paid).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/brief/brief';
import { catalog } from '../../src/catalog/catalog';
import { factsBehind } from '../../src/facts/fact-base';
import { addDays } from '../../src/facts/partial-date';
import type { CompiledScenario } from '../../src/rules/compile-scenario';

const scenarioOf = (id: string) => catalog.scenarios.get(id) as CompiledScenario;
const briefOf = (id: string, asOf: string, assumptions: Map<string, unknown> = new Map()) =>
  buildBrief(scenarioOf(id), catalog.facts, catalog.version, { asOf, assumptions: assumptions as never });

interface Condition {
  op: string;
  of?: { fact?: string };
  value?: unknown;
  values?: unknown[];
  conditions?: Condition[];
}

/** A fact and a value that make a settling condition hold on its own: one per branch of an `any`. */
function settlingValues(condition: unknown): { fact: string; value: unknown }[] {
  const c = condition as Condition | undefined;
  if (!c) return [];
  if (c.op === 'any') return (c.conditions ?? []).flatMap(settlingValues);
  const fact = c.of?.fact;
  if (!fact) return [];
  if (c.op === 'eq') return [{ fact, value: c.value }];
  if (c.op === 'in') return [{ fact, value: c.values?.[0] }];
  return [];
}

describe('the judgment beside a settlement a what-if makes', () => {
  it('is the judgment short of the assumed development, not one that counts it as evidence', () => {
    const paid = new Map([['ru.pledge_2014_received_usd', 700_000_000]]);
    const whatIf = briefOf('russian-pledges-delivered', '2021-08-01', paid);
    const recorded = briefOf('russian-pledges-delivered', '2021-08-01');
    expect(whatIf.resolution).toMatchObject({ status: 'yes', basis: 'event' });
    expect(whatIf.judgedAsOf).toBe(recorded.judgedAsOf);
    expect(whatIf.likelihood.probability).toBe(recorded.likelihood.probability);
    expect(whatIf.bluf).toContain(
      `Short of that, the judgment as of 1 August 2021 would be ${recorded.likelihood.term} (${Math.round(recorded.likelihood.probability * 100)}%)`,
    );
    // Its confidence is that of this conditional judgment, not of a judgment the question closed with.
    expect(whatIf.bottomLine.confidence).toMatch(/^Confidence in that judgment would be /);
    // The assumption is still the brief's: listed, and the outcome rests on it.
    expect(whatIf.assumptions.map((a) => a.factId)).toEqual(['ru.pledge_2014_received_usd']);
    expect(whatIf.resolution.factIds).toContain('ru.pledge_2014_received_usd');
  });

  it('keeps the assumptions the settlement does not rest on', () => {
    // Agreed: the CSTO's answer settles csto-non-response; the other assumption settles nothing.
    const both = new Map<string, unknown>([
      ['csto.response_to_request', 'agreed'],
      ['csto.involvement_required', true],
    ]);
    const whatIf = briefOf('csto-non-response', '2021-10-15', both);
    const onlyOther = briefOf('csto-non-response', '2021-10-15', new Map([['csto.involvement_required', true]]));
    expect(whatIf.resolution).toMatchObject({ status: 'no', basis: 'event' });
    expect(whatIf.likelihood.probability).toBe(onlyOther.likelihood.probability);
    expect(whatIf.indicators).toEqual(onlyOther.indicators);
  });

  it('never rests on an assumption the settlement rests on, for any scenario, date and settling assumption', () => {
    const cases = [...catalog.scenarios.values()].flatMap((scenario) =>
      (['yes', 'no'] as const).flatMap((outcome) => {
        const condition = scenario.definition.resolution[outcome]?.condition;
        return settlingValues(condition).map(({ fact, value }) => ({ id: scenario.definition.id, fact, value }));
      }),
    );
    // Both outcomes of csto-non-response and russia-bilateral-substitution, and three others.
    expect(cases.length).toBeGreaterThanOrEqual(7);
    fc.assert(
      fc.property(fc.constantFrom(...cases), fc.integer({ min: 0, max: 200 }), ({ id, fact, value }, n) => {
        const asOf = addDays('2021-07-20', n);
        const whatIf = briefOf(id, asOf, new Map([[fact, value]]));
        fc.pre(whatIf.resolution.basis === 'event');
        const behind = factsBehind(catalog.facts, whatIf.resolution.factIds);
        expect(behind.has(fact)).toBe(true);
        // The only assumption is the settling one: no indicator of the judgment may rest on it.
        expect(whatIf.confidence.basis.assumed).toBe(0);
        expect(whatIf.confidence.assumedIndicators).toBe(0);
      }),
      { numRuns: 80 },
    );
  });
});
