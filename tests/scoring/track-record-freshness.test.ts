// The track record moves when the daily run does: the cron records the day's calls before it moves
// the digest pointer, and the track record (JSON and page) and each brief page's record section are
// keyed by that pointer, so a run is seen at once, never hidden behind an answer cached that day.
import { env, SELF } from 'cloudflare:test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalog } from '../../src/catalog/catalog';
import { fireCron } from '../digest/fire-cron';

// A question open on 1 and 2 August 2021 (the runs below), resolved long before today.
const open = [...catalog.scenarios.values()].find(
  (s) => s.definition.horizon.opens <= '2021-08-01' && s.definition.horizon.end >= '2021-08-02',
);
const id = open?.definition.id as string;

interface Q {
  scenarioId: string;
  recordedCalls: number;
  lastRecorded: string | null;
  recorded: { calls: number } | null;
}
const questionIn = async () => {
  const res = await SELF.fetch('http://briefs.test/v1/track-record');
  expect(res.status).toBe(200);
  const body = (await res.json()) as { questions: Q[] };
  return { res, q: body.questions.find((x) => x.scenarioId === id) as Q };
};

afterEach(() => vi.restoreAllMocks());

describe('the track record after each daily run', () => {
  it('shows the calls of a run at once, and stays fresh until the next run', async () => {
    expect(id).toBeTruthy();
    await fireCron('2021-08-01T06:00:00Z');
    const first = await questionIn();
    expect(first.q).toMatchObject({ recordedCalls: 1, lastRecorded: '2021-08-01', recorded: { calls: 1 } });
    expect(first.res.headers.get('Cache-Control')).toMatch(
      /^public, max-age=\d+, s-maxage=\d+, stale-while-revalidate=3600$/,
    );
    // Served again from the edge cache until the next run...
    expect((await questionIn()).res.headers.get('Cache-Status')).toMatch(/; hit$/);
    // ...and the next run's call is there at once, not a day later.
    await fireCron('2021-08-02T06:00:00Z');
    const second = await questionIn();
    expect(second.q).toMatchObject({ recordedCalls: 2, lastRecorded: '2021-08-02', recorded: { calls: 2 } });
    const page = await (await SELF.fetch('http://briefs.test/track-record')).text();
    expect(page).toContain('(2 calls over');
  });

  it('shows the question’s record on its brief page, and links every brief to it', async () => {
    const page = await SELF.fetch(`http://briefs.test/briefs/${id}`);
    const html = await page.text();
    expect(html).toContain('<h2 id="record-h">Track record</h2>');
    expect(html).toMatch(
      /<th scope="row">said at the time<\/th><td>2021-08-01 to 2021-08-02 \(2 calls over \d+ days\)/,
    );
    expect(html).toContain('<th scope="row">postdiction</th>');
    expect(html).toContain(`href="/track-record#${id}"`);
    const brief = await SELF.fetch(`http://briefs.test/v1/briefs/${id}`);
    expect(brief.headers.get('Link')).toBe(
      `</track-record#${id}>; rel="related"; type="text/html"; title="track record", </v1/track-record>; rel="related"; type="application/json"; title="track record"`,
    );
    expect(brief.headers.get('Access-Control-Expose-Headers')).toContain('Link');
  });

  it('says so when the record cannot be read, and keeps no copy of that page', async () => {
    const realGet = env.DIGESTS.get.bind(env.DIGESTS);
    vi.spyOn(env.DIGESTS, 'get').mockImplementation(((key: string, ...rest: unknown[]) =>
      key.startsWith('record/')
        ? Promise.reject(new Error('KV GET failed: 503'))
        : (realGet as (...a: unknown[]) => unknown)(key, ...rest)) as typeof env.DIGESTS.get);
    const res = await SELF.fetch(`http://briefs.test/briefs/${id}?asOf=2021-07-31`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(await res.text()).toContain('The record of past calls could not be read just now');
    vi.restoreAllMocks();
    // Once the store answers, the page shows the record: nothing of the failure was kept.
    const after = await SELF.fetch(`http://briefs.test/briefs/${id}?asOf=2021-07-31`);
    expect(await after.text()).toContain('<th scope="row">said at the time</th>');
  });
});
