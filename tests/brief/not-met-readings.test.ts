// An indicator weighs on a judgment whether it is met or known not met (two-sided evidence). Its
// label says what it tests, not what was found: where a brief names a weighty indicator that is
// known not met, as a key assumption or among the confidence reasons, it must say so, or the
// reader takes the label's claim for the reading (found by an analyst's read of a what-if brief).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/brief/brief';
import { assessConfidence } from '../../src/brief/confidence';
import { catalog } from '../../src/catalog/catalog';
import { factsAsOf } from '../../src/facts/fact-base';
import { addDays } from '../../src/facts/partial-date';
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

  it('is named in the bottom line where it weighs most against, as not holding', () => {
    // Known not met, it applies its ifNotMet ratio (×0.4), more than the request met (×0.67).
    expect(notNeeded?.appliedRatio).toBeLessThan(
      Math.min(...brief.indicators.filter((i) => i.id !== notNeeded?.id).map((i) => i.appliedRatio)),
    );
    expect(brief.bottomLine.evidence).toContain(
      `the one that weighs most against it is that “${notNeeded?.label}” does not hold.`,
    );
  });
});

describe('the indicators a bottom line names as weighing most', () => {
  it('are those that move the judgment most each way, met or not, on any day and under any what-if', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...catalog.scenarios.keys()),
        fc.integer({ min: 0, max: 200 }),
        fc.constantFrom<[string, unknown][]>(
          [],
          [['csto.involvement_required', true]],
          [['tj.csto_request', 'declined']],
        ),
        (id, n, assumed) => {
          const s = catalog.scenarios.get(id) as CompiledScenario;
          const b = buildBrief(s, catalog.facts, catalog.version, {
            asOf: addDays('2021-07-25', n),
            assumptions: new Map(assumed) as never,
          });
          const ratios = b.indicators.filter((i) => i.status !== 'unknown').map((i) => i.appliedRatio);
          const most = Math.max(1, ...ratios);
          const least = Math.min(1, ...ratios);
          const named = (i: { label: string; status: string }) =>
            i.status === 'not-met' ? `that “${i.label}” does not hold` : `“${i.label}”`;
          if (most > 1) {
            const top = b.indicators.find((i) => i.status !== 'unknown' && i.appliedRatio === most);
            expect(b.bottomLine.evidence).toContain(`weighs most for it is ${named(top as never)}`);
          } else expect(b.bottomLine.evidence).not.toContain('weighs most for it');
          if (least < 1) {
            const bottom = b.indicators.find((i) => i.status !== 'unknown' && i.appliedRatio === least);
            expect(b.bottomLine.evidence).toMatch(
              new RegExp(`weighs most against it is ${escaped(named(bottom as never))}`),
            );
          } else expect(b.bottomLine.evidence).not.toContain('weighs most against it');
        },
      ),
      { numRuns: 120 },
    );
  });
});

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('the confidence statement naming a weighty indicator on a judged fact', () => {
  it('names it as not holding where it is known not met', () => {
    const advance = buildBrief(
      catalog.scenarios.get('taliban-border-advance') as CompiledScenario,
      catalog.facts,
      catalog.version,
      { asOf: '2021-08-01' },
    );
    const judged = advance.indicators.find((i) => i.id === 'government-loses-north');
    // The premise: as recorded, the statement names this met indicator by its label.
    expect(advance.confidence.statement).toContain(`indicators, “${judged?.label}”, is the author’s own assessment`);
    // The same indicator known not met, with the ratio it would then apply.
    const flipped = advance.indicators.map((i) =>
      i.id === judged?.id ? { ...i, status: 'not-met' as const, appliedRatio: 1 / i.appliedRatio } : i,
    );
    const facts = factsAsOf(catalog.facts, '2021-08-01', new Map());
    const confidence = assessConfidence(flipped, facts, catalog.facts.sources);
    expect(confidence.statement).toContain(
      `one of the judgment's weightiest readings, that “${judged?.label}” does not hold, is the author’s own assessment`,
    );
  });
});
