// Change detection, pure: two digests whose facts differ (dates on either side of the day the
// article became known) report the right trend, bands and flipped indicators, each idea in its
// own sentence; nothing changed says so; a question past its horizon is reported closed.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/catalog';
import { composeDigest, NEWSWORTHY_MOVE } from '../../src/digest/compose';
import { mergeChanges } from '../../src/digest/store';
import { feedItem } from '../../src/render/feeds/feed-model';
import type { CompiledScenario } from '../../src/rules/compile-scenario';
import { compileScenario } from '../../src/rules/compile-scenario';
import { questionRecord } from '../../src/scoring/track-record';

const before = composeDigest(catalog, '2021-07-30', null, '2021-07-30T06:00:00.000Z');
const after = composeDigest(catalog, '2021-07-31', before, '2021-07-31T06:00:00.000Z');

describe('the first digest', () => {
  it('has an entry per scenario, each a first assessment', () => {
    expect(before.entries.map((e) => e.scenarioId).sort()).toEqual([...catalog.scenarios.keys()].sort());
    expect(before.previousDate).toBeNull();
    for (const entry of before.entries) {
      expect(entry).toMatchObject({ trend: 'new', changed: true, bandBefore: null, flipped: [] });
      expect(entry.summary).toMatch(/^First assessment: [a-z ]+ \(\d+%\)\. Confidence is low\.$/);
      expect(entry.id).toBe(`${entry.scenarioId}@2021-07-30`);
    }
  });
});

describe('a later digest, once the article is known (31 July 2021)', () => {
  const csto = after.entries.find((e) => e.scenarioId === 'csto-non-response');

  it('reports the move up, with the bands before and after', () => {
    expect(after.previousDate).toBe('2021-07-30');
    expect(csto).toMatchObject({ trend: 'up', changed: true, bandBefore: 'roughly-even', band: 'likely' });
    expect(csto?.probabilityBefore).toBeLessThan(csto?.probability ?? 0);
    // One idea a sentence: the move, then the flips (confidence, low before and after, goes unsaid).
    expect(csto?.summary).toMatch(
      /^Moved up from roughly even chance \(50%\) to likely \(72%\)\. 10 indicators changed status: /,
    );
    // Where confidence changed, it gets a sentence of its own. (From the article alone, one
    // argued piece, every confidence is low: a previous digest that recorded moderate stands in
    // for a day when a second origin was known.)
    const recorded = {
      ...after,
      entries: after.entries.map((e) =>
        e.scenarioId === 'target-program-stalls' ? { ...e, confidence: 'moderate' as const } : e,
      ),
    };
    const next = composeDigest(catalog, '2021-08-01', recorded, '2021-08-01T06:00:00.000Z');
    const program = next.entries.find((e) => e.scenarioId === 'target-program-stalls');
    expect(program).toMatchObject({ changed: true, confidence: 'low', confidenceBefore: 'moderate' });
    expect(program?.summary).toMatch(
      /^(Unchanged at|Moved up from likely \(\d+%\) to) likely \(\d+%\)\. Confidence is low, where it was moderate\.$/,
    );
  });

  it('names the indicators that flipped, and why', () => {
    const flipped = csto?.flipped.map((f) => [f.indicatorId, f.before, f.after]);
    expect(flipped).toContainEqual(['joint-staff-says-not-needed', 'unknown', 'met']);
    expect(flipped).toContainEqual(['formal-request-made', 'unknown', 'met']);
    const why = csto?.flipped.find((f) => f.indicatorId === 'joint-staff-says-not-needed')?.explanation;
    expect(why).toBe('Met: csto.involvement_required is false; test = false: holds.');
    // Watched facts stay unknown: nothing flipped them.
    expect(flipped?.some((f) => f[0] === 'taliban-public-assurances')).toBe(false);
  });

  it('reports a move down where a lowering indicator came to hold', () => {
    const incursion = after.entries.find((e) => e.scenarioId === 'taliban-cross-border-incursion');
    expect(incursion?.trend).toBe('down');
    expect(incursion?.flipped.some((f) => f.indicatorId === 'assurances-not-to-cross' && f.after === 'met')).toBe(true);
  });
});

describe('digests after a horizon', () => {
  const closed = composeDigest(catalog, '2022-01-01', after, '2022-01-01T06:00:00.000Z');

  it('report a question closed the day after its horizon, on what the record shows, never with a present-tense probability', () => {
    const csto = closed.entries.find((e) => e.scenarioId === 'csto-non-response');
    // Time alone took "no collective action" from 72% to 99% by the horizon; nothing settled it,
    // and the record of it ends in July: the horizon's outcome applies for want of a later record.
    expect(csto).toMatchObject({ status: 'yes', changed: true, trend: 'up', resolvedOn: '2021-12-31' });
    expect(csto?.summary).toMatch(
      /^Resolved yes on 31 December 2021, for want of any record that “The CSTO decides .*” happened by then\. The last judgment before it closed, as of 31 December 2021, was almost certain \(99%\): that /,
    );
    // The programme question runs to July 2022: still open.
    expect(closed.entries.find((e) => e.scenarioId === 'target-program-stalls')?.status).toBe('open');
    const again = composeDigest(catalog, '2022-01-02', closed, '2022-01-02T06:00:00.000Z');
    expect(again.entries.find((e) => e.scenarioId === 'csto-non-response')).toMatchObject({
      changed: false,
      summary: 'No change since 2022-01-01: resolved yes on 31 December 2021, for want of any record.',
    });
  });

  it('report a question waiting out its reporting window as not yet resolved, then resolved', () => {
    // The same question with 30 days for late reports of events before the horizon.
    const scenario = catalog.scenarios.get('csto-non-response') as CompiledScenario;
    const { definition } = scenario;
    const waits = compileScenario(
      { ...definition, resolution: { ...definition.resolution, reportingDays: 30 } },
      scenario.file,
      catalog.facts.types,
      'checked',
    );
    const windowed = { ...catalog, scenarios: new Map([['csto-non-response', waits]]) };
    const waiting = composeDigest(windowed, '2022-01-01', null, '2022-01-01T06:00:00.000Z');
    expect(waiting.entries[0]).toMatchObject({ status: 'unresolved', resolvedOn: null });
    expect(waiting.entries[0]?.summary).toMatch(
      /^Not yet resolved: the horizon passed on 31 December 2021, and reports published by 30 January 2022 can still settle the question\. The last judgment before it closed, as of 31 December 2021, was almost certain \(99%\): that /,
    );
    const done = composeDigest(windowed, '2022-01-30', waiting, '2022-01-30T06:00:00.000Z');
    expect(done.entries[0]).toMatchObject({ status: 'yes', changed: true, resolvedOn: '2021-12-31' });
  });
});

describe('a digest with nothing new', () => {
  const same = composeDigest(catalog, '2021-08-01', after, '2021-08-01T06:00:00.000Z');

  it('says nothing changed, scenario by scenario, and a day of time passing is no news', () => {
    for (const entry of same.entries) {
      expect(entry).toMatchObject({ changed: false, flipped: [] });
      expect(Math.abs(entry.probability - (entry.probabilityBefore ?? 0))).toBeLessThan(NEWSWORTHY_MOVE);
      expect(entry.summary).toMatch(
        /^(No change since 2021-07-31: [a-z ]+ \(\d+%\)|Moved (up|down) from [a-z ]+ \(\d+%\) to [a-z ]+ \(\d+%\))\.$/,
      );
    }
    expect(same.entries.filter((e) => e.trend === 'unchanged').length).toBeGreaterThan(3);
  });

  it('adds no event to the change log, and the log never repeats an id', () => {
    const log = mergeChanges(mergeChanges(mergeChanges(null, before), after), same);
    const ids = log.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(log.events.some((e) => e.date === '2021-08-01')).toBe(false);
    // Merging the same digest again (a rerun) changes nothing.
    expect(mergeChanges(log, after)).toEqual(log);
    expect(log.events[0]?.date).toBe('2021-07-31');
  });
});

describe('a digest that reports questions resolved', () => {
  const empty = { calls: new Map(), unreadable: new Set<string>() };
  const closed = composeDigest(catalog, '2022-01-01', after, '2022-01-01T06:00:00.000Z', empty);
  const csto = closed.entries.find((e) => e.scenarioId === 'csto-non-response');

  it('lists the questions it reports resolved for the first time, and scores each from the record', () => {
    const resolvedNow = closed.entries.filter((e) => e.status === 'yes' || e.status === 'no').map((e) => e.scenarioId);
    expect(resolvedNow).toContain('csto-non-response');
    expect(closed.newlyResolved).toEqual(resolvedNow);
    const scenario = catalog.scenarios.get('csto-non-response') as CompiledScenario;
    const q = questionRecord(catalog, scenario, [], '2022-01-01');
    expect(csto?.score).toEqual({
      outcomeObserved: false,
      basis: 'no-record',
      recorded: null,
      postdiction: q?.postdiction,
    });
    // Nothing was recorded then: the score is a postdiction, said so, and the default it tests is named.
    expect(csto?.summary).toContain(
      `The service said nothing at the time; the postdiction (today’s rules as known then) scores Brier ${q?.postdiction?.brier.toFixed(3)} over ${q?.postdiction?.days} days`,
    );
    expect(csto?.summary).toMatch(/Nobody observed the outcome .* the score tests the horizon’s default/);
    // Open questions carry no score.
    for (const e of closed.entries.filter((x) => x.status === 'open')) expect(e.score).toBeNull();
  });

  it('scores what was said at the time apart from the postdiction before it', () => {
    const versions = { rules: 'r', facts: 'f', scenario: { number: 1, hash: 'h' } };
    const calls = [
      { date: '2021-12-01', probability: 0.9, band: 'very-likely', confidence: 'low', versions },
      { date: '2021-12-16', probability: 0.95, band: 'almost-certain', confidence: 'low', versions },
    ];
    const record = { calls: new Map([['csto-non-response', calls]]), unreadable: new Set<string>() };
    const scored = composeDigest(catalog, '2022-01-01', after, '2022-01-01T06:00:00.000Z', record);
    const entry = scored.entries.find((e) => e.scenarioId === 'csto-non-response');
    // By hand: 0.9 stood 15 days and 0.95 stood 16 (to 1 January), on a yes.
    const brier = (15 * 0.1 ** 2 + 16 * 0.05 ** 2) / 31;
    expect(entry?.score?.recorded).toMatchObject({ calls: 2, from: '2021-12-01', to: '2021-12-16', days: 31 });
    expect(entry?.score?.recorded?.brier).toBeCloseTo(brier, 12);
    expect(entry?.score?.postdiction?.to && entry.score.postdiction.to < '2021-12-01').toBe(true);
    expect(entry?.summary).toContain(`What the service said at the time scores Brier ${brier.toFixed(3)}`);
    expect(entry?.summary).toContain('Before the record began, the postdiction');
  });

  it('scores nothing when the record could not be read, rather than score a partial one', () => {
    const unread = composeDigest(catalog, '2022-01-01', after, '2022-01-01T06:00:00.000Z', {
      calls: new Map(),
      unreadable: new Set(['csto-non-response']),
    });
    expect(unread.newlyResolved).toContain('csto-non-response');
    expect(unread.entries.find((e) => e.scenarioId === 'csto-non-response')?.score).toBeNull();
    const noStore = composeDigest(catalog, '2022-01-01', after, '2022-01-01T06:00:00.000Z', null);
    expect(noStore.entries.every((e) => e.score === null)).toBe(true);
  });

  it('reports a resolution once: the next digest lists nothing new and carries no score', () => {
    const again = composeDigest(catalog, '2022-01-02', closed, '2022-01-02T06:00:00.000Z', empty);
    expect(again.newlyResolved).toEqual([]);
    expect(again.entries.every((e) => e.score === null)).toBe(true);
  });

  it('gives the feed an item with the outcome in its title and the score in its summary', () => {
    const log = mergeChanges(null, closed);
    const event = log.events.find((e) => e.scenarioId === 'csto-non-response');
    const item = feedItem('https://briefs.test', event as NonNullable<typeof event>);
    expect(item.title).toMatch(/^.*: resolved yes on 31 December 2021, for want of any record \(digest of /);
    expect(item.summary).toContain('postdiction (today’s rules as known then) scores Brier');
    expect(item.tags).toContain('scored-resolution');
  });
});
