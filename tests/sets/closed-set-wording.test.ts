// A closed set's ACH reading is in the past tense, its verbs agreeing with their subjects: "by
// probability it were third" was printed on every day after the set closed (found by a hostile
// review of the set's bottom line).
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/catalog';
import { setBriefFor } from '../../src/catalog/set-brief-for';
import { addDays } from '../../src/facts/partial-date';

const set = catalog.sets.get('tajik-border-security');
if (!set) throw new Error('the set is missing');

describe('a closed set’s ACH reading', () => {
  it('gives the survivor’s rank by probability in the past tense, agreeing with its subject', () => {
    let ranked = 0;
    for (let n = 0; n < 1900; n += 30) {
      const asOf = addDays('2021-07-01', n);
      const b = setBriefFor(catalog, set, { asOf }, asOf);
      const rank = /by probability (it|they) (\w+) /.exec(b.bottomLine.inconsistency);
      if (!rank || b.status.status === 'open') continue;
      ranked += 1;
      expect(rank[2], `${asOf}: ${rank[0]}`).toBe(rank[1] === 'it' ? 'was' : 'were');
    }
    // The premise: closed days where the survivor is not the leader were read.
    expect(ranked).toBeGreaterThan(0);
  });
});
