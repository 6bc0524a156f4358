// The one rule every versioned document (scenario, question set) is served by, on stand-in
// documents: the latest version not retired that compiles, else the one before, else the seed's
// file unless its version 1 was retired; and when retiring a version must be refused.
import { describe, expect, it } from 'vitest';
import { type Compiled, retirementRefusal, servedVersions } from '../../src/catalog/served-versions';

interface Stored {
  id: string;
  version: number;
  createdAt: string;
  retiredAt: string | null;
  compiles: boolean;
}

const stored = (id: string, version: number, compiles = true, retiredAt: string | null = null): Stored => ({
  id,
  version,
  createdAt: `2026-12-0${version}T00:00:00Z`,
  retiredAt,
  compiles,
});
const compile = (v: Stored): Compiled<string> =>
  v.compiles ? { compiled: `${v.id}@${v.version}` } : { problems: [{ path: 'x', message: 'reads a retracted fact' }] };
const serve = (seeds: Record<string, string>, versions: Stored[]) =>
  servedVersions(new Map(Object.entries(seeds)), versions, (v) => v.id, compile);

describe('the versions served', () => {
  it('are the seeds when nothing is stored, then the latest version that compiles, reporting those passed over', () => {
    expect([...serve({ a: 'a@file' }, []).served]).toEqual([['a', 'a@file']]);
    const { served, unserved } = serve({ a: 'a@file' }, [stored('a', 1), stored('a', 2), stored('a', 3, false)]);
    expect(served.get('a')).toBe('a@2');
    expect(unserved).toEqual([{ id: 'a', version: 3, problems: [{ path: 'x', message: 'reads a retracted fact' }] }]);
  });

  it('fall back to the seed file when every stored version fails, unless version 1 was retired', () => {
    expect(serve({ a: 'a@file' }, [stored('a', 1, false), stored('a', 2, false)]).served.get('a')).toBe('a@file');
    const retired = serve({ a: 'a@file' }, [stored('a', 1, true, '2026-12-03'), stored('a', 2, false)]);
    expect(retired.served.has('a')).toBe(false);
  });

  it('add documents published live, in the order they were first published', () => {
    const { served } = serve({ a: 'a@file' }, [stored('c', 2), stored('b', 1)]);
    expect([...served.keys()]).toEqual(['a', 'b', 'c']);
  });
});

describe('retiring a version', () => {
  const stuck = [{ version: 1, problems: [{ path: 'x', message: 'reads a retracted fact' }] }];
  it('is refused when the document would be left with only versions that do not compile, naming them', () => {
    expect(retirementRefusal('a', 2, false, stuck)).toBe(
      'Retiring version 2 of a would fall back to version 1 (reads a retracted fact), which no longer compiles against the facts: publish a version that does, or retire those too, first.',
    );
  });

  it('is allowed when the document is still served, or nothing was passed over', () => {
    expect(retirementRefusal('a', 2, true, stuck)).toBeUndefined();
    expect(retirementRefusal('a', 2, false, [])).toBeUndefined();
  });
});
