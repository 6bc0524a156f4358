// Every surface the service emits, read against ICD 203 as a reviewer would: JSON briefs (for
// every scenario, across many dates and generated what-ifs), the brief page, both embed views,
// the home page, the scenario list, the digest, and both feeds. On each: no sentence combines a
// likelihood with a confidence level, every "term (n%)" is the term of its number, every brief's
// own tradecraft checks pass, every open brief has a signpost, and no closed question is given a
// present-tense probability.
import { SELF } from 'cloudflare:test';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/brief/brief';
import type { Brief } from '../../src/brief/brief-schema';
import { decisionDay } from '../../src/brief/resolution';
import { catalog } from '../../src/catalog/catalog';
import { composeDigest } from '../../src/digest/compose';
import type { Digest } from '../../src/digest/digest-schema';
import { mergeChanges } from '../../src/digest/store';
import { type Assumptions, factsBehind } from '../../src/facts/fact-base';
import type { FactValue } from '../../src/facts/fact-record';
import { STATUSES } from '../../src/facts/vocabulary';
import { feedItem } from '../../src/render/feeds/feed-model';
import { jsonFeed } from '../../src/render/feeds/json-feed';
import type { CompiledScenario } from '../../src/rules/compile-scenario';
import { lintEmittedText } from '../../src/tradecraft/language-checks';

const SCENARIOS = [...catalog.scenarios.keys()];
/** Before the article, the day it is known, while open, each horizon and after, and today. */
const DATES = [
  '2000-01-01',
  '2021-07-30',
  '2021-07-31',
  '2021-09-15',
  '2021-12-31',
  '2022-01-01',
  '2022-07-31',
  '2022-08-01',
  '2022-12-31',
  '2023-01-01',
  '2026-12-02',
];

/** Block-level tags: their text is never one sentence with a neighbour's. */
const BLOCKS =
  /<\/?(?:p|li|ul|ol|h[1-6]|td|th|tr|table|caption|title|desc|text|div|section|article|header|footer|nav|main|blockquote|summary|details|option|select|label|legend|fieldset|form|figcaption|dt|dd|dl|br|svg|g|head|body|html|button)\b[^>]*>/gi;

/** The visible text of an HTML or XML document, one block per line, entities decoded. */
function blockText(markup: string): string {
  return markup
    .replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1>/gi, '\n')
    .replace(BLOCKS, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(?:39|x27);/g, "'")
    .replace(/&amp;/g, '&');
}

/** Findings of the sentence rule and same-number-same-term in a text, as readable lines. */
function findings(text: string): string[] {
  return lintEmittedText(text).map((f) => `${f.rule}: ${f.text}`);
}

/** Every sentence-bearing text of a brief. */
function briefTexts(b: Brief): string[] {
  return [
    b.bluf,
    b.bottomLine.judgment,
    b.bottomLine.evidence,
    b.bottomLine.confidence,
    b.confidence.statement,
    ...b.confidence.reasons,
    ...b.signposts.map((s) => s.text),
    ...b.keyAssumptions.map((k) => k.text),
    ...b.warnings,
    ...(b.baseline ? [b.baseline.bluf, b.baseline.confidence.statement] : []),
  ];
}

/** The checks any brief must pass, whatever its date or assumptions. */
function expectSound(b: Brief, where: string): void {
  expect(
    b.tradecraft.checks.filter((c) => !c.passed),
    where,
  ).toEqual([]);
  expect(briefTexts(b).flatMap(findings), where).toEqual([]);
  const open = b.resolution.status === 'open';
  if (open) {
    expect(b.signposts.length, `${where}: an open brief has a signpost`).toBeGreaterThan(0);
    expect(
      b.signposts.some((s) => s.kind === 'settles'),
      `${where}: the settling event is a signpost`,
    ).toBe(true);
  } else {
    // A closed question: the outcome first, and no present-tense probability anywhere in what it says.
    expect(b.bluf, where).not.toMatch(/\b(?:it is|there is)\b[^.]*\(\d+%\)/);
    expect(b.bluf, where).toMatch(
      /^(?:Resolved (?:yes|no) on|Not yet resolved|Unresolved|Under \d+ what-if assumptions?, the question (?:would resolve (?:yes|no)|is not yet resolved|is unresolved))/,
    );
    expect(b.signposts, where).toEqual([]);
  }
}

const brief = (id: string, asOf?: string, assumptions?: Assumptions) => {
  const scenario = catalog.scenarios.get(id);
  if (!scenario) throw new Error(id);
  return buildBrief(scenario, catalog.facts, catalog.version, { asOf, assumptions });
};

describe('JSON briefs', () => {
  it.each(SCENARIOS)('%s passes on every date, open and closed', (id) => {
    const statuses = new Set<string>();
    // And the day its horizon's outcome is decided, wherever that horizon lies.
    const decided = decisionDay((catalog.scenarios.get(id) as CompiledScenario).definition);
    for (const asOf of [...DATES, decided]) {
      const b = brief(id, asOf);
      expectSound(b, `${id} as of ${asOf}`);
      statuses.add(b.resolution.status === 'open' ? 'open' : 'closed');
    }
    expect([...statuses].sort()).toEqual(['closed', 'open']);
  });

  /** A value of a fact's type, or null (unknown): what a what-if may assume. */
  function valueFor(id: string): fc.Arbitrary<FactValue | null> {
    const type = catalog.facts.types.get(id);
    const current = catalog.current.facts.get(id)?.value;
    const choices: fc.Arbitrary<FactValue | null>[] = [fc.constant(null)];
    switch (type?.type) {
      case 'boolean':
        choices.push(fc.boolean());
        break;
      case 'status':
        choices.push(fc.constantFrom(...STATUSES));
        break;
      case 'number':
        choices.push(fc.constantFrom(0, 1, 0.3, 0.6, 500, 12_000, 150_000_000, 1_230_000_000));
        break;
      case 'date':
        choices.push(fc.constantFrom('2013-09-23', '2020', '2042', '2021-07'));
        break;
      default:
        choices.push(fc.constantFrom('several years', 'such a program cannot be worked out in a flash', 'other'));
    }
    if (current !== undefined) choices.push(fc.constant(current));
    return fc.oneof(...choices);
  }

  it.each(SCENARIOS)('%s passes under generated what-ifs on any date', (id) => {
    const scenario = catalog.scenarios.get(id);
    if (!scenario) throw new Error(id);
    const assumable = [...factsBehind(catalog.facts, scenario.factIds)].filter(
      (f) => !catalog.facts.types.get(f)?.derived,
    );
    const assumptions = fc
      .uniqueArray(fc.constantFrom(...assumable), { minLength: 1, maxLength: Math.min(6, assumable.length) })
      .chain((ids) => fc.tuple(...ids.map((f) => valueFor(f).map((value) => [f, value] as const))))
      .map((pairs) => new Map<string, FactValue | null>(pairs));
    fc.assert(
      fc.property(fc.constantFrom(...DATES), assumptions, (asOf, what) => {
        const b = brief(id, asOf, what);
        expectSound(b, `${id} as of ${asOf} assuming ${JSON.stringify([...what])}`);
        expect(b.baseline).toBeDefined();
      }),
      { seed: 20261202, numRuns: 60 },
    );
  });
});

describe('pages and embeds', () => {
  const paths = SCENARIOS.flatMap((id) =>
    ['2021-07-30', '2021-07-31', '2022-08-01', '2026-12-02'].flatMap((asOf) => [
      `/briefs/${id}?asOf=${asOf}`,
      `/embed/${id}?asOf=${asOf}`,
      `/embed/${id}?asOf=${asOf}&view=full`,
    ]),
  );
  paths.push('/', '/briefs/csto-non-response?assume.csto.response_to_request=agreed', '/widget');

  it.each(paths)('%s keeps likelihood and confidence apart, and every term to its number', async (path) => {
    const res = await SELF.fetch(`http://briefs.test${path}`);
    expect(res.status).toBe(200);
    const text = blockText(await res.text());
    expect(findings(text)).toEqual([]);
    if (path.startsWith('/briefs/')) {
      // A closed question's confidence is that of its last judgment, in the past tense, as its bottom
      // line says; under a what-if that settles it, that of the judgment short of it, conditionally.
      expect(text).toMatch(
        /Confidence in (this judgment is|that last judgment was|that judgment would be) (low|moderate|high): /,
      );
      if (text.includes('the judgment below is the last one before the question closed')) {
        expect(text).not.toContain('Confidence in this judgment is');
      }
      expect(text).toContain('Tradecraft checks');
      expect(text).not.toContain('Failed:');
    }
  });

  it('name sources as a reader cites them, never by offsets', async () => {
    const text = blockText(await (await SELF.fetch('http://briefs.test/briefs/csto-non-response')).text());
    expect(text).not.toMatch(/characters \d+–\d+ of source/);
    expect(text).toContain(
      'The Diplomat, “A Fateful Moment for the CSTO on the Afghan Border” (analysis, author not recorded), July 2021.',
    );
    expect(text).toContain('reported second-hand by The Diplomat');
    // No author recorded, so no grade of the author's reliability: F, with the reason given.
    expect(text).toMatch(
      /Reliability F \(reliability cannot be judged\), this service’s grade: The reliability of an analysis piece rests on its author, who is not recorded here\./,
    );
  });
});

describe('the scenario list', () => {
  it('gives each scenario its status, and a closed one only its last judgment', async () => {
    for (const asOf of ['2021-07-31', '2026-12-02']) {
      const scenarios = catalog.scenarios;
      for (const id of scenarios.keys()) {
        const b = brief(id, asOf);
        expect(b.resolution.status === 'open').toBe(asOf <= (scenarios.get(id)?.definition.horizon.end ?? ''));
      }
    }
    const body = (await (await SELF.fetch('http://briefs.test/v1/scenarios')).json()) as {
      scenarios: { status: string; judgedAsOf: string; asOf: string }[];
    };
    for (const s of body.scenarios)
      expect(s.status === 'open' ? s.judgedAsOf === s.asOf : s.judgedAsOf < s.asOf).toBe(true);
  });

  it('never says a bare "resolved" where the outcome rests on no record: list, home page, page title and banner', async () => {
    const body = (await (await SELF.fetch('http://briefs.test/v1/scenarios')).json()) as {
      scenarios: { id: string; status: string; basis: string | null }[];
    };
    const noRecord = body.scenarios.filter((s) => s.basis === 'no-record');
    // From the article alone, every seed question closed for want of a record (and so does any
    // question whose brief for today says so).
    const today = catalog.on(new Date().toISOString().slice(0, 10));
    const expected = SCENARIOS.filter((id) => today.brief(id)?.resolution.basis === 'no-record');
    expect(expected.length).toBeGreaterThan(0);
    expect(noRecord.map((s) => s.id).sort()).toEqual(expected.sort());
    const home = blockText(await (await SELF.fetch('http://briefs.test/')).text());
    const resolvedLines = home.split('\n').filter((line) => /Resolved (yes|no)/.test(line));
    expect(resolvedLines).toHaveLength(noRecord.length);
    for (const line of resolvedLines)
      expect(line).toMatch(/Resolved (yes|no) on \d{1,2} \w+ 202\d, for want of any record/);
    const page = await (await SELF.fetch('http://briefs.test/briefs/taliban-border-advance')).text();
    expect(/<title>([^<]*)<\/title>/.exec(page)?.[1]).toBe(
      'Taliban border advance: resolved no (no record) — scenario-briefs',
    );
    expect(blockText(page)).toContain('Resolved no on 31 December 2021, for want of any record: the judgment below');
  });
});

describe('digest and feeds', () => {
  // A year of daily digests in a few steps, across the article's day and every horizon.
  const days = ['2021-07-30', '2021-07-31', '2021-08-01', '2022-01-01', '2022-08-01', '2023-01-01', '2026-12-02'];
  const digests: Digest[] = [];
  let log = null as ReturnType<typeof mergeChanges> | null;
  for (const day of days) {
    const digest = composeDigest(catalog, day, digests.at(-1) ?? null, `${day}T06:00:00.000Z`);
    digests.push(digest);
    log = mergeChanges(log, digest);
  }

  it('says each change one idea a sentence, and a closed question in the past tense', () => {
    for (const digest of digests) {
      for (const entry of digest.entries) {
        expect([...findings(entry.summary), ...findings(entry.bluf)], `${entry.id}`).toEqual([]);
        if (entry.status !== 'open') {
          expect(entry.summary).toMatch(/^(Resolved (yes|no) on|Not yet resolved|Unresolved|No change since)/);
          expect(entry.summary).not.toMatch(/\b(?:it is|there is)\b[^.]*\(\d+%\)/);
        }
      }
    }
    // By the last day every question whose horizon's outcome has been decided is closed (each
    // seed question, yes or no), so the closed wording above was read.
    const last = digests.at(-1) as Digest;
    const decided = last.entries.filter((e) => {
      const scenario = catalog.scenarios.get(e.scenarioId) as CompiledScenario;
      return decisionDay(scenario.definition) <= last.date;
    });
    expect(decided.length).toBeGreaterThan(0);
    for (const e of decided) {
      const { atHorizon } = (catalog.scenarios.get(e.scenarioId) as CompiledScenario).definition.resolution;
      expect(e.status, e.scenarioId).toMatch(atHorizon === 'unresolved' ? /^(yes|no|unresolved)$/ : /^(yes|no)$/);
    }
  });

  it('feeds titles, summaries and content that pass the same reading', () => {
    const items = (log?.events ?? []).map((event) => feedItem('http://briefs.test', event));
    expect(items.length).toBeGreaterThan(12);
    for (const item of items) {
      expect([item.title, item.summary, item.bluf, ...item.flips].flatMap(findings), item.id).toEqual([]);
    }
    for (const entry of jsonFeed('http://briefs.test', items).items) {
      expect(findings(entry.content_text), entry.id).toEqual([]);
      if (/: (resolved|not resolved)/.test(entry.title)) expect(entry.title).not.toMatch(/\d+%/);
      if (/: resolved (yes|no)/.test(entry.title)) expect(entry.title).toMatch(/, for want of any record \(digest of/);
    }
  });
});
