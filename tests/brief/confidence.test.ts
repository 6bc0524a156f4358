// Confidence rules: share of indicators known, independent sources, hedged facts.
import { describe, expect, it } from 'vitest';
import { assessConfidence } from '../../src/brief/confidence';
import type { FactRecord } from '../../src/facts/fact-record';
import type { Certainty } from '../../src/facts/vocabulary';
import type { IndicatorResult, IndicatorStatus } from '../../src/rules/evaluate';

function fact(id: string, sourceId: string, certainty: Certainty = 'stated'): FactRecord {
  return {
    id,
    statement: `Statement of ${id}.`,
    type: 'boolean',
    value: true,
    unit: null,
    qualifier: 'exact',
    date: '2021-07-05',
    actors: ['x'],
    tags: ['y'],
    certainty,
    citations: [{ sourceId, quote: 'A quote of ten or more.', start: 0, end: 23 }],
    derived: false,
  };
}

function indicator(factId: string, status: IndicatorStatus): IndicatorResult {
  return {
    id: `i-${factId}`,
    label: factId,
    direction: 'raises',
    weight: 2,
    rationale: 'A rationale long enough.',
    status,
    factIds: [factId],
    reads: status === 'unknown' ? [{ factId, known: false }] : [{ factId, known: true, value: true }],
    explanation: '',
  };
}

const facts = new Map(
  [fact('a', 's1'), fact('b', 's2'), fact('c', 's1'), fact('d', 's2'), fact('h', 's1', 'uncertain')].map((f) => [
    f.id,
    f,
  ]),
);

describe('confidence', () => {
  it('is high with most indicators known, two sources and few hedges', () => {
    const c = assessConfidence(
      ['a', 'b', 'c', 'd'].map((id) => indicator(id, 'met')),
      facts,
    );
    expect(c).toMatchObject({ level: 'high', knownIndicators: 4, totalIndicators: 4, sourceIds: ['s1', 's2'] });
  });

  it('is capped at moderate by a single source', () => {
    const c = assessConfidence(
      ['a', 'c'].map((id) => indicator(id, 'met')),
      facts,
    );
    expect(c.level).toBe('moderate');
    expect(c.reasons.join(' ')).toMatch(/single source/);
  });

  it('is moderate when more than a quarter of the known indicators rest on hedged facts', () => {
    const c = assessConfidence(
      ['a', 'b', 'h'].map((id) => indicator(id, 'met')),
      facts,
    );
    expect(c).toMatchObject({ level: 'moderate', hedgedIndicators: 1 });
  });

  it('is moderate below 80 % known and low below half known', () => {
    const known = ['a', 'b', 'c'].map((id) => indicator(id, 'not-met'));
    expect(assessConfidence([...known, indicator('z', 'unknown')], facts).level).toBe('moderate');
    expect(
      assessConfidence([indicator('a', 'met'), indicator('y', 'unknown'), indicator('z', 'unknown')], facts).level,
    ).toBe('low');
  });

  it('counts only sources of known indicators', () => {
    const c = assessConfidence([indicator('a', 'met'), indicator('b', 'unknown')], facts);
    expect(c.sourceIds).toEqual(['s1']);
  });
});
