// Brief assembly over the real catalog: shape, sourcing, citations, knowledge time, what-if,
// signposts and key assumptions, the closed horizon.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import article from '../../scenarios/sources/diplomat-2021-07-csto-afghan-border.txt';
import { buildBrief } from '../../src/brief/brief';
import { BriefSchema } from '../../src/brief/brief-schema';
import { BANDS } from '../../src/brief/likelihood';
import { catalog } from '../../src/catalog/catalog';
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
    expect(b.resolution.criteria).toMatch(/^Resolves no if the CSTO agrees to or adopts a collective response/);
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

  it('rests on one origin, so confidence is at most moderate, and it says why', () => {
    expect(['low', 'moderate']).toContain(b.confidence.level);
    expect(b.confidence.sourceIds).toEqual(['diplomat-2021-07-csto-afghan-border']);
    expect(b.confidence.origins).toEqual(['The Diplomat']);
    expect(b.confidence.reasons.join(' ')).toContain('one origin, The Diplomat');
    // Six of the eleven known indicators rest on second-hand reports, the author's assessments or
    // this service's inference from the article's silence (no session outcome reported): more than
    // half, so low.
    expect(b.confidence).toMatchObject({ level: 'low', knownIndicators: 11, hedgedIndicators: 6 });
    expect(b.confidence.statement).toBe(
      'Confidence in this judgment is low: 6 of the 11 known indicators rest on second-hand reports or judgments rather than stated facts.',
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
        reliability: expect.objectContaining({ grade: 'C', meaning: 'fairly reliable' }),
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
      date: '2021-07-07/2021-07',
      when: '7 July 2021 to July 2021',
    });
    const starts = dates.map(periodStart);
    expect([...starts].sort()).toEqual(starts);
  });

  it('lists signposts: the event that would settle it first, then developments not yet seen, largest move first', () => {
    const [settles, ...moves] = b.signposts;
    expect(settles).toEqual({
      kind: 'settles',
      outcome: 'no',
      label: "The CSTO agrees to or adopts a collective response to Tajikistan's request",
      text: "Signpost: “The CSTO agrees to or adopts a collective response to Tajikistan's request”. If this happens by 2021-12-31, the question resolves no.",
    });
    const indicators = moves.flatMap((s) => (s.kind === 'indicator' ? [s] : []));
    expect(indicators).toHaveLength(moves.length);
    expect(indicators.map((s) => s.indicatorId)).toEqual([
      'session-without-decision',
      'target-program-adopted',
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
    expect(b.keyAssumptions.map((k) => k.indicatorId)).toEqual([
      'joint-staff-says-not-needed',
      'program-unimplemented-for-years',
      'formal-request-made',
    ]);
    expect(b.keyAssumptions.map((k) => k.indicatorId)).toEqual(b.confidence.keyIndicatorIds);
    expect(b.keyAssumptions[0]).toMatchObject({
      status: 'met',
      ifStatus: 'not-met',
      obtained: 'reported second-hand by The Diplomat',
      factIds: ['csto.involvement_required'],
    });
    expect(b.keyAssumptions[0]?.text).toMatch(
      /^Key assumption: “The CSTO's Chief of the Joint Staff said .*” \(reported second-hand by The Diplomat\)\. If that reading is wrong, the judgment would move to unlikely \(38%\)\.$/,
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

  it('has no warning while open, waits out the reporting window, then resolves at the horizon', () => {
    expect(b.warnings).toEqual([]);
    // Within 30 days of the horizon a late report could still settle it: not yet resolved.
    const waiting = brief('csto-non-response', { asOf: '2022-01-15' });
    expect(waiting).toMatchObject({ judgedAsOf: '2021-12-31', signposts: [], resolution: { status: 'unresolved' } });
    expect(waiting.warnings[0]).toContain('The horizon (2021-12-31) passed before the brief date (2022-01-15)');
    expect(waiting.bluf).toMatch(
      /^Not yet resolved: the horizon passed on 31 December 2021, .* until 30 January 2022\. /,
    );
    expect(waiting.tradecraft.checks.filter((c) => !c.passed)).toEqual([]);
    const late = brief('csto-non-response', { asOf: '2030-01-01' });
    expect(late).toMatchObject({
      judgedAsOf: '2021-12-31',
      signposts: [],
      warnings: [],
      resolution: { status: 'yes', date: '2021-12-31', decidedOn: '2022-01-30', factIds: [] },
    });
    expect(late.bluf).toMatch(
      /^Resolved yes on 31 December 2021: the horizon passed with no record of “The CSTO agrees to or adopts a collective response to Tajikistan's request”\. The last judgment before it closed, as of 31 December 2021, was almost certain \(99%\): that /,
    );
    expect(late.bottomLine.confidence).toMatch(/^Confidence in that last judgment was low: /);
    expect(late.tradecraft.checks.filter((c) => !c.passed)).toEqual([]);
    // Nothing after the horizon moves it: any later date gives the same judgment.
    const later = brief('csto-non-response', { asOf: '2040-06-01' });
    expect(later.likelihood).toEqual(late.likelihood);
    expect(later.indicators).toEqual(late.indicators);
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
    expect(early.bluf).toContain('No indicator is known yet, so the judgment is the base rate.');
  });

  it('does not jump with the days the article happens to name: one step, on the day it is known', () => {
    const days = ['2021-07-04', '2021-07-05', '2021-07-07', '2021-07-09', '2021-07-20', '2021-07-30'];
    for (const asOf of days) expect(brief('csto-non-response', { asOf }).likelihood.probability).toBe(0.5);
    expect(brief('csto-non-response', { asOf: '2021-07-31' }).likelihood.probability).toBe(0.72);
  });

  it('makes every indicator a signpost while nothing is known, and says what each would do', () => {
    const early = brief('csto-non-response', { asOf: '2021-07-30' });
    expect(early.signposts).toHaveLength(early.indicators.length + 1);
    const entry = early.signposts.find(
      (e) => e.kind === 'indicator' && e.indicatorId === 'joint-staff-says-not-needed',
    );
    expect(entry).toMatchObject({ status: 'unknown', ifStatus: 'met' });
    // A raising indicator that came to hold pushes the odds up by its likelihood ratio (2).
    const odds = (p: number) => p / (1 - p);
    expect(entry?.kind === 'indicator' && odds(entry.probability) / odds(early.likelihood.probability)).toBeCloseTo(
      2,
      1,
    );
    expect(early.keyAssumptions).toEqual([]);
  });

  it('lowers confidence when most indicators are unknown', () => {
    const early = brief('csto-non-response', { asOf: '2021-07-30' });
    expect(early.confidence.level).toBe('low');
    expect(early.confidence.statement).toBe(
      'Confidence in this judgment is low: only 0 of the 13 indicators are known.',
    );
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
    const b = brief('csto-non-response', { assumptions: new Map([['csto.target_program_adopted', true]]) });
    expect(b.assumptions).toEqual([{ factId: 'csto.target_program_adopted', value: true, baselineValue: false }]);
    expect(b.baseline?.likelihood.band).toBe(brief('csto-non-response').likelihood.band);
    // Adoption meets a lowering indicator and unmeets a raising one of the same group, so the
    // group applies ÷1.5 instead of ×1.5: odds 2.6 ÷ 2.25 = 1.14, 53%.
    expect(b.likelihood.probability).toBe(0.53);
    expect(b.indicators.find((i) => i.id === 'target-program-adopted')?.status).toBe('met');
    expect(b.indicators.find((i) => i.id === 'program-unimplemented-for-years')?.status).toBe('not-met');
    expect(b.bluf).toMatch(
      /^Under 1 what-if assumption and as of 31 July 2021, there is a roughly even chance \(53%\)/,
    );
    expect(b.baseline?.bluf).toMatch(/^As of 31 July 2021, it is likely \(72%\)/);
    expect(b.tradecraft.checks.filter((c) => !c.passed)).toEqual([]);
  });

  it('resolve the brief when they make a settling condition hold', () => {
    const b = brief('csto-non-response', { assumptions: new Map([['csto.response_to_request', 'agreed']]) });
    expect(b.assumptions).toEqual([{ factId: 'csto.response_to_request', value: 'agreed', baselineValue: 'pending' }]);
    expect(b.resolution).toMatchObject({ status: 'no', factIds: ['csto.response_to_request'] });
    expect(b.resolution.reason).toMatch(/^Under the what-if assumptions, “The CSTO agrees to or adopts/);
    expect(b.bluf).toMatch(/^Under 1 what-if assumption: Resolved no on /);
    expect(b.signposts).toEqual([]);
    // The baseline, without the assumption, is the open judgment.
    expect(b.baseline?.bluf).toMatch(/^As of 31 July 2021, it is likely \(72%\)/);
    expect(b.tradecraft.checks.filter((c) => !c.passed)).toEqual([]);
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
    expect(b.confidence.reasons.join(' ')).toContain('1 of 11 known indicators rest on what-if assumptions');
    expect(b.keyAssumptions[0]?.obtained).toBe('a what-if assumption for this brief');
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
