// An indicator weighs on a judgment whether it is met or known not met (two-sided evidence). Its
// label says what it tests, not what was found: where a brief names a weighty indicator that is
// known not met, as a key assumption or among the confidence reasons, it must say so, or the
// reader takes the label's claim for the reading (found by an analyst's read of a what-if brief).
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/brief/brief';
import { catalog } from '../../src/catalog/catalog';
import type { CompiledScenario } from '../../src/rules/compile-scenario';

const scenario = catalog.scenarios.get('csto-non-response') as CompiledScenario;
// The article records the Chief of the Joint Staff saying CSTO involvement is not required; the
// what-if assumes the opposite, so the indicator over that statement is known not met.
const brief = buildBrief(scenario, catalog.facts, catalog.version, {
  asOf: '2021-08-01',
  assumptions: new Map([['csto.involvement_required', true]]),
});
const notNeeded = brief.indicators.find((i) => i.id === 'joint-staff-says-not-needed');

describe('a weighty indicator known not met', () => {
  it('is one of the key indicators of this brief (the premise of the tests below)', () => {
    expect(notNeeded?.status).toBe('not-met');
    expect(brief.confidence.keyIndicatorIds).toContain('joint-staff-says-not-needed');
  });

  it('is a key assumption that it does not hold, not that it does', () => {
    const key = brief.keyAssumptions.find((k) => k.kind === 'indicator' && k.indicatorId === notNeeded?.id);
    expect(key?.text).toBe(
      `Key assumption: that “${notNeeded?.label}” does not hold (a what-if assumption for this brief). If the opposite were recorded, the judgment would move to likely (72%).`,
    );
  });

  it('is named among the weightiest as not holding', () => {
    const weightiest = brief.confidence.reasons.find((r) => r.startsWith('The weightiest:'));
    expect(weightiest).toContain(`“${notNeeded?.label}” does not hold (a what-if assumption)`);
  });

  it('leaves a met indicator’s wording as it was', () => {
    const met = brief.keyAssumptions.find((k) => k.kind === 'indicator' && k.status === 'met');
    expect(met?.text).toMatch(/^Key assumption: “[^”]+” \([^)]+\)\. If the opposite were recorded, the judgment /);
  });
});
