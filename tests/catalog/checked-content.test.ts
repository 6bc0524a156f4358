import { describe, expect, it } from 'vitest';
import checkedFile from '../../assets/content.json';
import { buildCatalog } from '../../src/catalog/build-catalog';
import { catalog } from '../../src/catalog/catalog';
import { checkContent } from '../../src/catalog/checked-content';
import { FACT_FILES, SCENARIO_FILES, SET_FILES } from '../../src/catalog/content-files';
import { ContentError } from '../../src/facts/content-error';

describe('checked content (what the worker starts from)', () => {
  it('assets/content.json is what the authored files check to', () => {
    expect(
      checkedFile,
      'assets/content.json is out of date with scenarios/ or the code that checks it: run `npm run content`',
    ).toEqual(checkContent(FACT_FILES, SCENARIO_FILES, SET_FILES));
  });

  it('applies the schemas’ defaults, so skipping validation at start-up loses nothing', () => {
    const cited = checkedFile.cited.data as { certainty?: string; type: string; qualifier?: string }[];
    expect(cited.every((f) => f.certainty !== undefined)).toBe(true);
    expect(cited.filter((f) => f.type === 'number').every((f) => f.qualifier !== undefined)).toBe(true);
    // Authored files leave some defaults out: otherwise this test would show nothing.
    const authored = FACT_FILES.cited.data as { certainty?: string }[];
    expect(authored.some((f) => f.certainty === undefined)).toBe(true);
  });

  it('gives the service the catalog that validating the authored files gives', () => {
    const validated = buildCatalog(FACT_FILES, SCENARIO_FILES, SET_FILES);
    expect(catalog.version).toEqual(validated.version);
    expect([...catalog.sets.keys()]).toEqual([...validated.sets.keys()]);
    expect(catalog.sets.size).toBeGreaterThan(0);
    expect(catalog.facts).toEqual(validated.facts);
    expect([...catalog.scenarios.keys()]).toEqual([...validated.scenarios.keys()]);
    expect(catalog.citingFacts).toEqual(validated.citingFacts);
    expect(catalog.current.facts).toEqual(validated.current.facts);
    for (const id of catalog.scenarios.keys()) expect(catalog.current.brief(id)).toEqual(validated.current.brief(id));
  });

  it('fails on broken content, naming the file and the path', () => {
    const [first, ...rest] = SCENARIO_FILES;
    expect(first?.file).toMatch(/^scenarios\/[a-z0-9-]+\.json$/);
    const broken = {
      ...first,
      data: { ...(first?.data as object), horizon: 'soon' },
    } as (typeof SCENARIO_FILES)[number];
    expect(() => checkContent(FACT_FILES, [broken, ...rest])).toThrow(ContentError);
    expect(() => checkContent(FACT_FILES, [broken, ...rest])).toThrow(`${first?.file}: horizon`);
  });
});

describe('the state at the default date', () => {
  it('computes a brief on its first use and keeps it', () => {
    const fresh = buildCatalog(FACT_FILES, SCENARIO_FILES, SET_FILES);
    const brief = fresh.current.brief('csto-non-response');
    expect(brief?.scenario.id).toBe('csto-non-response');
    expect(fresh.current.brief('csto-non-response')).toBe(brief);
    expect(fresh.current.facts).toBe(fresh.current.facts);
  });

  it('has no brief for an unknown scenario', () => {
    expect(catalog.current.brief('no-such-scenario')).toBeUndefined();
  });
});
