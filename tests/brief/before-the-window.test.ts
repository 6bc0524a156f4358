// A question is posed as of the day its window opens, and may name what happened before then
// ("Tajikistan's July 7, 2021 request"). A brief dated before that day (a back-test) gives the
// base rate for a question nobody could have asked yet in those words: it must say so, not read
// as a judgment made on the day (found by an analyst's read of csto-non-response as of 1 July 2021).
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/brief/brief';
import { catalog } from '../../src/catalog/catalog';
import { setBriefFor } from '../../src/catalog/set-brief-for';
import { addDays } from '../../src/facts/partial-date';

const POSED =
  /^The question is posed as of (.+), when its window opens: this brief, as of (.+), comes before that, and the question may name developments after its date\.$/;

describe('a brief dated before its question’s window opens', () => {
  it('warns that the question is posed later, with both days', () => {
    const scenario = catalog.scenarios.get('csto-non-response');
    if (!scenario) throw new Error('missing scenario');
    const b = buildBrief(scenario, catalog.facts, catalog.version, { asOf: '2021-07-01' });
    expect(b.warnings).toContain(
      'The question is posed as of 31 July 2021, when its window opens: this brief, as of 1 July 2021, comes before that, and the question may name developments after its date.',
    );
    expect(b.tradecraft.checks.filter((c) => !c.passed)).toEqual([]);
  });

  it('warns exactly on the days before the window opens, for every scenario', () => {
    for (const scenario of catalog.scenarios.values()) {
      const opens = scenario.definition.horizon.opens;
      for (const asOf of [addDays(opens, -30), addDays(opens, -1), opens, addDays(opens, 1)]) {
        const b = buildBrief(scenario, catalog.facts, catalog.version, { asOf });
        const warned = b.warnings.some((w) => POSED.test(w));
        expect(warned, `${scenario.definition.id} as of ${asOf}`).toBe(asOf < opens);
      }
    }
  });
});

describe('a question-set brief dated before its window opens', () => {
  it('warns as a scenario brief does, and only then', () => {
    const set = catalog.sets.get('tajik-border-security');
    if (!set) throw new Error('missing set');
    const opens = set.definition.horizon.opens;
    for (const asOf of [addDays(opens, -30), addDays(opens, -1), opens, addDays(opens, 1)]) {
      const b = setBriefFor(catalog, set, { asOf }, asOf);
      expect(
        b.warnings.some((w) => POSED.test(w)),
        `as of ${asOf}`,
      ).toBe(asOf < opens);
    }
  });
});
