// As for a scenario (tests/brief/what-if-settlement.test.ts): a what-if that settles a question
// set gives, beside the outcome, the judgment short of that development, made without the
// assumptions the settlement rests on; made with them, the indicators reading the same fact count
// the assumed development as evidence for itself (found by a hostile review: the set as of 15
// September 2021 with the programme assumed adopted gave "csto-first" 5% where the record gives 3%).
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/catalog';
import { setBriefFor } from '../../src/catalog/set-brief-for';

const set = catalog.sets.get('tajik-border-security');
if (!set) throw new Error('the set is missing');
const asOf = '2021-09-15';
const brief = (assumptions: Map<string, unknown>) =>
  setBriefFor(catalog, set, { asOf, assumptions: assumptions as never }, asOf);

describe('a what-if that settles a question set', () => {
  const settled = brief(new Map([['csto.target_program_adopted', true]]));
  const recorded = brief(new Map());

  it('resolves it (the premise)', () => {
    expect(settled.status).toMatchObject({ status: 'resolved', hypothesis: 'csto-first' });
  });

  it('gives beside the outcome the judgment short of that development', () => {
    const probabilities = (b: typeof settled) => b.hypotheses.map((h) => [h.id, h.probability]);
    expect(probabilities(settled)).toEqual(probabilities(recorded));
    expect(settled.confidence.reasons.join(' ')).not.toContain('what-if assumptions');
    expect(settled.bluf).toMatch(/ Short of that, the judgment as of 15 September 2021 would be /);
    expect(settled.bluf).not.toContain('The last judgment before it closed');
    expect(settled.bottomLine.confidence).toMatch(/^Confidence in that judgment would be /);
  });
});
