// factsAsOf keeps each assumption-free reading per fact base (a base never changes once built).
// What must hold: a kept reading is the reading itself, whatever was read before it and in what
// order, and past the bound; a reading of one base never answers for another; and a what-if on a
// fact no settling condition rests on leaves the question's resolution as recorded (and, more
// generally, an assumption reaches only the facts it is behind).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/brief/brief';
import { withObservationsApplied } from '../../src/catalog/build-catalog';
import { catalog } from '../../src/catalog/catalog';
import { factsAsOf, factsBehind } from '../../src/facts/fact-base';
import type { Observation } from '../../src/facts/observation';
import { addDays } from '../../src/facts/partial-date';
import { STATUSES } from '../../src/facts/vocabulary';
import type { CompiledScenario } from '../../src/rules/compile-scenario';

const FIRST_DAY = '2021-06-01';
const day = fc.integer({ min: 0, max: 1000 }).map((n) => addDays(FIRST_DAY, n));
const NONE = new Map();

/** An observation of the CSTO's answer, so a base built with it differs from the content's. */
function agreed(date: string): Observation {
  return {
    id: `obs-${date}`,
    factId: 'csto.response_to_request',
    value: 'agreed',
    date,
    source: {
      title: `The CSTO agrees (${date})`,
      publisher: 'A news agency',
      url: `https://news.example/agreed-${date}`,
      published: date,
      quote: `CSTO members agreed on ${date} to send assistance to secure the border.`,
    },
    createdAt: '2026-11-28T09:00:00.000Z',
    retractedAt: null,
    retractedBy: null,
  };
}

/** The reading from a base built afresh (so nothing is kept for it yet): what a kept one must equal. */
const fresh = (asOf: string, until: string, observations: Observation[]) =>
  factsAsOf(withObservationsApplied(catalog, observations).facts, asOf, NONE, until);

describe('kept readings of the facts', () => {
  it('equal a fresh reading, in any order of reading, repeats included', () => {
    const observations = [agreed('2021-10-20')];
    const live = withObservationsApplied(catalog, observations);
    fc.assert(
      fc.property(fc.array(fc.tuple(day, day), { minLength: 1, maxLength: 8 }), (reads) => {
        for (const [a, b] of [...reads, ...reads.slice().reverse()]) {
          const kept = factsAsOf(live.facts, a, NONE, b);
          expect(kept).toEqual(fresh(a, b, observations));
          // Asked again, the same reading: kept, not recomputed.
          expect(factsAsOf(live.facts, a, NONE, b)).toBe(kept);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('stay right past the bound, where the oldest are let go', () => {
    const days = Array.from({ length: 300 }, (_, n) => addDays(FIRST_DAY, n * 3));
    const first = factsAsOf(catalog.facts, days[0] as string, NONE);
    for (const d of days) factsAsOf(catalog.facts, d, NONE);
    // The first reading has been let go: it is computed again, equal to what it was.
    const again = factsAsOf(catalog.facts, days[0] as string, NONE);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    for (const d of [days[0], days[150], days[299]] as string[])
      expect(factsAsOf(catalog.facts, d, NONE)).toEqual(fresh(d, d, []));
  });

  it('keep the readings in use: a reading read again outlasts the dates read once since', () => {
    const live = withObservationsApplied(catalog, [agreed('2021-11-02')]);
    const inUse = factsAsOf(live.facts, '2021-08-01', NONE);
    for (let n = 1; n <= 400; n++) {
      factsAsOf(live.facts, addDays('2022-01-01', n), NONE);
      if (n % 50 === 0) expect(factsAsOf(live.facts, '2021-08-01', NONE)).toBe(inUse);
    }
    // 400 other dates were read, more than are kept, and the one in use is still kept.
    expect(factsAsOf(live.facts, '2021-08-01', NONE)).toBe(inUse);
  });

  it('belong to their own base: a record added later moves the new base only', () => {
    const asOf = '2021-11-01';
    const before = factsAsOf(catalog.facts, asOf, NONE);
    const live = withObservationsApplied(catalog, [agreed('2021-10-20')]);
    expect(factsAsOf(live.facts, asOf, NONE).get('csto.response_to_request')?.value).toBe('agreed');
    expect(factsAsOf(catalog.facts, asOf, NONE)).toEqual(before);
    expect(before.get('csto.response_to_request')?.value).not.toBe('agreed');
  });

  it('are not used for a what-if: assumptions are read afresh', () => {
    const asOf = '2021-11-01';
    const plain = factsAsOf(catalog.facts, asOf, NONE);
    const assumed = factsAsOf(catalog.facts, asOf, new Map([['csto.response_to_request', 'agreed']]));
    expect(assumed).not.toBe(plain);
    expect(assumed.get('csto.response_to_request')).toMatchObject({ value: 'agreed', assumed: true });
    expect(factsAsOf(catalog.facts, asOf, NONE)).toBe(plain);
  });
});

describe('a what-if on a fact no settling condition rests on', () => {
  it('leaves the resolution, and the day it is judged as of, as recorded', () => {
    const cases = [...catalog.scenarios.values()].flatMap((scenario) => {
      const behind = factsBehind(catalog.facts, scenario.resolutionFactIds);
      const free = [...catalog.facts.types].filter(
        ([id, t]) => !t.derived && !behind.has(id) && ['number', 'boolean', 'status'].includes(t.type),
      );
      return free.map(([id, t]) => ({ scenario, id, type: t.type }));
    });
    expect(cases.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.constantFrom(...cases), day, fc.boolean(), ({ scenario, id, type }, asOf, unknown) => {
        const value = unknown ? null : type === 'number' ? 4321 : type === 'boolean' ? true : STATUSES[0];
        const brief = (assumptions: Map<string, unknown>) =>
          buildBrief(scenario as CompiledScenario, catalog.facts, catalog.version, {
            asOf,
            assumptions: assumptions as never,
          });
        const recorded = brief(new Map());
        const whatIf = brief(new Map([[id, value]]));
        expect({ resolution: whatIf.resolution, judgedAsOf: whatIf.judgedAsOf }).toEqual({
          resolution: recorded.resolution,
          judgedAsOf: recorded.judgedAsOf,
        });
      }),
      { numRuns: 150 },
    );
  });
});

describe('the facts behind a fact', () => {
  it('are all an assumption can reach: assuming any other fact leaves its record as it was', () => {
    const ids = [...catalog.facts.types.keys()];
    const recordable = [...catalog.facts.types].filter(
      ([, t]) => !t.derived && ['number', 'boolean', 'status'].includes(t.type),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...ids),
        fc.constantFrom(...recordable),
        day,
        fc.boolean(),
        (id, [other, t], asOf, unknown) => {
          fc.pre(!factsBehind(catalog.facts, [id]).has(other));
          const value = unknown ? null : t.type === 'number' ? 4321 : t.type === 'boolean' ? true : STATUSES[0];
          const assumed = factsAsOf(catalog.facts, asOf, new Map([[other, value as never]]));
          expect(assumed.get(id)).toEqual(factsAsOf(catalog.facts, asOf, NONE).get(id));
        },
      ),
      { numRuns: 300 },
    );
  });
});
