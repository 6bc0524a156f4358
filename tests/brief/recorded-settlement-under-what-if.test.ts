// A question settled by a recorded event stays settled, whatever a what-if assumes elsewhere: its
// bottom line states the outcome as recorded, not as what "would" happen, and the judgment beside
// it is the last one before it closed, under the assumptions (a hostile review found the
// conditional wording, "would resolve … Short of that", used whenever any assumption was made).
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/brief/brief';
import { withObservationsApplied } from '../../src/catalog/build-catalog';
import { catalog as content } from '../../src/catalog/catalog';
import { setBriefFor } from '../../src/catalog/set-brief-for';
import type { Observation } from '../../src/facts/observation';
import type { CompiledScenario } from '../../src/rules/compile-scenario';

const AGREED: Observation = {
  id: 'obs-agreed',
  factId: 'csto.response_to_request',
  value: 'agreed',
  date: '2021-10-20',
  source: {
    title: 'The CSTO agrees',
    publisher: 'A news agency',
    url: 'https://news.example/agreed',
    published: '2021-10-20',
    quote: 'CSTO members agreed on October 20 to send assistance to secure the border.',
  },
  createdAt: '2026-11-28T09:00:00.000Z',
  retractedAt: null,
  retractedBy: null,
};

describe('a question settled by a recorded event, under an unrelated what-if', () => {
  const live = withObservationsApplied(content, [AGREED]);
  const scenario = live.scenarios.get('csto-non-response') as CompiledScenario;
  const brief = (assumptions: Map<string, unknown>) =>
    buildBrief(scenario, live.facts, live.version, { asOf: '2021-11-15', assumptions: assumptions as never });
  const recorded = brief(new Map());
  const whatIf = brief(new Map([['tj.reservists_mobilized', 4321]]));

  it('is resolved as recorded (the premise)', () => {
    expect(recorded.resolution).toMatchObject({ status: 'no', basis: 'event' });
    expect(whatIf.resolution).toMatchObject({ status: 'no', basis: 'event', date: recorded.resolution.date });
  });

  it('states the outcome as recorded, then the last judgment under the assumptions', () => {
    expect(whatIf.bottomLine.judgment).toMatch(/^Resolved no on 20 October 2021, when “[^”]+” held\. /);
    expect(whatIf.bottomLine.judgment).toContain(
      'Under 1 what-if assumption, the last judgment before it closed, as of 19 October 2021, was',
    );
    expect(whatIf.bottomLine.judgment).not.toMatch(/would resolve|Short of that/);
    expect(whatIf.bottomLine.confidence).toMatch(/^Confidence in that last judgment was /);
  });
});

describe('a question set settled by a recorded event, under an unrelated what-if', () => {
  const live = withObservationsApplied(content, [AGREED]);
  const set = live.sets.get('tajik-border-security');
  if (!set) throw new Error('the set is missing');
  const asOf = '2021-11-15';
  const whatIf = setBriefFor(
    live,
    set,
    { asOf, assumptions: new Map([['tj.reservists_mobilized', 4321]]) as never },
    asOf,
  );

  it('states the outcome as recorded, then the last judgment under the assumptions', () => {
    expect(whatIf.status).toMatchObject({ status: 'resolved', hypothesis: 'csto-first' });
    expect(whatIf.bottomLine.judgment).toMatch(/^Resolved on 20 October 2021: “[^”]+”, when /);
    expect(whatIf.bottomLine.judgment).toContain(
      'Under 1 what-if assumption, the last judgment before it closed, as of',
    );
    expect(whatIf.bottomLine.judgment).not.toMatch(/would resolve|Short of that/);
    expect(whatIf.bottomLine.confidence).toMatch(/^Confidence in that last judgment was /);
  });
});
