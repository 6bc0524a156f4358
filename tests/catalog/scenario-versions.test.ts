// Which version of each scenario a catalog serves (catalog/scenario-versions.ts): the latest not
// retired that still compiles, a seed's file until it has versions; and what a version of one
// scenario leaves alone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withObservationsApplied } from '../../src/catalog/assemble';
import { catalog } from '../../src/catalog/catalog';
import { type ScenarioVersion, servedScenarios } from '../../src/catalog/scenario-versions';
import { scenarioDocument, scenarioHash } from '../../src/rules/compile-scenario';
import type { Scenario } from '../../src/rules/scenario-schema';

const IDS = [...catalog.scenarios.keys()];
const seed = (id: string) => catalog.scenarios.get(id)?.definition as Scenario;

/** A version of a seed scenario whose title says which. */
function version(id: string, number: number, retired = false, at = number): ScenarioVersion {
  const definition = { ...seed(id), title: `${seed(id).title} (v${number})` };
  return {
    scenarioId: id,
    version: number,
    document: scenarioDocument(definition),
    hash: scenarioHash(definition),
    createdAt: `2026-01-01T00:00:${String(at).padStart(2, '0')}.000Z`,
    createdBy: 'test',
    reason: 'test',
    retiredAt: retired ? '2026-02-01T00:00:00.000Z' : null,
    retiredBy: retired ? 'test' : null,
    retiredReason: null,
  };
}

describe('the served version', () => {
  it('is the latest not retired; a stored document that does not parse is passed over and reported', () => {
    const id = IDS[0] as string;
    const broken = { ...version(id, 3), document: { id, title: 'no indicators at all' } };
    const { scenarios, unserved } = servedScenarios(catalog.scenarios, catalog.facts, [
      version(id, 1),
      version(id, 2),
      broken,
      version(id, 4, true),
    ]);
    expect(scenarios.get(id)?.version.number).toBe(2);
    expect(scenarios.get(id)?.definition.title).toMatch(/\(v2\)$/);
    expect(unserved).toEqual([{ scenarioId: id, version: 3, problems: expect.any(Array) }]);
    // Every other scenario is its seed, the very same object.
    for (const other of IDS.slice(1)) expect(scenarios.get(other)).toBe(catalog.scenarios.get(other));
  });

  it('a scenario whose every version is retired is not served; one published live comes after the seeds', () => {
    const id = IDS[1] as string;
    const fresh = { ...version(IDS[0] as string, 1), scenarioId: 'published-live' };
    (fresh.document as { id: string }).id = 'published-live';
    const { scenarios } = servedScenarios(catalog.scenarios, catalog.facts, [version(id, 1, true), fresh]);
    expect(scenarios.has(id)).toBe(false);
    expect([...scenarios.keys()].at(-1)).toBe('published-live');
  });

  it('property: for any versions, each scenario is served at its highest version not retired, else its seed, else not at all', () => {
    const arbitrary = fc.array(
      fc.record({ id: fc.constantFrom(...IDS), number: fc.integer({ min: 1, max: 5 }), retired: fc.boolean() }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(arbitrary, (specs) => {
        const unique = [...new Map(specs.map((s) => [`${s.id} ${s.number}`, s])).values()];
        const versions = unique.map((s, i) => version(s.id, s.number, s.retired, i));
        const { scenarios } = servedScenarios(catalog.scenarios, catalog.facts, versions);
        for (const id of IDS) {
          const mine = versions.filter((v) => v.scenarioId === id);
          const active = mine.filter((v) => v.retiredAt === null).map((v) => v.version);
          const expected = mine.length === 0 ? 1 : active.length === 0 ? undefined : Math.max(...active);
          expect(scenarios.get(id)?.version.number).toBe(expected);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('property: a version of one scenario leaves every other scenario’s brief byte-identical, and moves the rules version', () => {
    fc.assert(
      fc.property(fc.constantFrom(...IDS), fc.constantFrom('2021-07-31', '2021-10-01', '2022-01-15'), (id, day) => {
        const live = withObservationsApplied(catalog, [], [], [version(id, 2)]);
        expect(live.version.rules).not.toBe(catalog.version.rules);
        expect(live.version.facts).toBe(catalog.version.facts);
        expect(live.on(day).brief(id)?.scenario.version.number).toBe(2);
        for (const other of IDS.filter((o) => o !== id)) {
          const before = JSON.stringify({ ...catalog.on(day).brief(other), version: null });
          const after = JSON.stringify({ ...live.on(day).brief(other), version: null });
          expect(after).toBe(before);
        }
      }),
      { numRuns: 12 },
    );
  });
});
