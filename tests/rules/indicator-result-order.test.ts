// A brief's JSON is its bytes: ETags, cached entries and feeds compare them. Each indicator's
// fields come out in the order its published schema lists them, optional ones in place when
// present, however the result is built.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/brief/brief';
import { catalog } from '../../src/catalog/catalog';
import { IndicatorResultSchema } from '../../src/rules/evaluate';

const ORDER = Object.keys(IndicatorResultSchema.entries);

describe('an indicator in a brief', () => {
  it('lists its fields in the schema’s order, for every indicator of every scenario', () => {
    let optional = 0;
    for (const scenario of catalog.scenarios.values()) {
      for (const asOf of ['2021-07-01', catalog.facts.latestDate, '2023-01-01']) {
        for (const indicator of buildBrief(scenario, catalog.facts, catalog.version, { asOf }).indicators) {
          const keys = Object.keys(indicator);
          expect(keys).toEqual(ORDER.filter((k) => k in indicator));
          if ('ifNotMet' in indicator || 'group' in indicator) optional++;
          expect(v.safeParse(v.strictObject(IndicatorResultSchema.entries), indicator).success).toBe(true);
        }
      }
    }
    // The optional fields are exercised, not only the required ones.
    expect(optional).toBeGreaterThan(0);
  });
});
