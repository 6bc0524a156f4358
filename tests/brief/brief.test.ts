// Brief assembly over the real catalog: shape, sourcing, citations, knowledge time, what-if,
// signposts and key assumptions, the closed horizon.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import article from '../../scenarios/sources/diplomat-2021-07-csto-afghan-border.txt';
import { buildBrief } from '../../src/brief/brief';
import { BriefSchema } from '../../src/brief/brief-schema';
import { BANDS } from '../../src/brief/likelihood';
import { withObservationsApplied } from '../../src/catalog/build-catalog';
import { catalog } from '../../src/catalog/catalog';
import type { Observation } from '../../src/facts/observation';
import { periodStart } from '../../src/facts/partial-date';
import type { CompiledScenario } from '../../src/rules/compile-scenario';
import { TRADECRAFT_CHECK_IDS } from '../../src/tradecraft/brief-checks';

function scenario(id: string): CompiledScenario {
  const s = catalog.scenarios.get(id);
  if (!s) throw new Error(`no scenario ${id}`);
  return s;
}

const brief = (id: string, request = {}) => buildBrief(scenario(id), catalog.facts, catalog.version, request);

describe('a brief', () => {
  const b = brief('csto-non-response');

  it('has every section the API promises', () => {
    expect(Object.keys(b).sort()).toEqual(
      [
        'asOf',
        'assumptions',
        'bluf',
        'bottomLine',
        'citations',
        'confidence',
        'indicators',
        'informationTo',
        'judgedAsOf',
        'keyAssumptions',
        'likelihood',
        'scenario',
        'signposts',
        'resolution',
        'sources',
        'timeline',
        'tradecraft',
        'version',
        'warnings',
      ].sort(),
    );
    expect(b.scenario).toMatchObject({ id: 'csto-non-response', title: 'CSTO non-response' });
    // The article is dated July 2021 with no day: what it says is known from the month's end.
    expect(b.asOf).toBe('2021-07-31');
    expect(b).toMatchObject({ judgedAsOf: '2021-07-31', resolution: { status: 'open', factIds: [], citations: [] } });
    expect(b.resolution.criteria).toMatch(
      /^Resolves no if, by 31 December 2021, the CSTO decides on a collective response/,
    );
    expect(b.version).toEqual(catalog.version);
  });

  it('states the likelihood in ICD 203 terms, its band range matching the probability', () => {
    const { likelihood } = b;
    const band = BANDS.find((x) => x.id === likelihood.band);
    expect(band).toBeDefined();
    expect(likelihood.term).toBe(band?.term);
    expect(likelihood.probability).toBeGreaterThanOrEqual(likelihood.range.min);
    expect(likelihood.probability).toBeLessThanOrEqual(likelihood.range.max);
    expect(b.bluf).toContain(`${Math.round(likelihood.probability * 100)}%`);
    expect(b.bluf).toContain(likelihood.term);
    expect(b.bluf).toMatch(/^As of 31 July 2021, /);
    // A stated number bands as shown: rounded to a whole percent first.
    expect(Math.round(likelihood.probability * 100)).toBe(likelihood.probability * 100);
  });

  it('states likelihood and confidence in separate sentences, confidence with its basis', () => {
    const [judgment, evidence, confidence] = b.bluf.split(/(?<=\.) (?=[A-Z])/);
    expect(judgment).toContain(b.likelihood.term);
    expect(judgment).not.toMatch(/confidence/);
    expect(evidence).toMatch(/^The indicator that weighs most for it is “/);
    expect(confidence).toBe(b.confidence.statement);
    expect(confidence).toMatch(/^Confidence in this judgment is (low|moderate|high): /);
    expect(confidence).not.toMatch(/likely|\d+%/);
  });

  it('rests on one argued piece, so confidence is low, and it says why', () => {
    expect(b.confidence.sourceIds).toEqual(['diplomat-2021-07-csto-afghan-border']);
    expect(b.confidence.origins).toEqual(['The Diplomat']);
    expect(b.confidence.reasons.join(' ')).toContain('one origin, The Diplomat');
    // One analysis piece whose author is not recorded: even its stated facts are its author's
    // assertions, with nothing to check them against.
    expect(b.confidence).toMatchObject({ level: 'low', knownIndicators: 10, hedgedIndicators: 7 });
    expect(b.confidence.statement).toBe(
      "Confidence in this judgment is low: the judgment rests on one analysis piece in The Diplomat (July 2021), whose author is not recorded, which argues a case: even its stated facts are its author's assertions, with no second origin to check them.",
    );
  });
  it('describes its sources as a reader needs them', () => {
    expect(b.sources).toEqual([
      expect.objectContaining({
        id: 'diplomat-2021-07-csto-afghan-border',
        publisher: 'The Diplomat',
        genre: 'analysis',
        authors: [],
        published: '2021-07',
        origin: 'The Diplomat',
        // The grade is of the author, who is not recorded: it cannot be judged.
        reliability: expect.objectContaining({ grade: 'F', meaning: 'reliability cannot be judged' }),
        description:
          'The Diplomat, “A Fateful Moment for the CSTO on the Afghan Border” (analysis, author not recorded), July 2021.',
      }),
    ]);
    const sidorov = b.citations.find((c) => c.factId === 'csto.involvement_required');
    expect(sidorov).toMatchObject({
      publisher: 'The Diplomat',
      published: '2021-07',
      certainty: 'reported',
      obtained: 'reported second-hand by The Diplomat',
    });
    const advance = brief('taliban-border-advance');
    const pending = advance.citations.find((c) => c.factId === 'csto.response_to_request');
    expect(pending?.obtained).toBe('inferred by this service from The Diplomat');
    expect(pending?.readingNote).toContain('not a report that the CSTO declined');
  });

  it('explains every indicator and names the facts it read', () => {
    for (const indicator of b.indicators) {
      expect(['met', 'not-met', 'unknown']).toContain(indicator.status);
      expect(indicator.factIds.length).toBeGreaterThan(0);
      for (const id of indicator.factIds) expect(indicator.explanation).toContain(id);
    }
    const sidorov = b.indicators.find((i) => i.id === 'joint-staff-says-not-needed');
    expect(sidorov).toMatchObject({ status: 'met', direction: 'raises' });
    expect(sidorov?.reads).toEqual([
      {
        factId: 'csto.involvement_required',
        known: true,
        value: false,
        unit: null,
        qualifier: 'exact',
        certainty: 'reported',
      },
    ]);
  });

  it('cites a verbatim quote of the article for every fact an indicator relies on', () => {
    const cited = new Set(b.citations.map((c) => c.factId));
    const read = b.indicators.flatMap((i) => i.reads.filter((r) => r.known).map((r) => r.factId));
    expect(read.length).toBeGreaterThan(8);
    for (const id of read) expect(cited).toContain(id);
    // Facts to watch for are read, unknown, and cite nothing.
    const watched = b.indicators.find((i) => i.id === 'taliban-public-assurances');
    expect(watched?.reads).toEqual([{ factId: 'taliban.assurance_not_to_cross', known: false }]);
    for (const c of b.citations) expect(article.slice(c.start, c.end)).toBe(c.quote);
  });

  it('draws a timeline of the facts relied on, in date order', () => {
    const dates = b.timeline.map((t) => t.date);
    expect(b.timeline.length).toBeGreaterThan(5);
    expect(dates[0]).toBe('2011');
    // Undated events carry the span the article allows, not a convenient day.
    expect(b.timeline.find((t) => t.factIds[0] === 'csto.involvement_required')).toMatchObject({
      date: '2021-07-09/2021-07',
      when: '9 to 31 July 2021',
    });
    const starts = dates.map(periodStart);
    expect([...starts].sort()).toEqual(starts);
  });

  it('lists signposts: the event that would settle it first, then developments not yet seen, largest move first', () => {
    const [settles, ...moves] = b.signposts;
    expect(settles).toEqual({
      kind: 'settles',
      outcome: 'no',
      label:
        "The CSTO decides on a collective response to Tajikistan's request, or adopts the Target Interstate Program",
      text: "Signpost: “The CSTO decides on a collective response to Tajikistan's request, or adopts the Target Interstate Program”. If this happens by 2021-12-31, the question resolves no.",
    });
    const indicators = moves.flatMap((s) => (s.kind === 'indicator' ? [s] : []));
    expect(indicators).toHaveLength(moves.length);
    // Only developments: facts to watch for, or states known not to hold yet. Past events are not signposts.
    expect(indicators.map((s) => s.indicatorId)).toEqual([
      'session-without-decision',
      'assistance-discussed',
      'extraordinary-session-called',
      'taliban-public-assurances',
    ]);
    expect(indicators.every((s) => s.status !== 'met' && s.ifStatus === 'met')).toBe(true);
    const sizes = indicators.map((s) => Math.abs(s.probability - b.likelihood.probability));
    expect([...sizes].sort((x, y) => y - x)).toEqual(sizes);
    expect(indicators[0]).toMatchObject({ band: 'very-likely', changesBand: true, probability: 0.88, shift: 16 });
    expect(indicators[0]?.text).toBe(
      'Signpost: “A CSTO session takes up the request and ends without a collective response, or defers it”. If this comes to hold, the judgment would move to very likely (88%).',
    );
  });
  it('lists the key assumptions apart: the met readings it leans on most, with how each was obtained', () => {
    const ids = b.keyAssumptions.map((k) => (k.kind === 'indicator' ? k.indicatorId : k.kind));
    expect(ids).toEqual(['joint-staff-says-not-needed', 'program-unimplemented-for-years', 'formal-request-made']);
    expect(ids).toEqual(b.confidence.keyIndicatorIds);
    expect(b.keyAssumptions[0]).toMatchObject({
      status: 'met',
      ifStatus: 'not-met',
      obtained: 'reported second-hand by The Diplomat',
      factIds: ['csto.involvement_required'],
    });
    expect(b.keyAssumptions[0]?.text).toMatch(
      /^Key assumption: “The CSTO's Chief of the Joint Staff said .*” \(reported second-hand by The Diplomat\)\. If the opposite were recorded, the judgment would move to unlikely \(38%\)\.$/,
    );
  });

  it('passes every tradecraft check', () => {
    expect(b.tradecraft.checks.map((c) => c.id)).toEqual([...TRADECRAFT_CHECK_IDS]);
    expect(TRADECRAFT_CHECK_IDS).toHaveLength(7);
    expect(b.tradecraft.checks.filter((c) => !c.passed)).toEqual([]);
  });

  it('is deterministic, and matches the brief the catalog computes once, on first use', () => {
    expect(brief('csto-non-response')).toEqual(b);
    expect(catalog.current.brief('csto-non-response')).toEqual(b);
  });

  it('conforms to the published brief schema, with no undocumented field', () => {
    const parsed = v.safeParse(BriefSchema, b);
    expect(parsed.issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`) ?? []).toEqual([]);
    expect(parsed.output).toEqual(b);
  });

  it('has no warning while open, and resolves the day after the horizon on what the record shows', () => {
    expect(b.warnings).toEqual([]);
    // On the horizon day itself the question is still open, and time has left no room for action.
    const lastDay = brief('csto-non-response', { asOf: '2021-12-31' });
    expect(lastDay.resolution.status).toBe('open');
    expect(lastDay.likelihood).toMatchObject({ probability: 0.99, band: 'almost-certain' });
    const late = brief('csto-non-response', { asOf: '2030-01-01' });
    expect(late).toMatchObject({
      judgedAsOf: '2021-12-31',
      signposts: [],
      warnings: [],
      resolution: {
        status: 'yes',
        date: '2021-12-31',
        decidedOn: '2022-01-01',
        // The request was pending in July 2021; nothing recorded says what stood at the horizon.
        // A July record of a pending request is not a record that nothing happened by December.
        basis: 'no-record',
        factIds: [],
      },
    });
    expect(late.resolution.reason).toMatch(
      /; this service reads the latest record as showing it had not happened as of July 2021 \(the source does not say so\)\. The question resolves yes on the absence of a later record, which is not a record of absence\.$/,
    );
    expect(late.bluf).toMatch(
      /^Resolved yes on 31 December 2021, for want of any record that “The CSTO decides on a collective response to Tajikistan's request, or adopts the Target Interstate Program” happened by then\. The last judgment before it closed, as of 31 December 2021, was almost certain \(99%\): that /,
    );
    expect(late.bottomLine.confidence).toMatch(/^Confidence in that last judgment was low: /);
    expect(late.tradecraft.checks.filter((c) => !c.passed)).toEqual([]);
    // Nothing after the horizon moves it: any later date gives the same judgment.
    const later = brief('csto-non-response', { asOf: '2040-06-01' });
    expect(later.likelihood).toEqual(late.likelihood);
    expect(later.indicators).toEqual(late.indicators);
    expect(later.resolution).toEqual(late.resolution);
  });

  it('resolves on a recorded absence only where a record of the horizon shows the event had not happened', () => {
    // A report dated on the horizon that the request still stood unanswered: that, unlike the
    // July record, speaks for the horizon. It is cited as what the resolution rests on.
    const pending: Observation = {
      id: 'obs-pending',
      factId: 'csto.response_to_request',
      value: 'pending',
      date: '2021-12-31',
      source: {
        title: 'A year-end report',
        publisher: 'A news agency',
        url: 'https://news.example/year-end',
        published: '2021-12-31',
        quote: 'Tajikistan’s July request to the CSTO was still unanswered at the end of the year.',
      },
      createdAt: '2026-11-28T09:00:00.000Z',
      retractedAt: null,
      retractedBy: null,
    };
    // The question also settles on the programme's adoption, which that report does not speak to.
    const alone = withObservationsApplied(catalog, [pending]);
    const scenario = alone.scenarios.get('csto-non-response') as CompiledScenario;
    const partial = buildBrief(scenario, alone.facts, alone.version, { asOf: '2030-01-01' });
    expect(partial.resolution).toMatchObject({ status: 'yes', basis: 'no-record', factIds: [] });
    const notAdopted: Observation = {
      ...pending,
      id: 'obs-not-adopted',
      factId: 'csto.target_program_adopted',
      value: false,
      source: { ...pending.source, quote: 'The border programme had still not been adopted.' },
    };
    const live = withObservationsApplied(catalog, [pending, notAdopted]);
    const late = buildBrief(scenario, live.facts, live.version, { asOf: '2030-01-01' });
    expect(late.resolution).toMatchObject({
      status: 'yes',
      date: '2021-12-31',
      basis: 'recorded-absence',
      factIds: ['csto.response_to_request', 'csto.target_program_adopted'],
    });
    expect(late.resolution.citations.map((c) => c.quote).sort()).toEqual(
      [pending.source.quote, notAdopted.source.quote].sort(),
    );
    expect(late.bluf).toMatch(/^Resolved yes on 31 December 2021: the record shows that “The CSTO decides /);
    expect(late.tradecraft.checks.filter((c) => !c.passed)).toEqual([]);
  });

  it('resolves for want of a record where nothing says whether the event happened, and says so', () => {
    // Nobody recorded whether the Taliban took the whole border: the horizon's outcome applies,
    // marked as resting on no record.
    const late = brief('taliban-border-advance', { asOf: '2030-01-01' });
    expect(late.resolution).toMatchObject({ status: 'no', date: '2021-12-31', basis: 'no-record' });
    expect(late.resolution.reason).toContain('on the absence of a record, which is not a record of absence');
    expect(late.bluf).toMatch(
      /^Resolved no on 31 December 2021, for want of any record that “The Taliban control the whole Afghan side of the Tajik border” happened by then\./,
    );
    expect(late.tradecraft.checks.filter((c) => !c.passed)).toEqual([]);
  });
});

describe('as known on a date', () => {
  it('counts only what had been published by then: the day before the article is known, nothing is', () => {
    const early = brief('csto-non-response', { asOf: '2021-07-30' });
    expect(early.indicators.every((i) => i.status === 'unknown')).toBe(true);
    const request = early.indicators.find((i) => i.id === 'formal-request-made');
    expect(request?.explanation).toContain('not known as of 2021-07-30');
    expect(early.citations).toEqual([]);
    expect(early.likelihood.probability).toBe(0.5);
    expect(early.bluf).toContain(
      'Nothing recorded for this question was known by then, so the judgment is the base rate.',
    );
  });

  it('does not jump with the days the article happens to name: one step, on the day it is known', () => {
    const days = ['2021-07-04', '2021-07-05', '2021-07-07', '2021-07-09', '2021-07-20', '2021-07-30'];
    for (const asOf of days) expect(brief('csto-non-response', { asOf }).likelihood.probability).toBe(0.5);
    expect(brief('csto-non-response', { asOf: '2021-07-31' }).likelihood.probability).toBe(0.72);
  });

  it('lists only developments as signposts while nothing is known, and says what each would do', () => {
    const early = brief('csto-non-response', { asOf: '2021-07-30' });
    // Past events the service has not read about yet are gaps, not developments: only the
    // settling event and the facts to watch for are signposts.
    const watched = early.signposts.flatMap((s) => (s.kind === 'indicator' ? [s.indicatorId] : []));
    expect(watched).toEqual(['assistance-discussed', 'extraordinary-session-called', 'taliban-public-assurances']);
    const entry = early.signposts.find((e) => e.kind === 'indicator' && e.indicatorId === 'assistance-discussed');
    expect(entry).toMatchObject({ status: 'unknown', ifStatus: 'met' });
    // A lowering indicator that came to hold divides the odds by its likelihood ratio (2).
    const odds = (p: number) => p / (1 - p);
    expect(entry?.kind === 'indicator' && odds(early.likelihood.probability) / odds(entry.probability)).toBeCloseTo(
      2,
      1,
    );
    expect(early.keyAssumptions).toEqual([]);
  });
  it('lowers confidence when most indicators are unknown', () => {
    const early = brief('csto-non-response', { asOf: '2021-07-30' });
    expect(early.confidence.level).toBe('low');
    expect(early.confidence.statement).toBe('Confidence in this judgment is low: none of the 13 indicators is known.');
    expect(early.likelihood.spread.low).toBeLessThan(early.likelihood.probability);
    expect(early.likelihood.spread.high).toBeGreaterThan(early.likelihood.probability);
  });

  it('falls back to the base rate before any fact', () => {
    const b = brief('taliban-cross-border-incursion', { asOf: '2005-01-01' });
    expect(b.indicators.every((i) => i.status === 'unknown')).toBe(true);
    expect(b.likelihood.probability).toBe(0.15);
    expect(b.citations).toEqual([]);
  });
});

describe('what-if assumptions', () => {
  it('override a fact, list the assumption and show the baseline beside it', () => {
    const b = brief('csto-non-response', { assumptions: new Map([['tj.csto_request', 'pending']]) });
    expect(b.assumptions).toEqual([{ factId: 'tj.csto_request', value: 'pending', baselineValue: 'requested' }]);
    expect(b.baseline?.likelihood.band).toBe(brief('csto-non-response').likelihood.band);
    // Without the request counting against it (÷1.5 gone): odds 2.57 × 1.5 = 3.86, 79%.
    expect(b.likelihood.probability).toBe(0.79);
    expect(b.indicators.find((i) => i.id === 'formal-request-made')?.status).toBe('not-met');
    expect(b.bluf).toMatch(/^Under 1 what-if assumption and as of 31 July 2021, it is likely \(79%\)/);
    expect(b.baseline?.bluf).toMatch(/^As of 31 July 2021, it is likely \(72%\)/);
    expect(b.tradecraft.checks.filter((c) => !c.passed)).toEqual([]);
  });
  // Found in review: at a date past the information, a what-if's baseline (computed afresh, not
  // copied from the kept brief) left "on information recorded up to …" out of its bottom line.
  it.each([...catalog.scenarios.keys()])(
    '%s: the baseline beside a what-if is the brief without it, on every date',
    (id) => {
      const s = scenario(id);
      for (const asOf of ['2021-07-31', '2021-09-15', '2021-12-15', '2022-03-01', '2022-12-31', '2026-12-02']) {
        const plain = brief(id, { asOf });
        const whatIf = brief(id, { asOf, assumptions: new Map([[s.factIds[0] as string, null]]) });
        expect(whatIf.baseline, `${id} as of ${asOf}`).toEqual({
          likelihood: plain.likelihood,
          confidence: plain.confidence,
          bluf: plain.bluf,
        });
      }
    },
  );

  it('resolve the brief when they make a settling condition hold, said as what would happen', () => {
    const b = brief('csto-non-response', { assumptions: new Map([['csto.response_to_request', 'agreed']]) });
    expect(b.assumptions).toEqual([{ factId: 'csto.response_to_request', value: 'agreed', baselineValue: 'pending' }]);
    expect(b.resolution).toMatchObject({ status: 'no', basis: 'event', factIds: ['csto.response_to_request'] });
    expect(b.resolution.reason).toMatch(/^Under the what-if assumptions, “The CSTO decides on a collective response/);
    expect(b.bluf).toMatch(/^Under 1 what-if assumption, the question would resolve no, since “The CSTO decides/);
    expect(b.signposts).toEqual([]);
    // The baseline, without the assumption, is the open judgment.
    expect(b.baseline?.bluf).toMatch(/^As of 31 July 2021, it is likely \(72%\)/);
    expect(b.tradecraft.checks.filter((c) => !c.passed)).toEqual([]);
  });
  it('date a what-if settlement by the brief date, and say the judgment beside it is short of that development', () => {
    const b = brief('csto-non-response', {
      asOf: '2021-10-15',
      assumptions: new Map([['csto.response_to_request', 'agreed']]),
    });
    // Not the replaced record's July date: the assumed development is as of the brief date.
    expect(b.resolution).toMatchObject({ status: 'no', date: '2021-10-15' });
    expect(b.judgedAsOf).toBe('2021-10-15');
    expect(b.bluf).toMatch(
      /^Under 1 what-if assumption, the question would resolve no, since “.*” would hold\. Short of that, the judgment as of 15 October 2021 would be very likely \(\d+%\): that /,
    );
    expect(b.tradecraft.checks.filter((c) => !c.passed)).toEqual([]);
  });

  it('say so, never choose, when the assumptions settle the question both ways', () => {
    const b = brief('russia-bilateral-substitution', {
      asOf: '2021-10-15',
      assumptions: new Map<string, string | boolean>([
        ['ru.bilateral_border_support', true],
        ['csto.response_to_request', 'agreed'],
      ]),
    });
    expect(b.resolution.status).toBe('open');
    const conflict =
      "Both “Russia gives Tajikistan bilateral military support for the Afghan border” and “The CSTO agrees to or adopts a collective response to Tajikistan's request” hold under the what-if assumptions, and they cannot both: the question is left unsettled until that is reconciled.";
    expect(b.resolution.reason).toBe(conflict);
    expect(b.warnings).toEqual([conflict]);
  });

  it('can make a fact unknown, and an assumed fact carries no citation', () => {
    const b = brief('csto-non-response', {
      assumptions: new Map<string, string | boolean | null>([
        ['csto.involvement_required', null],
        ['tj.border_forces_in_control', false],
      ]),
    });
    expect(b.indicators.find((i) => i.id === 'joint-staff-says-not-needed')?.status).toBe('unknown');
    expect(b.indicators.find((i) => i.id === 'tajik-forces-in-control')?.status).toBe('not-met');
    expect(b.citations.some((c) => c.factId === 'tj.border_forces_in_control')).toBe(false);
    expect(b.assumptions.map((a) => a.factId)).toEqual(['csto.involvement_required', 'tj.border_forces_in_control']);
  });

  it('treat an assumed number as exact, though the source bounded it', () => {
    // The article says "more than 1,500"; an assumed 500 is exactly 500, so "≥ 1,000" is decided.
    const b = brief('csto-non-response', { assumptions: new Map([['afg.soldiers_fled_to_tajikistan', 500]]) });
    expect(b.indicators.find((i) => i.id === 'large-military-exodus')?.status).toBe('not-met');
  });

  it('keep the fact’s own date, so years since it still count from when it happened', () => {
    const b = brief('russian-pledges-delivered', { assumptions: new Map([['ru.pledge_2014_usd', 1_000_000_000]]) });
    const old = b.indicators.find((i) => i.id === 'pledge-old');
    expect(old?.status).toBe('met');
    expect(old?.explanation).toContain('from ru.pledge_2014_usd (2014)');
  });

  it('count as neither hedged nor sourced in confidence', () => {
    const b = brief('csto-non-response', { assumptions: new Map([['csto.involvement_required', false]]) });
    expect(b.confidence.assumedIndicators).toBe(1);
    expect(b.confidence.hedgedIndicators).toBe(brief('csto-non-response').confidence.hedgedIndicators - 1);
    expect(b.confidence.reasons.join(' ')).toContain('1 of 10 known indicators rest on what-if assumptions');
    expect(b.keyAssumptions[0]).toMatchObject({ kind: 'indicator', obtained: 'a what-if assumption for this brief' });
  });

  it('give an infinite ratio no value: the indicator is unknown', () => {
    const b = brief('russian-pledges-delivered', {
      assumptions: new Map([
        ['ru.pledge_2014_received_usd', 1e308],
        ['ru.pledge_2014_usd', 1e-308],
      ]),
    });
    const some = b.indicators.find((i) => i.id === 'some-2014-money-arrived');
    expect(some?.status).toBe('unknown');
    expect(some?.explanation).toContain('not defined');
  });

  it('omit the baseline when there are none', () => {
    expect('baseline' in brief('csto-non-response')).toBe(false);
  });
});

describe('every scenario', () => {
  it.each([...catalog.scenarios.keys()])('%s yields a brief whose citations are verbatim', (id) => {
    const b = brief(id);
    expect(b.bluf.length).toBeGreaterThan(40);
    expect(b.citations.length).toBeGreaterThan(0);
    for (const c of b.citations) expect(article.slice(c.start, c.end)).toBe(c.quote);
  });
});

describe('time to the horizon, and the information a judgment rests on', () => {
  it('shows the time term: the evidence’s chance over the window, and what is left of it', () => {
    const b = brief('csto-non-response', { asOf: '2021-10-15' });
    const time = b.likelihood.time;
    expect(time).toMatchObject({
      opens: '2021-07-31',
      horizon: '2021-12-31',
      eventIsClaim: false,
      event:
        "The CSTO decides on a collective response to Tajikistan's request, or adopts the Target Interstate Program",
    });
    // 76 of 153 days left: the evidence's chance of a response over the window, scaled down by a
    // constant hazard to the share left, and the claim (no response) is the complement.
    expect(time?.remainingShare).toBe(Math.round((77 / 153) * 1000) / 1000);
    const evidence = time?.evidenceProbability ?? 0;
    const responseLeft = 1 - (1 - (1 - evidence)) ** (77 / 153);
    expect(Math.abs(b.likelihood.probability - (1 - responseLeft))).toBeLessThanOrEqual(0.01);
    expect(b.likelihood.probability).toBeGreaterThan(evidence);
    expect(time?.text).toMatch(
      /^50% of the window from 31 July 2021 to 31 December 2021 has passed with no record of “The CSTO decides .*”\. Assuming it would be on record had it happened, a constant hazard turns the evidence's 28% chance of it over the whole window into 16% over the 50% that remains, so 84% that it does not happen by then\.$/,
    );
  });

  it('names the record’s completeness as a key assumption once time has passed, with where the judgment would be without it', () => {
    const b = brief('taliban-border-advance', { asOf: '2021-10-15' });
    const record = b.keyAssumptions.find((k) => k.kind === 'record-complete');
    // 62% from the evidence over the whole window; 39% once half of it has passed with no record.
    expect(b.likelihood.probability).toBe(0.39);
    expect(record).toMatchObject({ since: '2021-07-31', probability: 0.62, band: 'likely', shift: 23 });
    expect(record?.text).toBe(
      'Key assumption: had “The Taliban control the whole Afghan side of the Tajik border” happened since 31 July 2021, it would be on record by 15 October 2021. If it may have happened unrecorded, the time passed counts for nothing, and the judgment would move to likely (62%).',
    );
    // The largest move comes first.
    expect(b.keyAssumptions[0]?.kind).toBe('record-complete');
    // Not while none of the window has passed.
    expect(
      brief('taliban-border-advance', { asOf: '2021-07-31' }).keyAssumptions.some((k) => k.kind === 'record-complete'),
    ).toBe(false);
    // A closed question's last judgment rests on it too, and says so.
    const closed = brief('taliban-border-advance', { asOf: '2026-12-02' });
    expect(closed.keyAssumptions[0]).toMatchObject({ kind: 'record-complete', probability: 0.62 });
    expect(closed.keyAssumptions[0]?.text).toContain('it would be on record by 31 December 2021');
  });

  it('says when the information it rests on ends, once the brief date is later', () => {
    const b = brief('target-program-stalls', { asOf: '2022-06-01' });
    expect(b.informationTo).toBe('2021-07-31');
    expect(b.bluf).toMatch(/^As of 1 June 2022, on information recorded up to 31 July 2021, /);
    // On the day the article became known there is nothing to add.
    const then = brief('target-program-stalls', { asOf: '2021-07-31' });
    expect(then.informationTo).toBe('2021-07-31');
    expect(then.bluf).toMatch(/^As of 31 July 2021, (?!on information)/);
    // Before anything is known, nothing is relied on.
    expect(brief('target-program-stalls', { asOf: '2021-07-30' }).informationTo).toBeNull();
  });
});
