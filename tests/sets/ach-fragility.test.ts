// ACH's last step is sensitivity: how far the conclusion rests on a few pieces of evidence. A set
// brief says which hypothesis survives best by inconsistency; where setting aside (or reversing)
// one piece of evidence alone would leave another surviving best, its own sensitivity table shows
// it, and the bottom line must say it too, not only that the lead in probability holds (found by
// an analyst's read of the set brief as of 1 August 2021).
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/catalog';
import { setBriefFor } from '../../src/catalog/set-brief-for';
import { addDays } from '../../src/facts/partial-date';
import { achFragility } from '../../src/sets/set-brief';

const set = catalog.sets.get('tajik-border-security');
if (!set) throw new Error('the set is missing');
const briefOn = (asOf: string) => setBriefFor(catalog, set, { asOf }, asOf);
const label = (id: string) => set.hypotheses.find((h) => h.definition.id === id)?.definition.label;

describe('the ACH reading of a question set', () => {
  it('is called fragile where one piece of evidence set aside alone changes which hypothesis survives best', () => {
    const b = briefOn('2021-08-01');
    const lost = b.sensitivity.find((e) => e.test === 'discounted' && e.achLeaderChanges);
    expect(lost?.rowId).toBe('taliban.moscow_visit');
    expect(lost?.achSurvivors).toEqual(['none-by-horizon']);
    expect(b.bottomLine.inconsistency).toContain(
      `The ACH reading is fragile: set aside “A Taliban delegation visited Moscow on July 9” alone, and “${label('none-by-horizon')}” would survive best.`,
    );
    expect(b.bluf).toContain('The ACH reading is fragile');
  });

  it('is called fragile on a day only when a hypothesis that did not survive best would then', () => {
    let fragile = 0;
    for (let n = 0; n <= 200; n += 5) {
      const b = briefOn(addDays('2021-07-01', n));
      const best = Math.max(...b.matrix.scores.map((s) => s.weightedInconsistency));
      const survivors = b.matrix.scores.filter((s) => s.weightedInconsistency === best).map((s) => s.hypothesisId);
      const overturned = b.sensitivity.some((e) => e.achSurvivors.some((id) => !survivors.includes(id)));
      expect(b.bottomLine.inconsistency.includes('The ACH reading is fragile'), b.asOf).toBe(overturned);
      if (overturned) fragile += 1;
    }
    // The premise: some of these days have a fragile reading, so the check above was exercised.
    expect(fragile).toBeGreaterThan(0);
  });

  it('is not called fragile where a change only breaks a tie among those surviving best', () => {
    // Constructed: two hypotheses tie as least inconsistent; setting a row aside leaves one of them.
    const entry = {
      rowId: 'row',
      test: 'discounted',
      ranking: [],
      achSurvivors: ['a'],
      leaderChanges: false,
      rankingChanges: false,
      achLeaderChanges: true,
    } as const;
    const sets = {
      hypotheses: [
        { definition: { id: 'a', label: 'A' } },
        { definition: { id: 'b', label: 'B' } },
        { definition: { id: 'c', label: 'C' } },
      ],
    };
    const matrix = { rows: [{ id: 'row', evidence: ['Some evidence.'] }] };
    const sentence = (base: string[], survivors: string[]) =>
      achFragility(sets as never, matrix as never, [{ ...entry, achSurvivors: survivors }] as never, base);
    expect(sentence(['a', 'b'], ['a'])).toBe('');
    expect(sentence(['a'], ['a', 'b'])).toBe(
      ' The ACH reading is fragile: set aside “Some evidence” alone, and “A” and “B” would tie as the least inconsistent.',
    );
    expect(sentence(['a'], ['c'])).toBe(
      ' The ACH reading is fragile: set aside “Some evidence” alone, and “C” would survive best.',
    );
  });
});
