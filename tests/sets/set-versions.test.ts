// The sets a catalog serves with versions published live (catalog/set-versions.ts): the latest
// that compiles, the seed's file until a version is published, a version that no longer compiles
// passed over for the one before and reported, and new sets after the seeds.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/catalog';
import { SET_FILES } from '../../src/catalog/content-files';
import { type SetVersion, servedSets } from '../../src/catalog/set-versions';
import type { CompiledSet } from '../../src/sets/compile-set';

const seedDoc = () =>
  structuredClone(SET_FILES[0]?.data) as Record<string, unknown> & { hypotheses: Record<string, unknown>[] };
const version = (n: number, document: unknown, setId = 'tajik-border-security'): SetVersion => ({
  setId,
  version: n,
  document,
  hash: `hash-${n}`,
  createdAt: `2026-12-03T0${n}:00:00.000Z`,
  createdBy: 'admin',
  reason: 'test',
  retiredAt: null,
  retiredBy: null,
  retiredReason: null,
});

describe('served sets', () => {
  it('are the seeds while nothing is published', () => {
    const { sets } = servedSets(catalog.sets, catalog.facts, []);
    expect([...sets.values()].map((s) => [s.definition.id, s.version])).toEqual([['tajik-border-security', 1]]);
  });

  it('serve the latest version, and pass over one that no longer compiles, reporting it', () => {
    const v2 = seedDoc();
    (v2.hypotheses[0] as { label: string }).label = 'The CSTO acts first, as a bloc';
    const v3 = seedDoc();
    (v3.hypotheses[1] as { indicators: { condition: unknown }[] }).indicators[0] = {
      ...((v3.hypotheses[1] as { indicators: object[] }).indicators[0] as object),
      condition: { op: 'eq', of: { fact: 'a.fact_no_longer_known' }, value: true },
    };
    const { sets, unserved } = servedSets(catalog.sets, catalog.facts, [
      version(1, seedDoc()),
      version(2, v2),
      version(3, v3),
    ]);
    const served = sets.get('tajik-border-security') as CompiledSet;
    expect(served.version).toBe(2);
    expect(served.hypotheses[0]?.definition.label).toBe('The CSTO acts first, as a bloc');
    expect(unserved.map((u) => [u.version, u.problems[0]?.path])).toEqual([
      [3, 'hypotheses.1.indicators.0.condition.of.fact'],
    ]);
  });

  it('serve the latest version not retired, and drop a set whose every version is retired', () => {
    const v2 = { ...version(2, seedDoc()), retiredAt: '2026-12-03T05:00:00.000Z', retiredBy: 'admin' };
    expect(
      servedSets(catalog.sets, catalog.facts, [version(1, seedDoc()), v2]).sets.get('tajik-border-security')?.version,
    ).toBe(1);
    const v1 = { ...version(1, seedDoc()), retiredAt: '2026-12-03T05:00:00.000Z', retiredBy: 'admin' };
    expect(servedSets(catalog.sets, catalog.facts, [v1, v2]).sets.has('tajik-border-security')).toBe(false);
  });

  it('add sets first published live after the seeds', () => {
    const copy = { ...seedDoc(), id: 'live-copy' };
    const { sets } = servedSets(catalog.sets, catalog.facts, [version(1, copy, 'live-copy')]);
    expect([...sets.keys()]).toEqual(['tajik-border-security', 'live-copy']);
  });
});
