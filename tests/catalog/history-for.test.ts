// History is computed once per catalog snapshot and day, and recomputed when either changes.
import { describe, expect, it } from 'vitest';
import { historyOf } from '../../src/brief/history';
import { withObservationsApplied } from '../../src/catalog/build-catalog';
import { catalog } from '../../src/catalog/catalog';
import { historyFor } from '../../src/catalog/history-for';
import type { Observation } from '../../src/facts/observation';

/** The CSTO agreeing in October 2021: it moves this scenario's history. */
const agreed: Observation = {
  id: 'obs-1',
  factId: 'csto.response_to_request',
  value: 'agreed',
  date: '2021-10-20',
  source: {
    title: 'A later report',
    publisher: 'A news agency',
    url: 'https://news.example/agreed',
    published: '2021-10-20',
    quote: 'The CSTO agreed to help.',
  },
  createdAt: '2026-11-28T09:00:00.000Z',
  retractedAt: null,
  retractedBy: null,
};

const scenario = catalog.scenarios.get('csto-non-response');
if (!scenario) throw new Error('csto-non-response missing');

describe('historyFor', () => {
  it('computes once per catalog and day, with what historyOf gives', () => {
    const first = historyFor(catalog, scenario, '2026-11-28');
    expect(first).toEqual(historyOf(scenario, catalog.facts, '2026-11-28'));
    expect(historyFor(catalog, scenario, '2026-11-28')).toBe(first);
  });

  it('recomputes when the day turns', () => {
    const before = historyFor(catalog, scenario, '2026-11-28');
    const after = historyFor(catalog, scenario, '2026-11-29');
    expect(after).not.toBe(before);
    expect(after.at(-1)?.date).toBe('2026-11-29');
  });

  it('recomputes for a new catalog snapshot', () => {
    const withObservation = withObservationsApplied(catalog, [agreed]);
    expect(historyFor(withObservation, scenario, '2026-11-28')).toEqual(
      historyOf(scenario, withObservation.facts, '2026-11-28'),
    );
    expect(historyFor(withObservation, scenario, '2026-11-28')).not.toEqual(
      historyFor(catalog, scenario, '2026-11-28'),
    );
  });
});
