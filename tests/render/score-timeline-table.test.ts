// The score timeline's table says how each outcome is known. Beside a question that resolved yes
// for want of any record, the cell said "no (the horizon’s default)", which a reader takes for the
// outcome (found by an analyst's read of /track-record): it must say observed or not, never a bare
// yes or no.
import { describe, expect, it } from 'vitest';
import { ScoreTimeline } from '../../src/render/html/score-timeline-chart';
import type { TimelinePoint } from '../../src/scoring/track-record';

const point = (scenarioId: string, outcomeObserved: boolean): TimelinePoint => ({
  date: '2022-01-01',
  scenarioId,
  brier: 0.04,
  runningBrier: 0.04,
  questions: 1,
  outcomeObserved,
});

describe('the score timeline table', () => {
  it('says whether each outcome was observed, in words that cannot be read as the outcome', () => {
    const html = String(
      ScoreTimeline({
        points: [point('observed-one', true), point('defaulted-one', false)],
        id: 't',
        label: 'Recorded',
      }),
    );
    const cells = [...html.matchAll(/<tr><td><time[\s\S]*?<\/tr>/g)].map((m) => m[0].replace(/<[^>]+>/g, '|'));
    expect(cells).toHaveLength(2);
    expect(cells[0]).toMatch(/\|observed\|/);
    expect(cells[1]).toMatch(/\|not observed: the horizon’s default, for want of any record\|/);
    for (const cell of cells) expect(cell).not.toMatch(/\|(yes|no)( \(|\|)/);
    expect(html).toContain('<th scope="col">outcome</th>');
  });
});
