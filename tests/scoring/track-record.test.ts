// The track record: postdiction for the seed questions (all closed before the service existed),
// recorded calls scored apart, and the record itself append-only under back-dated observations.
import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { withObservationsApplied } from '../../src/catalog/assemble';
import { catalog } from '../../src/catalog/catalog';
import { RECORD_KEYS, readSeries, recordDay } from '../../src/digest/record-store';
import type { Observation } from '../../src/facts/observation';
import { timeAveraged } from '../../src/scoring/scores';
import { MIN_RESOLVED_FOR_CALIBRATION, type RecordedCall, trackRecord } from '../../src/scoring/track-record';

const TODAY = '2026-12-01';

describe('the seed questions’ track record', () => {
  const record = trackRecord(catalog, new Map(), TODAY);

  it('scores every question that resolved yes or no, as postdiction only: nothing was recorded then', () => {
    const resolved = record.questions.filter((q) => q.status === 'yes' || q.status === 'no');
    expect(resolved.length).toBeGreaterThan(0);
    for (const q of resolved) {
      expect(q.recorded, q.scenarioId).toBeNull();
      expect(q.postdiction, q.scenarioId).not.toBeNull();
      const p = q.postdiction as NonNullable<typeof q.postdiction>;
      expect(p.brier).toBeGreaterThanOrEqual(0);
      expect(p.brier).toBeLessThanOrEqual(1);
      expect(p.log).toBeLessThanOrEqual(0);
      expect(p.from).toBe(catalog.scenarios.get(q.scenarioId)?.definition.horizon.opens);
    }
    // Questions that did not resolve yes or no are listed without scores.
    for (const q of record.questions.filter((x) => x.status !== 'yes' && x.status !== 'no')) {
      expect(q.postdiction).toBeNull();
    }
  });

  it('labels an outcome nobody observed (resolved for want of a record) and keeps it out of calibration', () => {
    for (const q of record.questions) {
      const brief = catalog.on(TODAY).brief(q.scenarioId);
      expect(q.basis).toBe(brief?.resolution.basis ?? null);
      expect(q.outcomeObserved).toBe((q.status === 'yes' || q.status === 'no') && q.basis !== 'no-record');
    }
    const observed = record.questions.filter((q) => q.outcomeObserved && q.postdiction);
    expect(record.calibration.postdiction.resolvedQuestions).toBe(observed.length);
    expect(record.calibration.postdiction.calls).toBe(observed.reduce((n, q) => n + (q.postdiction?.calls ?? 0), 0));
  });

  it('puts each kind’s scores on a timeline in the order the questions resolved, with the running mean', () => {
    const scored = record.questions
      .filter((q) => q.postdiction && q.resolvedOn)
      .sort((a, b) => `${a.resolvedOn}${a.scenarioId}`.localeCompare(`${b.resolvedOn}${b.scenarioId}`));
    const points = record.timeline.postdiction;
    expect(points.map((p) => [p.date, p.scenarioId])).toEqual(scored.map((q) => [q.resolvedOn, q.scenarioId]));
    scored.forEach((q, i) => {
      const prefix = scored.slice(0, i + 1).map((x) => x.postdiction?.brier as number);
      expect(points[i]?.brier).toBe(q.postdiction?.brier);
      expect(points[i]?.runningBrier).toBeCloseTo(prefix.reduce((a, b) => a + b, 0) / prefix.length, 12);
      expect(points[i]).toMatchObject({ questions: i + 1, outcomeObserved: q.outcomeObserved });
    });
    expect(record.timeline.recorded).toEqual([]);
  });

  it('claims no calibration below the minimum count of resolved questions', () => {
    expect(record.calibration.postdiction.resolvedQuestions).toBeLessThan(MIN_RESOLVED_FOR_CALIBRATION);
    expect(record.calibration.postdiction.enough).toBe(false);
    expect(record.calibration.recorded).toMatchObject({ resolvedQuestions: 0, calls: 0, enough: false });
  });

  it('scores recorded calls apart, by the days each stood, and postdiction only before the first of them', () => {
    const q = record.questions.find((x) => x.postdiction !== null);
    if (!q) throw new Error('no resolved seed question');
    const scenario = catalog.scenarios.get(q.scenarioId);
    const opens = scenario?.definition.horizon.opens as string;
    // Two calls, made a month after the window opened (as if the service had existed then).
    const first = new Date(Date.parse(`${opens}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
    const second = new Date(Date.parse(`${opens}T00:00:00Z`) + 40 * 86_400_000).toISOString().slice(0, 10);
    const versions = { rules: 'r', facts: 'f', scenario: { number: 1, hash: 'h' } };
    const calls: RecordedCall[] = [
      { date: first, probability: 0.3, band: 'unlikely', confidence: 'low', versions },
      { date: second, probability: 0.6, band: 'roughly-even', confidence: 'low', versions },
    ];
    const withRecord = trackRecord(catalog, new Map([[q.scenarioId, calls]]), TODAY);
    const mine = withRecord.questions.find((x) => x.scenarioId === q.scenarioId);
    const until = new Date(Date.parse(`${catalog.on(TODAY).brief(q.scenarioId)?.judgedAsOf}T00:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    const expected = timeAveraged(calls, until, q.status === 'yes');
    expect(mine?.recorded).toMatchObject({ calls: 2, from: first, to: second, days: expected?.days });
    expect(mine?.recorded?.brier).toBeCloseTo(expected?.brier as number, 12);
    expect(mine?.postdiction?.to && mine.postdiction.to < first).toBe(true);
    // Calibration counts only outcomes that were observed: a question resolved for want of a record is left out.
    const counted = q.outcomeObserved ? { resolvedQuestions: 1, calls: 2 } : { resolvedQuestions: 0, calls: 0 };
    expect(withRecord.calibration.recorded).toMatchObject({ ...counted, enough: false });
  });
});

// Before the record below is written: on a fresh deploy nothing has been recorded.
describe('the track-record page', () => {
  it('shows each question’s scores, says they are postdictions, and claims no calibration yet', async () => {
    const res = await SELF.fetch('http://briefs.test/track-record');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('Every score here is a postdiction');
    expect(html).toContain('Too little data to judge calibration');
    expect(html).toContain('<th scope="row">postdiction</th>');
    // The seed outcomes were never observed (each resolved for want of a record): said so, per question.
    expect(html).toContain('This outcome was not observed');
    expect(html).toContain('id="calibration-postdiction-table"');
    const brief = await (await SELF.fetch('http://briefs.test/briefs/csto-non-response')).text();
    expect(brief).toContain('href="/track-record#csto-non-response"');
  });
});

describe('the record', () => {
  const open = [...catalog.scenarios.values()].find((s) => s.definition.horizon.end >= '2021-08-15');
  const id = open?.definition.id as string;

  it('appends the day’s call while a question is open, and never rewrites one', async () => {
    expect((await recordDay(env.DIGESTS, catalog, '2021-08-01')).recorded).toContain(id);
    const before = await env.DIGESTS.get(RECORD_KEYS.calls(id));
    // The same day again, an earlier day, and a back-dated observation: nothing is rewritten.
    const backDated: Observation = {
      factId: 'tj.reservists_mobilized',
      value: 250000,
      date: '2021-07-20',
      source: {
        title: 'A late report',
        publisher: 'A test publisher',
        url: 'https://news.example/late',
        published: '2021-07-25',
        quote: 'Tajikistan had mobilized 250,000 reservists by July 20.',
      },
      id: 'back-dated',
      createdAt: '2026-11-01T00:00:00.000Z',
      retractedAt: null,
      retractedBy: null,
    };
    const moved = withObservationsApplied(catalog, [backDated]);
    expect((await recordDay(env.DIGESTS, moved, '2021-08-01')).recorded).not.toContain(id);
    expect((await recordDay(env.DIGESTS, moved, '2021-07-31')).recorded).not.toContain(id);
    expect(await env.DIGESTS.get(RECORD_KEYS.calls(id))).toBe(before);
    // The next day is added after it, and the first call stays as it was.
    expect((await recordDay(env.DIGESTS, moved, '2021-08-02')).recorded).toContain(id);
    const read = await readSeries(env.DIGESTS, id);
    expect(read.state).toBe('ok');
    const calls = (read as { calls: RecordedCall[] }).calls;
    expect(calls.map((c) => c.date)).toEqual(['2021-08-01', '2021-08-02']);
    expect(JSON.stringify(calls[0])).toBe(
      JSON.stringify((JSON.parse(before as string) as { calls: unknown[] }).calls[0]),
    );
    expect(calls[1]?.versions.facts).toBe(moved.version.facts);
  });

  it('reports a series it cannot read, and leaves it as it is', async () => {
    await env.DIGESTS.put(RECORD_KEYS.calls(id), '{"scenarioId": "x", "calls": [{"date": "nope"}]}');
    const run = await recordDay(env.DIGESTS, catalog, '2021-08-05');
    expect(run.corrupt).toEqual([{ scenarioId: id, reason: expect.any(String) }]);
    expect(await env.DIGESTS.get(RECORD_KEYS.calls(id))).toBe('{"scenarioId": "x", "calls": [{"date": "nope"}]}');
    const res = await SELF.fetch('http://briefs.test/v1/track-record');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { unreadable: { scenarioId: string }[]; questions: unknown[] };
    expect(body.unreadable.map((u) => u.scenarioId)).toEqual([id]);
    expect(body.questions.length).toBe(catalog.scenarios.size);
  });
});

describe('days missing from the record', () => {
  const versions = { rules: 'r', facts: 'f', scenario: { number: 1, hash: 'h' } };
  const call = (date: string) => ({ date, probability: 0.5, band: 'roughly-even', confidence: 'low', versions });
  const open = [...catalog.scenarios.values()].find(
    (s) => s.definition.horizon.opens <= '2021-08-01' && s.definition.horizon.end >= '2021-08-10',
  );
  const id = open?.definition.id as string;

  it('are reported between calls and after the last, up to yesterday while the question is open', () => {
    const calls = [call('2021-08-01'), call('2021-08-03')];
    const q = trackRecord(catalog, new Map([[id, calls]]), '2021-08-10').questions.find((x) => x.scenarioId === id);
    expect(q?.status).toBe('open');
    // Today's run may not have come yet: today is not missing, yesterday is.
    expect(q?.recordGaps).toEqual([
      { from: '2021-08-02', to: '2021-08-02' },
      { from: '2021-08-04', to: '2021-08-09' },
    ]);
    expect(q).toMatchObject({ recordedCalls: 2, lastRecorded: '2021-08-03' });
    const upToDate = trackRecord(catalog, new Map([[id, [call('2021-08-09')]]]), '2021-08-10');
    expect(upToDate.questions.find((x) => x.scenarioId === id)?.recordGaps).toEqual([]);
  });

  it('run to the last open day once the question closed, and a record not begun has none', () => {
    const q = trackRecord(catalog, new Map([[id, [call('2021-08-01')]]]), TODAY).questions.find(
      (x) => x.scenarioId === id,
    );
    const lastOpen = catalog.on(TODAY).brief(id)?.judgedAsOf as string;
    expect(q?.recordGaps).toEqual([{ from: '2021-08-02', to: lastOpen }]);
    const none = trackRecord(catalog, new Map(), TODAY).questions.find((x) => x.scenarioId === id);
    expect(none?.recordGaps).toEqual([]);
  });
});

describe('the score timeline', () => {
  it('is drawn from the points, hollow where nobody observed the outcome, with its data table named', async () => {
    const { ScoreTimeline } = await import('../../src/render/html/score-timeline-chart');
    const points = [
      { date: '2021-12-31', scenarioId: 'a', brier: 0.04, runningBrier: 0.04, questions: 1, outcomeObserved: true },
      { date: '2022-07-01', scenarioId: 'b', brier: 0.36, runningBrier: 0.2, questions: 2, outcomeObserved: false },
    ];
    const html = ScoreTimeline({ points, id: 't', label: 'Scores' })?.toString() as string;
    expect(html).toMatch(/<svg class="score-timeline"[^>]*aria-describedby="t-table"/);
    expect(html.match(/<circle class="observed"/g)).toHaveLength(1);
    expect(html.match(/<circle class="unobserved"/g)).toHaveLength(1);
    expect(html).toContain('<polyline class="running"');
    expect(html).toContain('<table id="t-table">');
    expect(html).toContain('<td>0.200 over 2</td>');
    const none = ScoreTimeline({ points: [], id: 'u', label: 'None' })?.toString() as string;
    expect(none).toBe('<p>No question of this kind has been scored yet.</p>');
  });
});

describe('the reliability diagram', () => {
  it('is drawn from the bins, with its data table named for screen readers', async () => {
    const { TrackRecordPage } = await import('../../src/render/html/track-record-page');
    const { calibrationBins } = await import('../../src/scoring/scores');
    const calls = [
      { probability: 0.72, yes: true },
      { probability: 0.15, yes: false },
      { probability: 0.9, yes: true },
    ];
    const calibration = { resolvedQuestions: 3, calls: calls.length, enough: false, bins: calibrationBins(calls) };
    const html = TrackRecordPage({
      record: {
        asOf: TODAY,
        minimumForCalibration: MIN_RESOLVED_FOR_CALIBRATION,
        questions: [],
        timeline: { recorded: [], postdiction: [] },
        calibration: { recorded: calibration, postdiction: { ...calibration, resolvedQuestions: 0, calls: 0 } },
      },
      unreadable: [],
    })?.toString() as string;
    expect(html).toMatch(/<svg class="reliability"[^>]*aria-describedby="calibration-recorded-table"/);
    expect(html.match(/<circle /g)).toHaveLength(3);
    expect(html).toContain('Too little data to judge calibration: 3 resolved questions');
  });
});
