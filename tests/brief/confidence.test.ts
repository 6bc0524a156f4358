// The confidence rule (src/brief/confidence.ts), branch by branch, on small hand-made cases a
// reviewer can check by hand: share known, origins (not ids), soft support, and the single
// argued piece whose key indicator is the author's judgment.
import { describe, expect, it } from 'vitest';
import { assessConfidence, keyIndicators } from '../../src/brief/confidence';
import type { FactRecord } from '../../src/facts/fact-record';
import type { SourceMeta } from '../../src/facts/schema';
import type { Source } from '../../src/facts/sources';
import type { Certainty, Genre } from '../../src/facts/vocabulary';
import type { IndicatorResult, IndicatorStatus } from '../../src/rules/evaluate';

function source(id: string, publisher: string, genre?: Genre, origin?: string): [string, Source] {
  const meta: SourceMeta = {
    id,
    title: `Title of ${id}`,
    publisher,
    authors: [],
    published: '2021-07',
    url: `https://example.org/${id}`,
    language: 'en',
    ...(genre ? { genre } : {}),
    ...(origin ? { origin } : {}),
  };
  return [id, { meta, text: 'A quote of ten or more.' }];
}

const sources = new Map([
  source('s1', 'Wire One', 'wire-report'),
  source('s2', 'Paper Two', 'news-report'),
  // Republishes Wire One's story: the same origin under another id and publisher.
  source('s3', 'Paper Three', 'news-report', 'Wire One'),
  source('essay', 'The Review', 'analysis'),
  source('essay2', 'the  review', 'opinion'),
]);

function fact(id: string, sourceId: string, certainty: Certainty = 'stated', assumed = false): FactRecord {
  return {
    id,
    statement: `Statement of ${id}.`,
    type: 'boolean',
    value: true,
    unit: null,
    qualifier: 'exact',
    date: '2021-07-05',
    known: '2021-07-31',
    actors: ['x'],
    tags: ['y'],
    certainty,
    citations: assumed ? [] : [{ sourceId, quote: 'A quote of ten or more.', start: 0, end: 23 }],
    derived: false,
    ...(assumed ? { assumed: true } : {}),
  };
}

function indicator(factId: string, status: IndicatorStatus, weight = 2): IndicatorResult {
  return {
    id: `i-${factId}`,
    label: `Label of ${factId}`,
    direction: 'raises',
    weight,
    rationale: 'A rationale long enough.',
    status,
    factIds: [factId],
    reads: status === 'unknown' ? [{ factId, known: false }] : [{ factId, known: true, value: true }],
    explanation: '',
    // A raising indicator with no ratio for absence: it applies its weight when met, nothing otherwise.
    appliedRatio: status === 'met' ? weight : 1,
  };
}

const facts = new Map(
  [
    fact('a', 's1'),
    fact('b', 's2'),
    fact('c', 's1'),
    fact('d', 's2'),
    fact('e', 's2'),
    fact('r', 's3'),
    fact('h', 's1', 'uncertain'),
    fact('rep', 's2', 'reported'),
    fact('x1', 'essay'),
    fact('x2', 'essay'),
    fact('xa', 'essay', 'assessment'),
    fact('y1', 'essay2'),
    fact('w', '', 'stated', true),
  ].map((f) => [f.id, f]),
);

const met = (...ids: string[]) => ids.map((id) => indicator(id, 'met'));

describe('confidence', () => {
  it('is high with most indicators known, two origins, stated key indicators and few soft ones', () => {
    const c = assessConfidence(met('a', 'b', 'c', 'd'), facts, sources);
    expect(c).toMatchObject({
      level: 'high',
      knownIndicators: 4,
      totalIndicators: 4,
      sourceIds: ['s1', 's2'],
      origins: ['Paper Two', 'Wire One'],
      hedgedIndicators: 0,
    });
    expect(c.statement).toBe(
      'Confidence in this judgment is high: 4 of the 4 indicators are known, 2 independent origins back them, and the weightiest rest on stated facts.',
    );
  });

  it('counts sources by origin, not by id: a republished wire story adds nothing', () => {
    // s1 and s3 are both Wire One's: one origin, so confidence stops at moderate.
    const c = assessConfidence(met('a', 'r', 'c'), facts, sources);
    expect(c.sourceIds).toEqual(['s1', 's3']);
    expect(c.origins).toEqual(['Wire One']);
    expect(c.level).toBe('moderate');
    expect(c.reasons.join(' ')).toContain(
      'one origin, Wire One: one origin can give no more than moderate confidence.',
    );
    expect(c.statement).toContain('2 documents from one origin, Wire One');
  });

  it('is not high when a key indicator is soft, though the soft share is small', () => {
    // Key: the three heaviest. The reported one is among them.
    const indicators = [
      indicator('rep', 'met', 3),
      indicator('a', 'met', 2),
      indicator('b', 'met', 2),
      indicator('c', 'met', 1.1),
      indicator('d', 'met', 1.1),
    ];
    const c = assessConfidence(indicators, facts, sources);
    expect(c.keyIndicatorIds).toEqual(['i-rep', 'i-a', 'i-b']);
    expect(c).toMatchObject({ level: 'moderate', hedgedIndicators: 1 });
    expect(c.statement).toContain('one of the weightiest, “Label of rep”, rests on a second-hand report');
  });

  it('is moderate when more than a quarter of the known indicators are soft', () => {
    const indicators = [indicator('a', 'met', 3), indicator('b', 'met', 3), indicator('c', 'met', 3)];
    indicators.push(indicator('h', 'met', 1.1), indicator('rep', 'met', 1.1));
    const c = assessConfidence(indicators, facts, sources);
    expect(c).toMatchObject({ level: 'moderate', hedgedIndicators: 2 });
    expect(c.basis).toMatchObject({ stated: 3, uncertain: 1, reported: 1, assumed: 0 });
  });

  it('is low when more than half of the known indicators are soft', () => {
    const c = assessConfidence(met('h', 'rep', 'a'), facts, sources);
    expect(c).toMatchObject({ level: 'low', hedgedIndicators: 2 });
    expect(c.statement).toBe(
      'Confidence in this judgment is low: 2 of the 3 known indicators rest on second-hand reports or judgments rather than stated facts.',
    );
  });

  it('is low below half known, and moderate between half and 80 %', () => {
    const known = met('a', 'b', 'c');
    expect(assessConfidence([...known, indicator('z', 'unknown')], facts, sources).level).toBe('moderate');
    const sparse = assessConfidence(
      [indicator('a', 'met'), indicator('y', 'unknown'), indicator('z', 'unknown')],
      facts,
      sources,
    );
    expect(sparse.level).toBe('low');
    expect(sparse.statement).toBe('Confidence in this judgment is low: only 1 of the 3 indicators is known.');
  });

  it('is low when one argued piece carries the case, and names a key indicator that is its author’s judgment', () => {
    const c = assessConfidence([indicator('xa', 'met', 3), ...met('x1', 'x2')], facts, sources);
    expect(c.origins).toEqual(['The Review']);
    expect(c.level).toBe('low');
    expect(c.statement).toBe(
      "Confidence in this judgment is low: the judgment rests on one analysis piece in The Review (July 2021), whose author is not recorded, which argues a case; and one of the judgment's weightiest indicators, “Label of xa”, is the author’s own assessment.",
    );
  });

  it('is low for one argued piece even when its key indicators are stated facts: nothing checks them', () => {
    const c = assessConfidence(met('x1', 'x2'), facts, sources);
    expect(c).toMatchObject({ level: 'low', hedgedIndicators: 0 });
    expect(c.statement).toBe(
      "Confidence in this judgment is low: the judgment rests on one analysis piece in The Review (July 2021), whose author is not recorded, which argues a case: even its stated facts are its author's assertions, with no second origin to check them.",
    );
    // A second origin lifts the cap: with a wire report beside it, stated facts from two origins.
    expect(assessConfidence(met('x1', 'x2', 'a', 'b'), facts, sources).level).toBe('high');
  });

  it('treats the same publisher written differently as one origin', () => {
    const c = assessConfidence(met('x1', 'y1'), facts, sources);
    expect(c.origins).toHaveLength(1);
    // Both documents argue (analysis, opinion): one argued origin, so low.
    expect(c.level).toBe('low');
    expect(c.statement).toContain('2 documents from one origin, The Review');
  });

  it('counts a what-if assumption as neither a source nor soft, and says so', () => {
    const c = assessConfidence(met('w', 'a', 'b'), facts, sources);
    expect(c).toMatchObject({ assumedIndicators: 1, hedgedIndicators: 0, sourceIds: ['s1', 's2'] });
    expect(c.reasons.join(' ')).toContain('1 of 3 known indicators rest on what-if assumptions');
    const onlyAssumed = assessConfidence(met('w'), facts, sources);
    expect(onlyAssumed.level).toBe('low');
    expect(onlyAssumed.statement).toContain('no known indicator rests on a cited source');
  });

  it('counts only the sources of known indicators', () => {
    const c = assessConfidence([indicator('a', 'met'), indicator('b', 'unknown')], facts, sources);
    expect(c.sourceIds).toEqual(['s1']);
  });

  it('takes as key the three known indicators that move the judgment most; unmet ones move nothing', () => {
    const key = keyIndicators([
      indicator('a', 'met', 1.2),
      indicator('b', 'not-met', 9),
      indicator('c', 'met', 4),
      indicator('d', 'met', 2),
      indicator('e', 'met', 3),
    ]);
    expect(key.map((i) => i.id)).toEqual(['i-c', 'i-e', 'i-d']);
  });

  it('never states a likelihood in its statement', () => {
    for (const ids of [['a', 'b', 'c', 'd'], ['h', 'rep', 'a'], ['xa', 'x1'], ['w']]) {
      expect(assessConfidence(met(...ids), facts, sources).statement).not.toMatch(/likely|chance|certain|\d+ ?%/);
    }
  });
});
