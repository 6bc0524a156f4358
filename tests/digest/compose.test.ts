// Change detection, pure: two digests whose facts differ (dates on either side of dated facts)
// report the right trend, bands and flipped indicators; nothing changed says so.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/catalog';
import { composeDigest } from '../../src/digest/compose';
import { mergeChanges } from '../../src/digest/store';

const before = composeDigest(catalog, '2021-07-06', null, '2021-07-06T06:00:00.000Z');
const after = composeDigest(catalog, '2021-07-10', before, '2021-07-10T06:00:00.000Z');

describe('the first digest', () => {
  it('has an entry per scenario, each a first assessment', () => {
    expect(before.entries.map((e) => e.scenarioId).sort()).toEqual([...catalog.scenarios.keys()].sort());
    expect(before.previousDate).toBeNull();
    for (const entry of before.entries) {
      expect(entry).toMatchObject({ trend: 'new', changed: true, bandBefore: null, flipped: [] });
      expect(entry.summary).toMatch(/^First assessment: /);
      expect(entry.id).toBe(`${entry.scenarioId}@2021-07-06`);
    }
  });
});

describe('a later digest, after the CSTO answered Tajikistan (July 7-9)', () => {
  const csto = after.entries.find((e) => e.scenarioId === 'csto-non-response');

  it('reports the move up, with the bands before and after', () => {
    expect(after.previousDate).toBe('2021-07-06');
    expect(csto).toMatchObject({ trend: 'up', changed: true, bandBefore: 'roughly-even', band: 'very-likely' });
    expect(csto?.probabilityBefore).toBeLessThan(csto?.probability ?? 0);
    expect(csto?.summary).toMatch(/^Moved up from roughly even chance \(51%\) to very likely \(85%\)/);
  });

  it('names the indicators that flipped, and why', () => {
    const flipped = csto?.flipped.map((f) => [f.indicatorId, f.before, f.after]);
    expect(flipped).toContainEqual(['joint-staff-says-not-needed', 'unknown', 'met']);
    expect(flipped).toContainEqual(['formal-request-made', 'unknown', 'met']);
    const why = csto?.flipped.find((f) => f.indicatorId === 'joint-staff-says-not-needed')?.explanation;
    expect(why).toBe('Met: csto.involvement_required is false; test = false: holds.');
  });

  it('reports a move down where a lowering indicator came to hold', () => {
    const incursion = after.entries.find((e) => e.scenarioId === 'taliban-cross-border-incursion');
    expect(incursion?.trend).toBe('down');
    expect(incursion?.flipped.some((f) => f.indicatorId === 'assurances-not-to-cross' && f.after === 'met')).toBe(true);
  });
});

describe('a digest with nothing new', () => {
  const same = composeDigest(catalog, '2021-07-11', after, '2021-07-11T06:00:00.000Z');

  it('says nothing changed, scenario by scenario', () => {
    for (const entry of same.entries) {
      expect(entry).toMatchObject({ trend: 'unchanged', changed: false, flipped: [] });
      expect(entry.summary).toMatch(/^No change since 2021-07-10: /);
    }
  });

  it('adds no event to the change log, and the log never repeats an id', () => {
    const log = mergeChanges(mergeChanges(mergeChanges(null, before), after), same);
    const ids = log.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(log.events.some((e) => e.date === '2021-07-11')).toBe(false);
    // Merging the same digest again (a rerun) changes nothing.
    expect(mergeChanges(log, after)).toEqual(log);
    expect(log.events[0]?.date).toBe('2021-07-10');
  });
});
